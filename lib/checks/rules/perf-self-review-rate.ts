/**
 * Rule (stage 6): a 决算's 项目支出绩效自评表 (and 部门整体支出绩效自评表) prints 全年预算数, 全年执行数 and 执行率
 * side by side: 执行率 = 全年执行数 ÷ 全年预算数 × 100%, row by row. Columns are found by their header words in the
 * form grid, never by position; a row is checked only where all three cells are numbers. A rate printed as a ratio
 * (0.98 for 98%) is read as one. Bounds: the rounding of both amounts and of the printed rate.
 */
import Decimal from 'decimal.js';
import type { GridCell } from '../../extract/types';
import { parseAmount } from '../../money/amount';
import { checkShare } from '../../narrative/percent';
import { sourcesOf } from '../../narrative/sources';
import { fold } from '../../recognise/fold';
import { defineCheck } from '../define-check';
import { formatAmount } from '../tolerance';

const text = (c: GridCell | undefined) => fold(c?.text ?? '').replace(/\s+/gu, '');
const PLAN_RE = /^全年预算数/u;
const SPENT_RE = /^(全年)?执行数/u;
const RATE_RE = /^执行率/u;

interface Num {
  value: Decimal;
  decimals: number;
}

function num(c: GridCell | undefined): Num | null {
  const t = (c?.text ?? '').replace(/[%％]\s*$/u, '');
  const p = parseAmount(t);
  return p.kind === 'number' && p.value ? { value: p.value, decimals: p.decimals } : null;
}

export default defineCheck({
  id: 'perf-self-review-rate',
  scope: 'table',
  title: { zh: '绩效自评表的执行率', en: 'Execution rates on self-review forms' },
  explain: {
    zh: '绩效自评表中的执行率应等于全年执行数除以全年预算数；允许金额和百分比打印位数带来的四舍五入误差。',
    en: 'On a performance self-review form the execution rate must be the year’s spending over the year’s budget, allowing for the rounding of the printed figures.',
  },
  formula: '执行率 = 全年执行数 ÷ 全年预算数 × 100%',
  run(doc, ctx) {
    const grids = sourcesOf(doc)?.grids;
    if (!grids) return;
    grids.forEach((grid, table) => {
      for (let h = 0; h < grid.length; h++) {
        const head = (grid[h] ?? []).map(text);
        const plan = head.findIndex((x) => PLAN_RE.test(x));
        const spent = head.findIndex((x) => SPENT_RE.test(x));
        const rate = head.findIndex((x) => RATE_RE.test(x));
        if (plan < 0 || spent < 0 || rate < 0) continue;
        for (let r = h + 1; r < grid.length; r++) {
          const row = grid[r] ?? [];
          const [a, b, c] = [num(row[plan]), num(row[spent]), num(row[rate])];
          if (!a || !b || !c) continue;
          const asRatio = c.value.lte(1.5) && !/[%％]/u.test(row[rate]?.text ?? '');
          const pct = asRatio ? { value: c.value.times(100), decimals: Math.max(0, c.decimals - 2) } : c;
          const res = checkShare(b, a, pct);
          const cells = [
            { table, row: r, col: plan },
            { table, row: r, col: spent },
            { table, row: r, col: rate },
          ];
          if (!res) continue;
          if (res.verdict === 'exact') {
            ctx.pass({ cells });
            continue;
          }
          const computed = formatAmount(res.computed.toDecimalPlaces(4), 2);
          const stated = (row[rate]?.text ?? '').trim();
          const cut = res.computed.toDecimalPlaces(pct.decimals, Decimal.ROUND_DOWN).eq(pct.value);
          ctx.report({
            severity: res.verdict === 'rounding' ? 'rounding' : cut ? 'info' : 'error',
            message: {
              zh: `绩效自评表执行率：写作 ${stated}，按全年执行数 ${b.value.toFixed(b.decimals)} ÷ 全年预算数 ${a.value.toFixed(a.decimals)} 计算为 ${computed}%。`,
              en: `Self-review execution rate: stated ${stated}; spending ${b.value.toFixed(b.decimals)} / budget ${a.value.toFixed(a.decimals)} gives ${computed}%.`,
            },
            formula: `${b.value.toFixed(b.decimals)} ÷ ${a.value.toFixed(a.decimals)} × 100% = ${computed}% ${res.verdict === 'rounding' ? '≈' : '≠'} ${stated}`,
            stated,
            computed: formatAmount(res.computed.toDecimalPlaces(6), 2),
            difference: formatAmount(res.difference.toDecimalPlaces(6), 0),
            tolerance: formatAmount(res.tolerance.toDecimalPlaces(6), 0),
            unit: null,
            cells,
          });
        }
        return;
      }
    });
  },
});
