/**
 * Overlay view logic for the report's metrics (stage 7 output): which per-capita figures get a chip beside their
 * numerator cell, and what the summary panel's 人均 / 上年 section says (region, population, staff, each figure, the
 * prior-year value each narrative change claim implies, and why per-resident figures are missing when the region is
 * ambiguous). It only reads `report.metrics` / `report.skippedMetrics`: it computes no figure and never touches the DOM.
 */
import type { CellRef } from '../checks/finding';
import type { Lang } from '../i18n/strings';
import type { Metric, PriorYearMetric, RatioMetric } from '../metrics/metric';
import type { Report } from '../report/report-schema';

/** A per-capita chip: sits beside the first numerator cell of its figure. */
export interface MetricChipModel {
  key: string;
  metricId: string;
  cell: CellRef;
  /** `人均 社会保障和就业支出 4.21 元/人`: what is divided, and the figure. */
  text: string;
  /** Spoken: the same. */
  label: string;
}

export interface PerCapitaSummary {
  region: { name: string; code: string; population: string; citation: string } | null;
  staff: { value: string; label: string; citation: string } | null;
  figures: { id: string; per: RatioMetric['per']; label: string; text: string }[];
  /** Why there are no per-resident figures (ambiguous region: the candidates are in the text); null when there are. */
  regionProblem: string | null;
  /** True when the region could not be settled because several divisions match (the reader should choose one). */
  regionAmbiguous: boolean;
  priors: { id: string; label: string; current: string; prior: string; change: string | null; explanation: string }[];
}

/** Ratio figures that get a chip: per resident and per staff member, read from table cells. */
const CHIP_PER: ReadonlySet<RatioMetric['per']> = new Set(['resident', 'staff']);

/** `414999` → `414,999`; decimals untouched (the metric already rounded them). */
export function groupDigits(value: string): string {
  const [int = '', frac] = value.split('.');
  const sign = int.startsWith('-') ? '-' : '';
  const digits = sign ? int.slice(1) : int;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/gu, ',');
  return `${sign}${grouped}${frac !== undefined ? `.${frac}` : ''}`;
}

function ratios(metrics: readonly Metric[]): RatioMetric[] {
  return metrics.filter((m): m is RatioMetric => m.kind === 'ratio');
}

export function metricText(m: RatioMetric): string {
  return `${groupDigits(m.value)} ${m.unit}`;
}

export function metricChips(metrics: readonly Metric[], lang: Lang): MetricChipModel[] {
  const out: MetricChipModel[] = [];
  const seen = new Set<string>();
  for (const m of ratios(metrics)) {
    if (!CHIP_PER.has(m.per) || m.numerator.source !== 'table') continue;
    const cell = m.numerator.cells[0];
    if (!cell) continue;
    // Two figures on one cell (人员经费 per staff and the same cell elsewhere) would stack: the first one wins.
    const where = `${cell.table}:${cell.row}:${cell.col}`;
    if (seen.has(where)) continue;
    seen.add(where);
    // A figure that rounds to nothing (0.00 元/人) says nothing beside its cell.
    if (/^-?0(\.0+)?$/u.test(m.value)) continue;
    const value = metricText(m);
    // The chip names what it divides (人均 社会保障和就业支出 4.21 元/人): several sit side by side in one column.
    const name = lang === 'zh' ? m.label.zh.replace(/^人均/u, '人均 ') : m.label.en;
    const text = `${name} ${value}`;
    out.push({ key: `metric:${m.id}`, metricId: m.id, cell, text, label: text });
  }
  return out;
}

export function perCapitaSummary(report: Pick<Report, 'metrics' | 'skippedMetrics'>, lang: Lang): PerCapitaSummary {
  const rs = ratios(report.metrics);
  const resident = rs.find((m) => m.per === 'resident');
  const staffed = rs.find((m) => m.per === 'staff' && m.denominator.unit === '人');
  const skip = report.skippedMetrics.find((s) => s.id === 'per-resident');
  const region = resident?.denominator.region
    ? {
        name: resident.denominator.region.fullName,
        code: resident.denominator.region.code,
        population: groupDigits(resident.denominator.value),
        citation: resident.denominator.citation[lang],
      }
    : null;
  const priors = report.metrics.filter((m): m is PriorYearMetric => m.kind === 'prior-year');
  return {
    region,
    staff: staffed
      ? {
          value: groupDigits(staffed.denominator.value),
          label: staffed.denominator.label[lang],
          citation: staffed.denominator.citation[lang],
        }
      : null,
    figures: rs
      .filter((m) => m.per !== 'vehicle')
      .map((m) => ({ id: m.id, per: m.per, label: m.label[lang], text: metricText(m) })),
    regionProblem: resident ? null : (skip?.reason[lang] ?? null),
    regionAmbiguous: !resident && Boolean(skip && /ambiguous/u.test(skip.reason.en)),
    priors: priors.map((p) => ({
      id: p.id,
      label: p.label[lang],
      current: `${groupDigits(p.current)} ${p.unit}`,
      prior: `${groupDigits(p.prior)} ${p.unit}`,
      // An unchanged amount says so in its label; a `+0` beside it would only add noise.
      change:
        p.change === null || p.direction === 'same'
          ? null
          : `${p.change.startsWith('-') ? '' : '+'}${groupDigits(p.change)} ${p.unit}`,
      explanation: p.explanation[lang],
    })),
  };
}

/** The ratio metric a chip stands for. */
export function metricById(metrics: readonly Metric[], id: string): RatioMetric | null {
  return ratios(metrics).find((m) => m.id === id) ?? null;
}
