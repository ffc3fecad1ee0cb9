import { describe, expect, it } from 'vitest';
import { MetricSchema, metricsJsonSchema } from './metric';

describe('metric contract', () => {
  it('has a JSON Schema for the report’s metrics array', () => {
    const s = metricsJsonSchema() as { type?: string; items?: { oneOf?: unknown[]; anyOf?: unknown[] } };
    expect(s.type).toBe('array');
    expect((s.items?.oneOf ?? s.items?.anyOf ?? []).length).toBe(2);
  });

  it('refuses JS numbers where decimal strings are required', () => {
    const bad = {
      kind: 'prior-year',
      id: 'prior-year.1',
      label: { zh: 'x', en: 'x' },
      current: 22.63,
      prior: '22.82',
      change: '-0.19',
      unit: '万元',
      direction: 'decrease',
      derivedFrom: 'amount',
      statedPct: null,
      impliedPct: null,
      formula: '',
      explanation: { zh: '', en: '' },
      claim: null,
      notes: [],
    };
    expect(MetricSchema.safeParse(bad).success).toBe(false);
    expect(MetricSchema.safeParse({ ...bad, current: '22.63' }).success).toBe(true);
  });
});
