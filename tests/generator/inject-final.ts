/**
 * Test infrastructure (synthetic document generator): errors only a 决算 can carry — a completion rate
 * (`完成年初预算的C%`, `完成预算的C%`) that is not B ÷ A, and the 项目支出绩效自评表's 执行率 printed ten times too large.
 * Recorded like inject.ts's: table kinds with `table/row/col/html`, narrative kinds with `block/claimId/marker`.
 */
import Decimal from 'decimal.js';
import type { GeneratedDoc, Injection } from './document';
import type { Rng } from './prng';
import { toGrid } from './tables';

export const FINAL_KINDS = ['completion-rate', 'perf-rate'] as const;
export type FinalInjectKind = (typeof FINAL_KINDS)[number];

const none = { table: null, row: null, col: null, block: null, claimId: null, html: null } as const;

/** `out` is already a copy (inject.ts clones it); `htmlOf` maps a logical cell to page.html. */
export function injectFinal(
  out: GeneratedDoc,
  kind: FinalInjectKind,
  rng: Rng,
  htmlOf: (table: number, row: number, cellIndex: number) => Injection['html'],
): Injection {
  if (out.kind !== 'final') throw new Error(`${kind}: only a 决算 document (generateFinal) has completion rates`);
  if (kind === 'completion-rate') {
    // The classic slip: the rate computed the other way round (A ÷ B), on a claim whose true rate is not near 100%.
    const candidates = out.claims.filter(
      (c) =>
        c.kind === 'completion' &&
        /完成(年初)?预算的[\d.]+%$/u.test(c.text) &&
        new Decimal(c.truth.pct as string).minus(100).abs().greaterThan(1),
    );
    if (candidates.length === 0) throw new Error('completion-rate: no completion claim in this document');
    const c = rng.pick(candidates);
    const budget = new Decimal(c.truth.budget as string);
    const actual = new Decimal(c.truth.actual as string);
    const wrong = budget.div(actual).times(100).toFixed(2);
    const changed = c.text.replace(new RegExp(`${c.value}%$`, 'u'), `${wrong}%`);
    const block = out.blocks[c.block];
    if (!block?.text.includes(c.text)) throw new Error(`claim ${c.id} not found in its block`);
    block.text = block.text.replace(c.text, changed);
    const marker = /完成(年初)?预算的[\d.]+%$/u.exec(changed)?.[0] ?? changed;
    return { ...none, kind, block: c.block, claimId: c.id, original: c.text, new: changed, marker };
  }
  // perf-rate: the 年度资金总额 row's 执行率 × 10 (93.37% → 933.70%).
  const table = out.tables.findIndex((tb) => tb.kind === 'budget.performance' && /自评/u.test(tb.title));
  const tb = out.tables[table];
  const row = tb?.rows.findIndex((r) => r.some((c) => c.text === '年度资金总额')) ?? -1;
  const cells = tb?.rows[row];
  const cellIndex = cells?.findIndex((c) => /^[\d.]+%$/u.test(c.text)) ?? -1;
  const cell = cells?.[cellIndex];
  if (!tb || !cell) throw new Error('perf-rate: no 项目支出绩效自评表 执行率 in this document');
  const original = cell.text;
  cell.text = `${new Decimal(original.replace('%', '')).times(10).toFixed(2)}%`;
  const col = toGrid(tb.rows).pos[row]?.[cellIndex]?.[1] ?? cellIndex;
  return {
    ...none,
    kind,
    table,
    row,
    col,
    original,
    new: cell.text,
    html: htmlOf(table, row, cellIndex),
    marker: cell.text,
  };
}
