/**
 * Rule (stage 6): function codes that should appear in two tables and appear in one only. 收入总表 and 支出总表
 * list the same codes (income by function = spending by function); every code of a fund table (一般公共预算 /
 * 政府性基金 / 国有资本经营支出表) must appear in both. A code of 支出总表 missing from a fund table is normal
 * (other funding), so it is never reported. Rows with no printed amount are ignored.
 */
import type { BudgetTable, Row } from '../../model/budget-document';
import { defineCheck } from '../define-check';
import { codeCell, tableLabel, tableOf } from '../table-access';

function coded(table: BudgetTable): Map<string, Row> {
  const m = new Map<string, Row>();
  // This year's columns only: a code printed with last year's figures alone (2025年预算数) is no code of this year.
  const earlier = new Set(table.columns.filter((c) => c.period === 'prior' || c.period === 'change').map((c) => c.key));
  for (const r of table.rows) {
    const code = r.sides?.expenditure?.code ?? r.code;
    if (!code || m.has(code)) continue;
    const amounts = r.sides?.expenditure?.amounts ?? r.amounts;
    if (Object.entries(amounts).every(([k, v]) => earlier.has(k) || v === null || v.isZero())) continue;
    m.set(code, r);
  }
  return m;
}

export default defineCheck({
  id: 'code-join',
  scope: 'cross',
  title: { zh: '科目在相关表中缺失', en: 'Code missing from a related table' },
  explain: {
    zh: '收入总表与支出总表应列出相同的功能分类科目；一般公共预算、政府性基金、国有资本经营支出表中的科目也应出现在收入总表和支出总表中。只在一张表中出现的科目，通常是编码印错或漏列。',
    en: 'The income and expenditure tables list the same function codes, and every code of a fund table appears in both. A code present in one table only usually means a misprinted or omitted row.',
  },
  formula: 'codes(收入总表) = codes(支出总表) ⊇ codes(分资金支出表)',
  run(doc, ctx) {
    const inc = tableOf(doc, 'budget.income');
    const exp = tableOf(doc, 'budget.expenditure');
    const pairs: [BudgetTable, BudgetTable][] = [];
    if (inc && exp && !inc.empty && !exp.empty) pairs.push([inc, exp], [exp, inc]);
    for (const kind of ['budget.general-public', 'budget.gov-fund', 'budget.state-capital'] as const) {
      const t = tableOf(doc, kind);
      if (!t || t.empty) continue;
      for (const other of [inc, exp]) if (other && !other.empty) pairs.push([t, other]);
    }
    for (const [from, to] of pairs) {
      const have = coded(to);
      // Tables printing only some levels (e.g. 项 only) are compared on the levels both print.
      const lens = new Set([...coded(to).keys()].map((c) => c.length));
      for (const [code, row] of coded(from)) {
        const fullTree = lens.has(3) && lens.has(7);
        if (!lens.has(code.length) && !fullTree && [3, 5, 7].includes(code.length)) continue;
        if (have.has(code)) {
          ctx.pass({ cells: [codeCell(from, row)] });
          continue;
        }
        const name = row.sides?.expenditure?.name ?? row.name;
        ctx.report({
          severity: 'warning',
          message: {
            zh: `科目 ${code}（${name}）列在${tableLabel(from)}中，但${tableLabel(to)}中没有该科目。`,
            en: `Code ${code} (${name}) is in ${tableLabel(from)} but not in ${tableLabel(to)}.`,
          },
          formula: `${code} ∈ ${tableLabel(from)}, ∉ ${tableLabel(to)}`,
          stated: code,
          cells: [codeCell(from, row)],
        });
      }
    }
  },
});
