import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { HAS_SHARED, sharedPath } from '../../tests/support/shared';
import { PriorYearMetricSchema } from './metric';
import { type ChangeInput, cleanLabel, impliedPrior, priorYearMetric, priorYearMetrics } from './prior-year';
import { loadHtml } from './testing/load';

const d = (s: string) => new Decimal(s);

/** One change claim of a seed, read by hand: the sentence, X, Y, direction, Z, and last year worked out on paper. */
interface Pin {
  seed: string;
  input: ChangeInput;
  prior: string;
  impliedPct: string | null;
}

const PINS: Pin[] = [
  // zezhou-energy-2025
  {
    seed: '2025年度泽州县能源局预算收入总计2,061.71万元，其中：本年收入2,061.62万元，上年结转0.09万元，比上年减少998.18万元，下降32.62%',
    input: {
      value: d('2061.71'),
      change: d('998.18'),
      direction: 'decrease',
      unit: '万元',
      pct: d('32.62'),
      pctDecimals: 2,
    },
    prior: '3059.89', // 2,061.71 + 998.18
    impliedPct: '32.62', // 998.18 / 3,059.89 = 32.621%
  },
  {
    seed: '2025年度泽州县能源局一般公共预算当年支出1,261.62万元，比上年减少1235.82万元，下降49.48%。',
    input: {
      value: d('1261.62'),
      change: d('1235.82'),
      direction: 'decrease',
      unit: '万元',
      pct: d('49.48'),
      pctDecimals: 2,
    },
    prior: '2497.44', // 1,261.62 + 1,235.82
    impliedPct: '49.48', // 1,235.82 / 2,497.44 = 49.483%
  },
  {
    seed: '2025年泽州县能源局财政拨款安排的“三公”经费预算6.00万元比2024年增加2.00万元',
    input: { value: d('6.00'), change: d('2.00'), direction: 'increase', unit: '万元', decimals: 2 },
    prior: '4', // 6.00 − 2.00
    impliedPct: '50.00', // 2 / 4
  },
  {
    seed: '本部门机关运行经费财政拨款预算22.63万元，比2024年预算减少0.19万元，下降0.83%',
    input: {
      value: d('22.63'),
      change: d('0.19'),
      direction: 'decrease',
      unit: '万元',
      pct: d('0.83'),
      pctDecimals: 2,
    },
    prior: '22.82', // 22.63 + 0.19
    impliedPct: '0.83', // 0.19 / 22.82 = 0.8326%
  },
  {
    seed: '其中：因公出国（境）费0万元，与上年预算数相同',
    input: { value: d('0'), change: null, direction: 'same', unit: '万元' },
    prior: '0',
    impliedPct: null,
  },
  // jincheng-energy-2025
  {
    seed: '2025年度晋城市能源局预算收入总计2,268.41万元，其中：本年收入2,268.41万元，上年结转0万元，比上年增长10.76万元，增长0.48%',
    input: {
      value: d('2268.41'),
      change: d('10.76'),
      direction: 'increase',
      unit: '万元',
      pct: d('0.48'),
      pctDecimals: 2,
    },
    prior: '2257.65', // 2,268.41 − 10.76
    impliedPct: '0.48', // 10.76 / 2,257.65 = 0.4766%
  },
  {
    seed: '本部门2025年机关运行经费财政拨款预算52.49万元，比2024年预算减少9.2万元，下降14.91%',
    input: {
      value: d('52.49'),
      change: d('9.2'),
      direction: 'decrease',
      unit: '万元',
      pct: d('14.91'),
      pctDecimals: 2,
    },
    prior: '61.69', // 52.49 + 9.2
    impliedPct: '14.91', // 9.2 / 61.69 = 14.913%
  },
  // zezhou-industry-2024
  {
    seed: '2024年度泽州县工业和信息化局预算收入总计8,909.83万元，其中：本年收入8,309.51万元，上年结转600.32万元，比上年减少70426.02万元，下降88.77%',
    input: {
      value: d('8909.83'),
      change: d('70426.02'),
      direction: 'decrease',
      unit: '万元',
      pct: d('88.77'),
      pctDecimals: 2,
    },
    prior: '79335.85', // 8,909.83 + 70,426.02
    impliedPct: '88.77', // 70,426.02 / 79,335.85 = 88.769%
  },
  {
    seed: '2024 年度泽州县工业和信息化局一般公共预算当年支出7,747.51万元,比上年减少69158.41万元 , 下降89.93%。',
    input: {
      value: d('7747.51'),
      change: d('69158.41'),
      direction: 'decrease',
      unit: '万元',
      pct: d('89.93'),
      pctDecimals: 2,
    },
    prior: '76905.92', // 7,747.51 + 69,158.41
    impliedPct: '89.93', // 69,158.41 / 76,905.92 = 89.926%
  },
  {
    seed: '机关运行经费财政拨款预算114.27万元, 比2023年预算减少3.45万元, 下降2.9%',
    input: {
      value: d('114.27'),
      change: d('3.45'),
      direction: 'decrease',
      unit: '万元',
      pct: d('2.9'),
      pctDecimals: 1,
    },
    prior: '117.72', // 114.27 + 3.45
    impliedPct: '2.9', // 3.45 / 117.72 = 2.93% → 2.9 at the stated one decimal
  },
];

describe('impliedPrior: the seeds’ change claims, worked out by hand', () => {
  for (const p of PINS) {
    it(p.seed, () => {
      const r = impliedPrior(p.input);
      expect(r?.prior.toFixed()).toBe(p.prior);
      expect(r?.impliedPct ? r.impliedPct.toFixed(r.pctDecimals) : null).toBe(p.impliedPct);
    });
  }
});

describe('impliedPrior: other shapes', () => {
  it('a wrong base (Y/X instead of Y/(X−Y)) shows as a different implied percentage', () => {
    // 比上年增加50万元，增长50% on X = 150: the right base is 100, so 50%; Y/X would be 33.33%.
    const r = impliedPrior({
      value: d('150'),
      change: d('50'),
      direction: 'increase',
      unit: '万元',
      pct: d('33.33'),
      pctDecimals: 2,
    });
    expect(r?.prior.toFixed()).toBe('100');
    expect(r?.impliedPct?.toFixed(2)).toBe('50.00');
  });

  it('a percentage-only claim: X ÷ (1 ± Z%), rounded to X’s decimals', () => {
    const up = impliedPrior({
      value: d('110.00'),
      change: null,
      direction: 'increase',
      unit: '万元',
      decimals: 2,
      pct: d('10'),
    });
    expect(up).toMatchObject({ derivedFrom: 'percent' });
    expect(up?.prior.toFixed()).toBe('100');
    const down = impliedPrior({
      value: d('90'),
      change: null,
      direction: 'decrease',
      unit: '万元',
      decimals: 2,
      pct: d('10'),
    });
    expect(down?.prior.toFixed()).toBe('100');
    expect(
      impliedPrior({ value: d('0'), change: null, direction: 'decrease', unit: '万元', pct: d('100') }),
    ).toBeNull();
    expect(impliedPrior({ value: d('5'), change: null, direction: 'increase', unit: '万元' })).toBeNull();
  });

  it('a change stated in 元 against an amount in 万元 is converted first', () => {
    const r = impliedPrior({
      value: d('12.5'),
      change: d('5000'),
      changeUnit: '元',
      direction: 'increase',
      unit: '万元',
    });
    expect(r?.prior.toFixed()).toBe('12');
    expect(r?.signedChange?.toFixed()).toBe('0.5');
  });
});

describe('cleanLabel', () => {
  it('drops the year, the organisation, list ordinals and a trailing 为', () => {
    expect(cleanLabel('2025年度泽州县能源局一般公共预算当年支出', '泽州县能源局')).toBe('一般公共预算当年支出');
    expect(cleanLabel('2025年泽州县能源局财政拨款安排的“三公”经费预算', '泽州县能源局')).toBe(
      '财政拨款安排的“三公”经费预算',
    );
    expect(cleanLabel('(二)公务用车购置及运行费')).toBe('公务用车购置及运行费');
    expect(cleanLabel('2025年“三公”经费预算数为')).toBe('“三公”经费预算数');
    expect(cleanLabel('本部门2025年机关运行经费财政拨款预算')).toBe('机关运行经费财政拨款预算');
    expect(cleanLabel('为')).toBe('为');
  });
});

describe('priorYearMetric', () => {
  it('says the arithmetic and validates as plain JSON', () => {
    const pin = PINS[1] as Pin;
    const m = priorYearMetric({ ...pin.input, label: '一般公共预算当年支出' }, 'prior-year.1');
    expect(m).toMatchObject({
      current: '1261.62',
      prior: '2497.44',
      change: '-1235.82',
      statedPct: '49.48',
      impliedPct: '49.48',
      derivedFrom: 'amount',
    });
    expect(m?.formula).toBe('1,261.62万元 + 1,235.82万元 = 2,497.44万元');
    expect(m?.explanation.zh).toContain('上年为');
    expect(PriorYearMetricSchema.parse(JSON.parse(JSON.stringify(m)))).toEqual(m);
  });

  it('takes ChangeClaim-shaped objects and skips claims without X', () => {
    const anchor = { kind: 'html-block' as const, block: 3 };
    const ms = priorYearMetrics([
      { kind: 'amount' },
      {
        kind: 'change',
        current: { value: d('22.63'), unit: '万元', decimals: 2, label: '机关运行经费财政拨款预算' },
        direction: 'decrease',
        delta: { value: d('0.19'), unit: '万元' },
        pct: d('0.83'),
        pctDecimals: 2,
        place: {
          text: '22.63万元，比2024年预算减少0.19万元，下降0.83%',
          section: '八、机关运行经费',
          anchor,
          start: 4,
          end: 30,
        },
      },
      {
        kind: 'change',
        current: null,
        direction: 'increase',
        delta: null,
        pct: d('5'),
        pctDecimals: 0,
        place: { text: '增长5%', section: null, anchor: null },
      },
    ] as never);
    expect(ms).toHaveLength(1);
    expect(ms[0]).toMatchObject({ id: 'prior-year.1', prior: '22.82', claim: { anchor, start: 4, end: 30 } });
  });
});

// When lib/narrative (another stage, in progress) is present, its claims feed straight in.
const NARRATIVE = '../narrative/claims-of';
const FROM_PAGES: Record<string, string[]> = {
  'zezhou-energy-2025': ['2061.71→3059.89', '1261.62→2497.44', '6.00→4.00', '0→0', '22.63→22.82'],
  'jincheng-energy-2025': ['2268.41→2257.65', '9.75→9.75', '52.49→61.69'],
  'zezhou-industry-2024': ['8909.83→79335.85', '7747.51→76905.92', '114.27→117.72'],
};
describe.skipIf(!HAS_SHARED)('priorYearMetrics from lib/narrative claims', () => {
  for (const [id, expected] of Object.entries(FROM_PAGES)) {
    it(`${id}: the hand-computed priors come out of the page`, async () => {
      const mod = (await import(/* @vite-ignore */ NARRATIVE).catch(() => null)) as {
        claimsOf?: (doc: unknown) => { kind: string }[];
      } | null;
      if (!mod?.claimsOf) return; // narrative stage not in this tree yet
      const { model } = loadHtml(sharedPath(`fixtures/${id}/page.html`));
      const ms = priorYearMetrics(mod.claimsOf(model));
      expect(ms.map((m) => `${m.current}→${m.prior}`)).toEqual(expect.arrayContaining(expected));
      for (const m of ms) {
        expect(m.claim?.text).toBeTruthy();
        if (m.statedPct && m.impliedPct) expect(m.impliedPct).toBe(m.statedPct); // the seeds' percentages use the right base
      }
    });
  }
});
