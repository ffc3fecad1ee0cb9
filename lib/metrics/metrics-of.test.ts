import { describe, expect, it } from 'vitest';
import { HAS_SHARED, sharedPath } from '../../tests/support/shared';
import type { BudgetDocument } from '../model/budget-document';
import { MetricSchema } from './metric';
import { metricsOf } from './metrics-of';
import { loadHtml } from './testing/load';

const empty: BudgetDocument = {
  document: {
    organisation: null,
    year: null,
    kind: null,
    scope: null,
    unit: null,
    narrativeUnit: null,
    staff: { table: null, narrative: null },
    sections: [],
  },
  tables: [],
  warnings: [],
};

describe('metricsOf', () => {
  it('a document with nothing in it gives no metrics and says why, without throwing', () => {
    const r = metricsOf(empty);
    expect(r.region.status).toBe('unknown');
    expect(r.metrics).toEqual([]);
    expect(r.skipped.map((s) => s.id)).toEqual(expect.arrayContaining(['per-resident', 'per-staff', 'per-vehicle']));
  });

  it('the host and the reader’s region override reach resolveRegion', () => {
    const doc = { ...empty, document: { ...empty.document, organisation: '普陀区财政局' } };
    expect(metricsOf(doc).region.status).toBe('ambiguous');
    expect(metricsOf(doc, { host: 'https://www.shpt.gov.cn/x.html' }).region.region?.code).toBe('310107');
    expect(metricsOf(doc, { region: { code: '330903' } }).region.region?.code).toBe('330903');
  });

  it('claims without an amount are passed over; a malformed one is contained', () => {
    expect(metricsOf(empty, { claims: [{ kind: 'change' }] }).metrics).toEqual([]);
    const bad = { kind: 'change', current: { value: 5, unit: '万元', decimals: 0, label: '' }, direction: 'increase' };
    const r = metricsOf(empty, { claims: [bad] });
    expect(r.skipped.map((s) => s.id)).toContain('prior-year');
  });
});

describe.skipIf(!HAS_SHARED)('metricsOf on a fixture', () => {
  it('zezhou-energy-2025: per-capita and prior-year metrics, all valid plain JSON', async () => {
    const { model } = loadHtml(sharedPath('fixtures/zezhou-energy-2025/page.html'));
    const narrative = (await import(/* @vite-ignore */ '../narrative/claims-of'.toString()).catch(() => null)) as {
      claimsOf?: (d: BudgetDocument) => { kind: string }[];
    } | null;
    const claims = narrative?.claimsOf?.(model);
    const r = metricsOf(model, claims ? { claims } : {});
    expect(r.region.region?.code).toBe('140525');
    expect(r.metrics.find((m) => m.id === 'per-resident.total')).toMatchObject({ value: '49.68' });
    if (claims) expect(r.metrics.some((m) => m.kind === 'prior-year')).toBe(true);
    for (const m of r.metrics) expect(MetricSchema.parse(JSON.parse(JSON.stringify(m)))).toEqual(m);
  });
});
