import { describe, expect, it } from 'vitest';
import type { Metric, RatioMetric } from '../metrics/metric';
import { groupDigits, metricChips, perCapitaSummary } from './metrics-view';
import { metricChipSize, placeMetricChip } from './placement';

const loc = (s: string) => ({ zh: s, en: s });

function ratio(id: string, per: RatioMetric['per'], value: string, unit: string, cell = { table: 1, row: 2, col: 3 }) {
  return {
    kind: 'ratio',
    id,
    per,
    label: { zh: `人均${id}`, en: `${id} per head` },
    value,
    unit,
    rounding: { decimals: 2, mode: 'half-up' },
    exact: value,
    numerator: {
      value: '2061.71',
      unit: '万元',
      label: loc('支出总计'),
      source: 'table',
      table: { index: cell.table, kind: 'budget.summary', title: '收支总表' },
      cells: [cell],
      where: '支出总计 / 合计',
      claim: null,
    },
    denominator: {
      value: per === 'resident' ? '414999' : '31',
      unit: '人',
      label: loc(per === 'resident' ? '常住人口' : '实有人数'),
      source: per === 'resident' ? 'census2020' : 'staff-narrative',
      citation: loc('source'),
      region:
        per === 'resident'
          ? { code: '140525', name: '泽州县', fullName: '山西省晋城市泽州县', level: 'county', subdivision: null }
          : null,
      claim: null,
    },
    formula: 'f',
    explanation: loc('e'),
    notes: [],
  } satisfies RatioMetric;
}

const prior: Metric = {
  kind: 'prior-year',
  id: 'prior-year.1',
  label: { zh: '“三公”经费（上年）', en: 'three public (last year, implied)' },
  current: '6.00',
  prior: '4.00',
  change: '2.00',
  unit: '万元',
  direction: 'increase',
  derivedFrom: 'amount',
  statedPct: null,
  impliedPct: '50.00',
  formula: '6.00 − 2.00',
  explanation: loc('x'),
  claim: null,
  notes: [],
};

describe('metrics view', () => {
  it('groups digits without touching decimals or sign', () => {
    expect(groupDigits('414999')).toBe('414,999');
    expect(groupDigits('-1235.82')).toBe('-1,235.82');
    expect(groupDigits('49.68')).toBe('49.68');
  });

  it('one chip per numerator cell, for per-resident and per-staff figures only', () => {
    const metrics: Metric[] = [
      ratio('per-resident.total', 'resident', '49.68', '元/人'),
      ratio('per-staff.personnel', 'staff', '13.07', '万元/人', { table: 6, row: 2, col: 3 }),
      ratio('dup', 'staff', '1', '万元/人', { table: 6, row: 2, col: 3 }),
      ratio('per-vehicle.x', 'vehicle', '1.50', '万元/辆', { table: 10, row: 6, col: 1 }),
      // Rounds to nothing: no chip.
      ratio('per-resident.205', 'resident', '0.00', '元/人', { table: 3, row: 4, col: 3 }),
    ];
    const chips = metricChips(metrics, 'zh');
    expect(chips.map((c) => [c.metricId, c.text])).toEqual([
      ['per-resident.total', '人均 per-resident.total 49.68 元/人'],
      ['per-staff.personnel', '人均 per-staff.personnel 13.07 万元/人'],
    ]);
    expect(chips[0]?.cell).toEqual({ table: 1, row: 2, col: 3 });
  });

  it('summarises region, staff, figures and implied prior-year values', () => {
    const s = perCapitaSummary(
      { metrics: [ratio('per-resident.total', 'resident', '49.68', '元/人'), prior], skippedMetrics: [] },
      'zh',
    );
    expect(s.region).toMatchObject({ name: '山西省晋城市泽州县', code: '140525', population: '414,999' });
    expect(s.figures[0]?.text).toBe('49.68 元/人');
    expect(s.priors[0]).toMatchObject({ current: '6.00 万元', prior: '4.00 万元', change: '+2.00 万元' });
    expect(s.regionProblem).toBeNull();
  });

  it('an ambiguous region is said, with the reason the metrics stage gave', () => {
    const s = perCapitaSummary(
      {
        metrics: [],
        skippedMetrics: [
          {
            id: 'per-resident',
            reason: { zh: '地区不唯一（甲、乙）', en: 'The region is ambiguous (A, B); choose one' },
          },
        ],
      },
      'en',
    );
    expect(s.region).toBeNull();
    expect(s.regionAmbiguous).toBe(true);
    expect(s.regionProblem).toContain('A, B');
  });
});

describe('placeMetricChip', () => {
  const size = metricChipSize('49.68 元/人');
  it('goes inside the cell, left of right-aligned digits, when there is room', () => {
    const cell = { left: 100, top: 50, width: 200, height: 22 };
    const text = { left: 240, top: 52, width: 56, height: 18 };
    const p = placeMetricChip(cell, size, text);
    expect(p.left).toBeGreaterThanOrEqual(cell.left);
    expect(p.left + size.width).toBeLessThanOrEqual(text.left);
    expect(p.top).toBeGreaterThanOrEqual(cell.top);
  });
  it('goes under a narrow cell instead of covering its number', () => {
    const cell = { left: 100, top: 50, width: 70, height: 22 };
    const text = { left: 110, top: 52, width: 56, height: 18 };
    const p = placeMetricChip(cell, size, text);
    expect(p.top).toBeGreaterThanOrEqual(cell.top + cell.height - 1);
  });
});
