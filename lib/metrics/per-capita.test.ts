import { describe, expect, it } from 'vitest';
import { HAS_SHARED, sharedPath } from '../../tests/support/shared';
import { recogniseDocument } from '../recognise/recognise-document';
import { documentFrom } from '../recognise/testing/ground-truth';
import { MetricSchema, type RatioMetric } from './metric';
import { computeMetrics, staffCount } from './per-capita';
import { resolveRegion } from './region/resolve-region';
import { cellText, loadHtml, loadPdf } from './testing/load';

function byId(ms: readonly RatioMetric[]): Record<string, RatioMetric> {
  return Object.fromEntries(ms.map((m) => [m.id, m]));
}

/** A small department built from hand-made tables (no corpus needed): amounts in 元, two units' staff in the text. */
function synthetic() {
  return recogniseDocument(
    documentFrom(
      [
        {
          title: '2025年部门预算支出总表',
          meta: ['单位：元'],
          rows: [
            ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
            ['', '合计', '1234567.00', '1000000.00', '234567.00'],
            ['201', '一般公共服务支出', '1234567.00', '1000000.00', '234567.00'],
            ['20101', '人大事务', '1234567.00', '1000000.00', '234567.00'],
          ],
        },
        {
          title: '2025年一般公共预算基本支出经济分类预算表',
          meta: ['单位：元'],
          rows: [
            ['科目编码', '科目名称', '合计', '人员经费', '公用经费'],
            ['', '合计', '1000000.00', '900000.00', '100000.00'],
            ['301', '工资福利支出', '900000.00', '900000.00', ''],
            ['302', '商品和服务支出', '100000.00', '', '100000.00'],
          ],
        },
      ],
      '泽州县测试局2025年部门预算',
      [
        '泽州县测试局2025年部门预算',
        '二、机构设置情况',
        '本局行政编制5人，实有人员4人。下设事业单位1个，事业编制8人，实有人员6人。',
        '十一、国有资产占有使用情况',
        '截至2024年12月31日，本局共有公务用车编制2辆，实有2辆。办公用房建筑总面积250.5平方米。',
      ],
    ),
  );
}

describe('computeMetrics on hand-made tables', () => {
  const doc = synthetic();
  const res = computeMetrics(doc, resolveRegion(doc.document.organisation ?? ''));
  const m = byId(res.metrics);

  it('per resident in 元/人 from an 元 table, rounded half-up to 0.01', () => {
    // 1,234,567元 ÷ 414,999 = 2.97487…
    expect(m['per-resident.total']).toMatchObject({ value: '2.97', unit: '元/人' });
    expect(m['per-resident.total']?.exact.startsWith('2.97486')).toBe(true);
    expect(m['per-resident.total']?.formula).toBe('1,234,567.00元 ÷ 414,999人 = 2.97元/人');
    expect(m['per-resident.class.201']?.value).toBe('2.97');
  });

  it('per staff in 万元/人, staff of both units summed (4 + 6)', () => {
    expect(staffCount(doc)?.value).toBe(10);
    expect(m['per-staff.personnel']).toMatchObject({ value: '9.00', unit: '万元/人' });
    expect(m['per-staff.personnel']?.formula).toBe('900,000.00元 = 90万元 ÷ 10人 = 9.00万元/人');
    expect(m['per-staff.public']?.value).toBe('1.00');
    expect(m['office-area.per-staff']).toMatchObject({ value: '25.05', unit: '平方米/人' });
    expect(m['office-area.per-staff']?.numerator.claim?.text).toContain('250.5平方米');
  });

  it('says what it could not compute', () => {
    const ids = res.skipped.map((s) => s.id);
    expect(ids).toContain('per-staff.three-public');
    expect(ids).toContain('per-staff.admin-operating');
    expect(ids).toContain('per-vehicle');
    expect(m['per-vehicle.vehicle-operation']).toBeUndefined();
  });

  it('an unresolved region skips per-resident figures and names the candidates', () => {
    const r = computeMetrics(doc, resolveRegion('普陀区财政局'));
    expect(r.metrics.some((x) => x.per === 'resident')).toBe(false);
    expect(r.skipped.find((s) => s.id === 'per-resident')?.reason.zh).toContain('上海市普陀区');
    expect(computeMetrics(doc, null).skipped.map((s) => s.id)).toContain('per-resident');
  });

  it('a staff override replaces 实有人数', () => {
    const r = byId(computeMetrics(doc, null, { staff: 9 }).metrics);
    expect(r['per-staff.personnel']?.value).toBe('10.00');
    expect(r['per-staff.personnel']?.denominator.source).toBe('override');
  });

  it('every metric is plain JSON that the schema accepts', () => {
    for (const x of res.metrics) expect(MetricSchema.parse(JSON.parse(JSON.stringify(x)))).toEqual(x);
  });
});

describe.skipIf(!HAS_SHARED)('computeMetrics on the fixtures (page.html through extract + recognise)', () => {
  it('zezhou-energy-2025: 2,061.71万元 / 414,999 residents = 49.68 元/人; 31 实有 staff', () => {
    const { extracted, model } = loadHtml(sharedPath('fixtures/zezhou-energy-2025/page.html'));
    const region = resolveRegion(model.document.organisation ?? '');
    expect(region.region).toMatchObject({ code: '140525', population: 414999 });
    const res = computeMetrics(model, region);
    const m = byId(res.metrics);
    const total = m['per-resident.total'];
    expect(total).toMatchObject({ value: '49.68', unit: '元/人' });
    expect(total?.numerator).toMatchObject({ value: '2061.71', unit: '万元', source: 'table' });
    expect(total?.numerator.table?.kind).toBe('budget.summary');
    expect(total?.denominator).toMatchObject({ value: '414999', source: 'census2020' });
    expect(total?.formula).toBe('2,061.71万元 = 20,617,100元 ÷ 414,999人 = 49.68元/人');
    // The cell named is the printed 支出总计 on the page.
    const ref = total?.numerator.cells[0];
    expect(ref && cellText(extracted, ref).replace(/,/gu, '')).toBe('2061.71');
    // Function classes (类 rows of the expenditure table), per resident.
    expect(m['per-resident.class.211']?.value).toBe('27.41'); // 1,137.47万元 / 414,999
    expect(m['per-resident.class.212']?.value).toBe('19.28'); // 800万元
    expect(m['per-resident.class.208']?.value).toBe('1.58'); // 65.43万元
    // Per staff member: 31 实有 (5 行政 + 26 事业, both the text and the performance table).
    expect(staffCount(model)?.value).toBe(31);
    expect(m['per-staff.personnel']?.value).toBe('13.07'); // 405.25 / 31
    expect(m['per-staff.public']?.value).toBe('0.73'); // 22.63 / 31
    expect(m['per-staff.three-public']?.value).toBe('0.19'); // 6.00 / 31
    expect(m['per-staff.admin-operating']?.value).toBe('0.73'); // 22.63 / 31
    expect(m['office-area.per-staff']?.value).toBe('11.26'); // 349 m² / 31
    expect(m['per-vehicle.vehicle-operation']?.value).toBe('1.50'); // 6.00万元 / 4 辆
    expect(m['per-vehicle.vehicle-operation']?.formula).toBe('6.00万元 ÷ 4辆 = 1.50万元/辆');
    for (const x of res.metrics) {
      for (const c of x.numerator.cells) expect(cellText(extracted, c)).not.toBe('');
      expect(x.explanation.zh.length).toBeGreaterThan(10);
      expect(x.explanation.en.length).toBeGreaterThan(10);
    }
  });

  it('jincheng-energy-2025: the 市 department is per 晋城市 resident; 86 staff from the performance table', () => {
    const { model } = loadHtml(sharedPath('fixtures/jincheng-energy-2025/page.html'));
    const region = resolveRegion(model.document.organisation ?? '');
    expect(region.region).toMatchObject({ code: '140500', name: '晋城市', population: 2194545 });
    const m = byId(computeMetrics(model, region).metrics);
    expect(m['per-resident.total']?.value).toBe('10.34'); // 2,268.41万元 / 2,194,545
    expect(m['per-staff.personnel']?.denominator).toMatchObject({ value: '86', source: 'staff-table' });
    expect(m['per-staff.personnel']?.value).toBe('11.62'); // 999.34 / 86
    expect(m['per-staff.admin-operating']?.value).toBe('0.61'); // 52.49 / 86
    expect(m['office-area.per-staff']?.value).toBe('27.07'); // 2,328.44 / 86
  });

  it('zezhou-industry-2024: no staff count stated → per-staff skipped, per-resident still there', () => {
    const { model } = loadHtml(sharedPath('fixtures/zezhou-industry-2024/page.html'));
    const res = computeMetrics(model, resolveRegion(model.document.organisation ?? ''));
    expect(byId(res.metrics)['per-resident.total']?.value).toBe('214.70'); // 8,909.83万元 / 414,999
    expect(res.skipped.map((s) => s.id)).toContain('per-staff');
  });

  it('Shanghai 万里街道 2025 (PDF): per 普陀区 resident, said so; amounts in 元', async () => {
    const { extracted, model } = await loadPdf(sharedPath('real/SH_putuo_2025_dept-budget_wanlijiedao.pdf'));
    const region = resolveRegion(model.document.organisation ?? '');
    expect(region.region).toMatchObject({ code: '310107', subdivision: { name: '万里街道' } });
    const m = byId(computeMetrics(model, region).metrics);
    const total = m['per-resident.total'];
    expect(total?.numerator).toMatchObject({ value: '189767551', unit: '元' });
    expect(total?.value).toBe('153.06'); // 189,767,551元 / 1,239,800
    expect(total?.notes[0]?.en).toContain('per 普陀区 resident');
    const ref = total?.numerator.cells[0];
    expect(ref && cellText(extracted, ref).replace(/,/gu, '')).toMatch(/^189767551(\.00)?$/u);
    // 21.56万元 / 8 vehicles = 2.695 → 2.70 (half-up).
    expect(m['per-vehicle.vehicle-operation']).toMatchObject({ value: '2.70', exact: '2.695' });
  });

  it('final accounts (普陀区财政局 2024 决算, PDF): 本年支出合计, not 总计 (which includes 年末结转和结余)', async () => {
    const { model } = await loadPdf(sharedPath('real/SH_putuo_2024_dept-final-accounts_caizhengju.pdf'));
    const region = resolveRegion(model.document.organisation ?? '', { host: 'https://www.shpt.gov.cn/' });
    expect(region.region?.code).toBe('310107');
    const total = byId(computeMetrics(model, region).metrics)['per-resident.total'];
    expect(total?.numerator).toMatchObject({ value: '2940.05', unit: '万元', table: { kind: 'final.summary' } });
    expect(total?.label.zh).toBe('人均本年支出');
    expect(total?.value).toBe('23.71'); // 29,400,500元 / 1,239,800
  });

  it('Shanghai 上海市财政局 (PDF) resolves to the municipality', async () => {
    const { model } = await loadPdf(sharedPath('real/SH_city_2025_unit-budget_shanghai-caizhengju.pdf'));
    const region = resolveRegion(model.document.organisation ?? '');
    expect(region.region).toMatchObject({ code: '310000', name: '上海市' });
  });
});
