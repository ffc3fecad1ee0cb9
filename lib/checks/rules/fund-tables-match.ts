/**
 * Rule (stage 6): each fund's own expenditure table agrees with the income table's column for that fund, code by
 * code: 一般公共预算支出表 ↔ 收入总表 一般公共预算, 政府性基金预算支出表 ↔ 政府性基金, 国有资本经营预算表 ↔ 国有资本经营;
 * and the 政府性基金预算收入表 total ↔ the income table's 政府性基金 total. Where a code has carry-over the fund
 * table may include it (templates differ), so a gap equal to nothing but that is reported as info, not an error.
 */
import type { BudgetTable, Column, Row } from '../../model/budget-document';
import type { ColumnRole } from '../../model/column-roles';
import type { TableKind } from '../../model/table-kinds';
import { defineCheck } from '../define-check';
import { cellLabel, compareAcross, rowsByCode, totalRow } from '../joins';
import { columnFor, tableOf } from '../table-access';
import { readTwoSided } from '../two-sided';

const FUNDS: [TableKind, ColumnRole, string][] = [
  ['budget.general-public', 'general-public', '一般公共预算'],
  ['budget.gov-fund', 'gov-fund', '政府性基金'],
  ['budget.state-capital', 'state-capital', '国有资本经营'],
];

/** The expenditure total column of a fund table (its expenditure side when it is two-sided, as 国资 tables are). */
function fundTotal(t: BudgetTable): Column | null {
  if (t.twoSided) {
    const ts = readTwoSided(t);
    const s = ts?.expenditureSide ?? 'expenditure';
    return t.columns.find((c) => c.side === s && c.role === 'total') ?? null;
  }
  return columnFor(t, 'total') ?? columnFor(t, 'amount');
}

export default defineCheck({
  id: 'fund-tables-match',
  scope: 'cross',
  title: { zh: '分资金支出表与收入总表一致', en: 'Fund tables agree with the income table' },
  explain: {
    zh: '一般公共预算支出表、政府性基金预算支出表、国有资本经营预算表按科目应与收入总表对应资金列一致；政府性基金预算收入表合计应等于收入总表的政府性基金收入。',
    en: 'The general-public, government-fund and state-capital expenditure tables agree, code by code, with the matching column of the income table; the fund income table’s total equals the income table’s fund income.',
  },
  formula: '一般公共预算支出表[code] = 收入总表[code].一般公共预算 (基金、国资同理)',
  run(doc, ctx) {
    const inc = tableOf(doc, 'budget.income');
    if (!inc || inc.empty) return;
    const incRows = rowsByCode(inc);
    const carry = columnFor(inc, 'carryover');
    const hasCarry = (r: Row) => carry !== null && !!r.amounts[carry.key] && !r.amounts[carry.key]?.isZero();
    for (const [kind, role, name] of FUNDS) {
      const t = tableOf(doc, kind);
      const incCol = columnFor(inc, role);
      if (!t || t.empty || !incCol) continue;
      const col = fundTotal(t);
      if (!col) continue;
      const pairs: [Row | null, Row | null, string][] = [[totalRow(t), totalRow(inc), '合计']];
      const fundRows = t.twoSided
        ? t.rows.filter((r) => r.sides?.expenditure?.code).map((r) => [r.sides?.expenditure?.code ?? '', r] as const)
        : [...rowsByCode(t)];
      for (const [code, r] of fundRows) pairs.push([r, incRows.get(code) ?? null, code]);
      for (const [f, i, code] of pairs) {
        if (!f || !i) continue;
        const stated = { table: t, row: f, col, label: cellLabel(t, f, col) };
        const term = { table: inc, row: i, col: incCol, label: cellLabel(inc, i, incCol) };
        const key = t.twoSided ? col.key.slice((col.side?.length ?? 0) + 1) : col.key;
        const src = t.twoSided ? (f.sides?.expenditure ?? f) : f;
        if ((src.amounts[key] ?? null) === null && (i.amounts[incCol.key] ?? null) === null) continue;
        compareAcross(
          doc,
          ctx,
          { zh: `${name}支出表与收入总表「${code}」`, en: `${name} table vs income table, "${code}"` },
          t.twoSided && f.sides?.expenditure ? { ...stated, sideRow: f.sides.expenditure } : stated,
          [term],
          hasCarry(i)
            ? {
                severity: 'info',
                note: {
                  zh: '该科目有上年结转，部分模板的分资金表含结转，差额可能来自口径不同。',
                  en: 'This code has carry-over, which some templates include in the fund table; the gap may be a scope difference.',
                },
              }
            : {},
        );
      }
    }
    // 国有资本经营预算收支表 printed two-sided: its income side 合计 ↔ 收入总表 国有资本经营 合计.
    const sc = tableOf(doc, 'budget.state-capital');
    const scCol = columnFor(inc, 'state-capital');
    const incTotalRow = totalRow(inc);
    if (sc && !sc.empty && sc.twoSided && scCol && incTotalRow) {
      const ts = readTwoSided(sc);
      const col = sc.columns.find(
        (c) => c.side === ts?.incomeSide && c.role !== 'code' && c.role !== 'name' && c.role !== 'text',
      );
      const row = sc.rows.find((r) => ts && r.sides?.[ts.incomeSide]?.isTotal);
      const sideRow = ts && row ? row.sides?.[ts.incomeSide] : undefined;
      if (col && row && sideRow)
        compareAcross(
          doc,
          ctx,
          { zh: '国有资本经营预算收入合计与收入总表国有资本经营', en: 'state-capital income total vs income table' },
          { table: sc, row, col, label: cellLabel(sc, row, col), sideRow },
          [{ table: inc, row: incTotalRow, col: scCol, label: cellLabel(inc, incTotalRow, scCol) }],
        );
    }
    // 政府性基金预算收入表 合计 ↔ 收入总表 政府性基金 合计.
    const gfi = tableOf(doc, 'budget.gov-fund-income');
    const gfCol = columnFor(inc, 'gov-fund');
    const incTotal = totalRow(inc);
    if (gfi && !gfi.empty && gfCol && incTotal) {
      const col = columnFor(gfi, 'gov-fund') ?? columnFor(gfi, 'total') ?? columnFor(gfi, 'amount');
      const r = totalRow(gfi);
      if (col && r)
        compareAcross(
          doc,
          ctx,
          {
            zh: '政府性基金预算收入表合计与收入总表政府性基金',
            en: 'fund income table total vs income table fund column',
          },
          { table: gfi, row: r, col, label: cellLabel(gfi, r, col) },
          [{ table: inc, row: incTotal, col: gfCol, label: cellLabel(inc, incTotal, gfCol) }],
        );
    }
  },
});
