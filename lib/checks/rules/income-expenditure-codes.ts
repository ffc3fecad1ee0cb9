/**
 * Rule (stage 6): 收入总表 and 支出总表 agree code by code: 支出总表 合计 (each code and the 合计 row) = 收入总表
 * 本年收入合计 + 上年结转 for the same code (or its 合计 alone, where the income table's own rows show it includes the
 * carry-over). Joins by printed code, never by position. Reads the model only.
 */
import type { Column } from '../../model/budget-document';
import { defineCheck } from '../define-check';
import { cellLabel, compareAcross, rowsByCode, totalRow } from '../joins';
import { settledIdentities } from '../row-identities';
import { columnFor, tableOf } from '../table-access';

export default defineCheck({
  id: 'income-expenditure-codes',
  scope: 'cross',
  title: { zh: '收入总表与支出总表逐科目一致', en: 'Income and expenditure tables agree per code' },
  explain: {
    zh: '同一功能分类科目，支出总表的合计应等于收入总表的本年收入合计加上年结转（支出由收入和结转安排）。按科目编码对应，不按行位置。',
    en: 'For each function code, the expenditure table’s total equals the income table’s income this year plus carry-over (spending is funded by both). Matched by code, not by position.',
  },
  formula: '支出总表[code].合计 = 收入总表[code].合计 + 收入总表[code].上年结转',
  run(doc, ctx) {
    const inc = tableOf(doc, 'budget.income');
    const exp = tableOf(doc, 'budget.expenditure');
    if (!inc || !exp || inc.empty || exp.empty) return;
    const incTotal = columnFor(inc, 'total');
    const expTotal = columnFor(exp, 'total');
    if (!incTotal || !expTotal) return;
    // Whether the income table's 合计 already holds the carry-over is what its own rows say (珠海, 西安: 合计 =
    // 本年收入 + 上年结转; the national template: 合计 = 本年收入, 上年结转 beside it).
    const carryCol = columnFor(inc, 'carryover');
    const sources = settledIdentities(doc, inc).find((id) => id.total === incTotal);
    // The carry-over is inside when it is a part, or under a group whose total is (部门预算 › 合计 over 上年结转).
    const inside = (p: Column) =>
      p === carryCol ||
      (!!carryCol && p.header.length >= 2 && p.header.slice(0, -1).every((h, i) => carryCol.header[i] === h));
    const carry = carryCol && !sources?.parts.some(inside) ? carryCol : null;
    const incRows = rowsByCode(inc);
    const pairs: [ReturnType<typeof totalRow>, ReturnType<typeof totalRow>, string][] = [
      [totalRow(exp), totalRow(inc), '合计'],
    ];
    for (const [code, row] of rowsByCode(exp)) pairs.push([row, incRows.get(code) ?? null, code]);
    for (const [e, i, code] of pairs) {
      if (!e || !i) continue;
      const terms = [{ table: inc, row: i, col: incTotal, label: cellLabel(inc, i, incTotal) }];
      if (carry) terms.push({ table: inc, row: i, col: carry, label: cellLabel(inc, i, carry) });
      const stated = { table: exp, row: e, col: expTotal, label: cellLabel(exp, e, expTotal) };
      if ([stated, ...terms].every((c) => (c.row.amounts[c.col.key] ?? null) === null)) continue;
      compareAcross(
        doc,
        ctx,
        {
          zh: `支出总表与收入总表「${code} ${e.name}」`,
          en: `expenditure vs income table, "${code} ${e.name}"`,
        },
        stated,
        terms,
      );
    }
  },
});
