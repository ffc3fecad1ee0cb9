import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type HistoryStore, openHistory } from '../history/store';
import { snapshotOf } from '../history/testing';
import type { KeyValueStore } from '../options/storage';
import type { PerCapita } from '../pipeline/history';
import { type HistoryReply, type HistoryView, handleHistoryMessage, PER_CAPITA_KEY } from './history-service';
import { HistoryMessage, type MessageInput } from './messages';

const y2024 = snapshotOf('上海市普陀区人民政府万里街道办事处', 2024, [
  {
    kind: 'budget.expenditure',
    unit: '元',
    rows: [
      ['', '合计', '1000.00'],
      ['201', '一般公共服务支出', '600.00'],
      ['208', '社会保障和就业支出', '400.00'],
      ['212', '城乡社区支出', null],
    ],
  },
]);
const y2025 = snapshotOf('上海市普陀区人民政府万里街道办事处', 2025, [
  {
    kind: 'budget.expenditure',
    unit: '元',
    rows: [
      ['', '合计', '1300.00'],
      ['201', '一般公共服务支出', '500.00'],
      ['208', '社会保障和就业支出', '500.00'],
      ['213', '农林水支出', '300.00'],
    ],
  },
]);
const perResident = (value: string): PerCapita => ({
  id: 'per-resident.total',
  per: 'resident',
  label: { zh: '人均支出', en: 'Expenditure per resident' },
  value,
  unit: '元/人',
  formula: `… = ${value}元/人`,
});

function memoryKv(): KeyValueStore & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = {};
  return {
    data,
    get: async (keys) => Object.fromEntries(keys.filter((k) => k in data).map((k) => [k, data[k]])),
    set: async (items) => void Object.assign(data, items),
  };
}

describe('history service (background handlers over lib/history)', () => {
  let store: HistoryStore;
  let kv: ReturnType<typeof memoryKv>;
  const ask = (m: MessageInput): Promise<HistoryReply> => handleHistoryMessage({ store, kv }, HistoryMessage.parse(m));
  const viewOf = async (organisation: string): Promise<HistoryView> => {
    const r = await ask({ type: 'history-compare', organisation });
    if (!r.ok || !('view' in r)) throw new Error(`no view: ${JSON.stringify(r)}`);
    return r.view;
  };

  beforeEach(async () => {
    store = await openHistory(new IDBFactory());
    kv = memoryKv();
  });
  afterEach(() => store.close());

  it('saves, lists, and compares the latest year with the nearest earlier one', async () => {
    expect(await ask({ type: 'history-save', snapshot: y2024, perCapita: [perResident('0.81')] })).toEqual({
      ok: true,
      key: y2024.key,
    });
    // one year only: no comparison yet, but the series and the year's per-capita figures are there
    const one = await viewOf('上海市普陀区人民政府万里街道办事处');
    expect(one.comparison).toBeNull();
    expect(one.perCapita).toEqual([{ year: 2024, kind: 'budget', figures: [perResident('0.81')] }]);

    await ask({ type: 'history-save', snapshot: y2025 });
    const list = await ask({ type: 'history-list' });
    expect(list.ok && 'entries' in list && list.entries.map((e) => e.year)).toEqual([2024, 2025]);

    const v = await viewOf(' 上海市普陀区人民政府万里街道办事处 ');
    expect(v.comparison?.current.year).toBe(2025);
    expect(v.comparison?.previous.year).toBe(2024);
    const rows = v.comparison?.tables[0]?.rows ?? [];
    const byCode = new Map(rows.map((r) => [r.code ?? r.name, r]));
    expect(byCode.get('201')).toMatchObject({ status: 'both', current: '500', previous: '600', delta: '-100' });
    expect(byCode.get('201')?.pct).toBe('-16.67');
    expect(byCode.get('213')?.status).toBe('new');
    expect(byCode.get('212')?.status).toBe('dropped');
    expect(byCode.get('合计')).toMatchObject({ delta: '300', pct: '30.00' });
    expect(v.series?.years).toEqual([2024, 2025]);
    expect(v.series?.classes.map((c) => c.code)).toEqual(['201', '208', '213']);
    expect(v.perCapita.map((p) => p.figures.length)).toEqual([1, 0]);
  });

  it('sets a year’s 决算 against its 预算: 执行率 per code', async () => {
    const final2024 = snapshotOf(
      '上海市普陀区人民政府万里街道办事处',
      2024,
      [
        {
          kind: 'final.expenditure',
          unit: '元',
          rows: [
            ['', '合计', '950.00'],
            ['201', '一般公共服务支出', '570.00'],
            ['208', '社会保障和就业支出', '380.00'],
          ],
        },
      ],
      'final',
    );
    await ask({ type: 'history-save', snapshot: y2024, perCapita: [] });
    await ask({ type: 'history-save', snapshot: final2024, perCapita: [] });
    const v = await viewOf('上海市普陀区人民政府万里街道办事处');
    expect(v.execution.map((e) => e.year)).toEqual([2024]);
    const rows = v.execution[0]?.tables[0]?.rows ?? [];
    expect(rows.map((r) => [r.key, r.rate])).toEqual([
      ['total', '95.00'],
      ['code:201', '95.00'],
      ['code:208', '95.00'],
    ]);
  });

  it('two documents saved at once (two frames of one page) both keep their per-capita figures', async () => {
    // browser.storage answers over IPC: both saves read the map before either has written it back.
    const get = kv.get;
    kv.get = async (keys) => {
      const read = structuredClone(await get(keys));
      await new Promise((resolve) => setTimeout(resolve, 20));
      return read;
    };
    await Promise.all([
      ask({ type: 'history-save', snapshot: y2024, perCapita: [perResident('0.81')] }),
      ask({ type: 'history-save', snapshot: y2025, perCapita: [perResident('1.05')] }),
    ]);
    expect(Object.keys(kv.data[PER_CAPITA_KEY] as object).length).toBe(2);
  });

  it('exports with per-capita figures and imports them back into an empty store', async () => {
    await ask({ type: 'history-save', snapshot: y2024, perCapita: [perResident('0.81')] });
    await ask({ type: 'history-save', snapshot: y2025, perCapita: [perResident('1.05')] });
    const exp = await ask({ type: 'history-export' });
    if (!exp.ok || !('json' in exp)) throw new Error('no export');
    expect(JSON.parse(exp.json)).toMatchObject({ schema: 'budget-lens/history@1' });

    expect(await ask({ type: 'history-clear' })).toEqual({ ok: true });
    expect(kv.data[PER_CAPITA_KEY]).toEqual({});
    const empty = await ask({ type: 'history-list' });
    expect(empty.ok && 'entries' in empty && empty.entries).toEqual([]);

    const imp = await ask({ type: 'history-import', json: exp.json });
    expect(imp).toEqual({ ok: true, imported: { imported: 2, kept: 0 } });
    const v = await viewOf('上海市普陀区人民政府万里街道办事处');
    expect(v.perCapita.map((p) => p.figures[0]?.value)).toEqual(['0.81', '1.05']);
  });

  it('answers a malformed import with ok:false and stores nothing', async () => {
    const r = await ask({ type: 'history-import', json: '{"schema":"something else"}' });
    expect(r.ok).toBe(false);
    const bad = await ask({ type: 'history-import', json: 'not json' });
    expect(bad.ok).toBe(false);
    const list = await ask({ type: 'history-list' });
    expect(list.ok && 'entries' in list && list.entries).toEqual([]);
  });

  it('deletes one document with its per-capita figures', async () => {
    await ask({ type: 'history-save', snapshot: y2024, perCapita: [perResident('0.81')] });
    expect(await ask({ type: 'history-delete', key: y2024.key })).toEqual({ ok: true });
    expect(kv.data[PER_CAPITA_KEY]).toEqual({});
  });

  it('an unknown organisation gives an empty view, not an error', async () => {
    const v = await viewOf('某县某局');
    expect(v).toMatchObject({ entries: [], comparison: null, series: null, perCapita: [], execution: [] });
  });
});
