/**
 * Rule (stage 6): the project tables against the expenditure tables: 项目支出表(本年) + 项目支出表(上年结转) =
 * 支出总表 项目支出; 项目支出表(本年) 一般公共预算 = 一般公共预算支出表 项目支出; 政府性基金 = 基金支出表 项目支出.
 * The project table's total is its 合计 row, or the department row printed first.
 */
import type { BudgetTable, Column, Row } from '../../model/budget-document';
import { defineCheck } from '../define-check';
import { cellLabel, compareAcross, type Side2, totalRow } from '../joins';
import { columnFor, tableOf } from '../table-access';

function cell(table: BudgetTable, row: Row, col: Column): Side2 {
  return { table, row, col, label: cellLabel(table, row, col) };
}

export default defineCheck({
  id: 'projects-total',
  scope: 'cross',
  title: { zh: '项目支出表与支出总表一致', en: 'Project tables agree with the expenditure tables' },
  explain: {
    zh: '项目支出预算表（本年预算）与（上年结转）合计应等于支出总表的项目支出；本年项目的一般公共预算、政府性基金部分应分别等于对应支出表的项目支出。',
    en: 'This year’s projects plus carried-over projects equal the expenditure table’s project spending; their general-public and fund parts equal the project spending of those tables.',
  },
  formula: '项目表(本年).合计 + 项目表(结转).合计 = 支出总表.项目支出',
  run(doc, ctx) {
    const p = tableOf(doc, 'budget.projects');
    if (!p || p.empty) return;
    const pRow = totalRow(p);
    const pTotal = columnFor(p, 'total') ?? columnFor(p, 'amount');
    if (!pRow || !pTotal) return;
    const exp = tableOf(doc, 'budget.expenditure');
    const carry = tableOf(doc, 'budget.projects-carryover');
    const expRow = exp && !exp.empty ? totalRow(exp) : null;
    const expProject = exp ? columnFor(exp, 'project') : null;
    // Without a carry-over project table, the carried-over part of 项目支出 is unknown when there is carry-over.
    const inc = tableOf(doc, 'budget.income');
    const incRow = inc && !inc.empty ? totalRow(inc) : null;
    const incCarry = inc ? columnFor(inc, 'carryover') : null;
    const carryAmount = incRow && incCarry ? incRow.amounts[incCarry.key] : null;
    const unknownCarry = !carry && carryAmount !== null && carryAmount !== undefined && !carryAmount.isZero();
    if (exp && expRow && expProject && !unknownCarry) {
      const terms = [cell(p, pRow, pTotal)];
      if (carry && !carry.empty) {
        const cRow = totalRow(carry);
        const cCol = columnFor(carry, 'total') ?? columnFor(carry, 'amount');
        if (!cRow || !cCol) return; // the carried-over part cannot be read: no sound comparison
        terms.push(cell(carry, cRow, cCol));
      }
      compareAcross(
        doc,
        ctx,
        { zh: '支出总表项目支出与项目支出预算表', en: 'expenditure table project spending vs project tables' },
        cell(exp, expRow, expProject),
        terms,
      );
    }
    for (const [role, kind, name] of [
      ['general-public', 'budget.general-public', '一般公共预算'],
      ['gov-fund', 'budget.gov-fund', '政府性基金'],
    ] as const) {
      const t = tableOf(doc, kind);
      const pc = columnFor(p, role);
      if (!t || t.empty || !pc || t.twoSided) continue;
      const tRow = totalRow(t);
      const tc = columnFor(t, 'project');
      if (!tRow || !tc) continue;
      if ((pRow.amounts[pc.key] ?? null) === null && (tRow.amounts[tc.key] ?? null) === null) continue;
      compareAcross(
        doc,
        ctx,
        {
          zh: `${name}支出表项目支出与项目支出预算表（本年）`,
          en: `${name} project spending vs this year’s project table`,
        },
        cell(t, tRow, tc),
        [cell(p, pRow, pc)],
      );
    }
  },
});
