/**
 * Money & units: which unit a table is printed in (from its meta lines) and conversions between 元/万元/亿元.
 * It reads only the lines it is given; it does not look for a unit in table cells or guess one when none is printed.
 */
import Decimal from 'decimal.js';

export type MoneyUnit = '元' | '万元' | '亿元';

const FACTOR: Record<MoneyUnit, Decimal> = {
  元: new Decimal(1),
  万元: new Decimal(10_000),
  亿元: new Decimal(100_000_000),
};

// `单位：万元`, `金额单位:元`, `单位：人民币万元`, `(单位：万元)`; traditional forms too. The colon is required
// so that `单位名称：…` or a department name ending in 单位 is never read as a unit.
const UNIT_RE = /[单單]位[:：](?:人民币)?(亿元|億元|万元|萬元|元)/u;

function canonical(u: string): MoneyUnit {
  if (u === '亿元' || u === '億元') return '亿元';
  if (u === '万元' || u === '萬元') return '万元';
  return '元';
}

/**
 * The unit stated in a table's meta lines, or null when none is printed (or it is blank, `单位：`).
 * Lines are joined without whitespace first, so a unit split over two lines (`单位：万` / `元`) is read whole.
 */
export function unitFromMeta(lines: readonly string[]): MoneyUnit | null {
  const joined = lines.map((l) => l.normalize('NFKC').replace(/\s+/gu, '')).join('');
  const m = UNIT_RE.exec(joined);
  return m?.[1] ? canonical(m[1]) : null;
}

/** Reads a unit word as printed (`万元`, `萬元`, `元`); null for anything else. */
export function parseUnit(text: string): MoneyUnit | null {
  const t = text.normalize('NFKC').replace(/\s+/gu, '');
  return /^(亿元|億元|万元|萬元|元)$/u.test(t) ? canonical(t) : null;
}

/** The amount in 元. Exact (decimal.js), no rounding. */
export function toYuan(value: Decimal, unit: MoneyUnit): Decimal {
  return value.times(FACTOR[unit]);
}

/** Converts between units exactly (division by a power of ten is exact in decimal.js at these magnitudes). */
export function convert(value: Decimal, from: MoneyUnit, to: MoneyUnit): Decimal {
  if (from === to) return value;
  return value.times(FACTOR[from]).dividedBy(FACTOR[to]);
}
