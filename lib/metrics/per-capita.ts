/**
 * Metrics (stage 7): per-capita figures — per resident of the department's region (元/人, 2020 census) for the
 * total expenditure and each function class; per staff member (万元/人, 实有人数) for 人员经费, 公用经费, 三公 and
 * 机关运行经费; office area per staff member and vehicle running cost per vehicle where the text states them.
 * Every figure carries its numerator (table + cells, or the sentence), its denominator and that figure's source, in
 * Chinese and English. Decimal.js throughout; rounding is stated on each metric. It never judges the numbers (that is
 * the checks' job) and skips — with a reason — any figure whose inputs are missing.
 */
import Decimal from 'decimal.js';
import type { BudgetDocument, MoneyUnitName } from '../model/budget-document';
import { convert } from '../money/unit';
import { exact, grouped, plain, roundHalfUp } from './format';
import type { Denominator, Localised, Numerator, RatioMetric, SkippedMetric } from './metric';
import { type NarrativeFact, officeArea, vehiclesHeld } from './narrative-facts';
import type { Region, RegionResolution } from './region/resolve-region';
import { basicSplit, functionClasses, type TableAmount, threePublicItem, totalExpenditure } from './table-read';

/** Decimal places of each kind of figure (per resident to 0.01元, per staff to 0.01万元, m² to 0.01). */
export const METRIC_DECIMALS = { resident: 2, staff: 2, area: 2, vehicle: 2 } as const;

export interface ComputeMetricsOptions {
  /** A staff count the user entered (replaces 实有人数 from the document). */
  staff?: number;
}

export interface MetricsResult {
  metrics: RatioMetric[];
  skipped: SkippedMetric[];
}

interface StaffCount {
  value: number;
  source: Denominator['source'];
  citation: Localised;
  notes: Localised[];
}

/** 实有人数: the 机构设置 text (units summed by recognise) first, else the 整体支出绩效目标表; a disagreement is noted. */
export function staffCount(doc: BudgetDocument, override?: number): StaffCount | null {
  if (override !== undefined && Number.isInteger(override) && override > 0) {
    return {
      value: override,
      source: 'override',
      citation: { zh: '用户输入的人数', en: 'staff count entered by the user' },
      notes: [],
    };
  }
  const fromText = doc.document.staff.narrative?.actual ?? null;
  const fromTable = doc.document.staff.table?.actual ?? null;
  const notes: Localised[] = [];
  if (fromText !== null && fromText > 0) {
    if (fromTable !== null && fromTable !== fromText) {
      notes.push({
        zh: `整体支出绩效目标表的实有人数为${fromTable}人，与机构设置情况的${fromText}人不一致；此处用后者。`,
        en: `The overall performance table gives ${fromTable} staff, the 机构设置 text ${fromText}; the text's count is used.`,
      });
    }
    return {
      value: fromText,
      source: 'staff-narrative',
      citation: {
        zh: '机构设置情况中的实有人数（各单位合计）',
        en: 'staff actually employed (实有人数) stated in the 机构设置 section, all units summed',
      },
      notes,
    };
  }
  if (fromTable !== null && fromTable > 0) {
    return {
      value: fromTable,
      source: 'staff-table',
      citation: {
        zh: '部门（单位）整体支出绩效目标表中的实有（在职）人数',
        en: 'staff actually employed stated in the overall expenditure performance-target table (整体支出绩效目标表)',
      },
      notes,
    };
  }
  return null;
}

function tableNumerator(a: TableAmount, label: Localised): Numerator {
  return {
    // As printed (6.00, not 6).
    value: a.value.toFixed(a.decimals),
    unit: a.unit,
    label,
    source: 'table',
    table: { index: a.table.index, kind: a.table.kind, title: a.table.title },
    cells: a.cells,
    where: a.where,
    claim: null,
  };
}

function factNumerator(f: NarrativeFact, label: Localised): Numerator {
  return {
    value: f.value.toFixed(),
    unit: f.unit,
    label,
    source: 'narrative',
    table: null,
    cells: [],
    where: null,
    claim: f.claim,
  };
}

function regionDenominator(region: Region): Denominator {
  const sub = region.subdivision;
  return {
    value: String(region.population),
    unit: '人',
    label: { zh: `${region.fullName}常住人口`, en: `residents of ${region.fullName} (${region.code})` },
    source: region.populationFrom === 'override' ? 'override' : 'census2020',
    citation:
      region.populationFrom === 'override'
        ? { zh: '用户输入的人口数', en: 'population entered by the user' }
        : {
            zh: `第七次全国人口普查（2020年）${region.fullName}常住人口，国家统计局`,
            en: `2020 census resident population of ${region.fullName}, National Bureau of Statistics`,
          },
    region: {
      code: region.code,
      name: region.name,
      fullName: region.fullName,
      level: region.level,
      subdivision: sub ? sub.name : null,
    },
    claim: null,
  };
}

function staffDenominator(s: StaffCount): Denominator {
  return {
    value: String(s.value),
    unit: '人',
    label: { zh: '实有人数', en: 'staff actually employed' },
    source: s.source,
    citation: s.citation,
    region: null,
    claim: null,
  };
}

function residentNotes(region: Region): Localised[] {
  const sub = region.subdivision;
  if (!sub) return [];
  const kindZh = sub.kind === 'street' ? '街道' : sub.kind === 'town' ? '镇' : '乡';
  return [
    {
      zh: `${sub.name}是${region.name}下的${kindZh}，人口普查未单列其人口：此处按${region.name}全区常住人口计算，是“每位${region.name}居民”的口径。`,
      en: `${sub.name} is a ${sub.kind === 'street' ? 'sub-district' : sub.kind === 'town' ? 'town' : 'township'} of ${region.name} with no census figure of its own: the figure is per ${region.name} resident.`,
    },
  ];
}

interface RatioInput {
  id: string;
  per: RatioMetric['per'];
  label: Localised;
  numerator: Numerator;
  /** Numerator converted to the unit the metric is stated in. */
  numeratorValue: Decimal;
  denominator: Denominator;
  unit: string;
  decimals: number;
  notes: Localised[];
}

function ratio(i: RatioInput): RatioMetric {
  const q = i.numeratorValue.dividedBy(new Decimal(i.denominator.value));
  const value = roundHalfUp(q, i.decimals);
  const printedDp = (i.numerator.value.split('.')[1] ?? '').length;
  const numText = `${grouped(new Decimal(i.numerator.value), printedDp)}${i.numerator.unit}`;
  const converted = i.unit.split('/')[0] !== i.numerator.unit;
  const formula = `${numText}${converted ? ` = ${grouped(i.numeratorValue)}${i.unit.split('/')[0]}` : ''} ÷ ${grouped(new Decimal(i.denominator.value))}${i.denominator.unit} = ${plain(value, i.decimals)}${i.unit}`;
  const where =
    i.numerator.source === 'table'
      ? {
          zh: `《${i.numerator.table?.title ?? i.numerator.table?.kind ?? ''}》${i.numerator.where ?? ''}`,
          en: `table “${i.numerator.table?.title ?? i.numerator.table?.kind ?? ''}”, ${i.numerator.where ?? ''}`,
        }
      : {
          zh: `“${i.numerator.claim?.section ?? '情况说明'}”`,
          en: `the section “${i.numerator.claim?.section ?? ''}”`,
        };
  return {
    kind: 'ratio',
    id: i.id,
    per: i.per,
    label: i.label,
    value: plain(value, i.decimals),
    unit: i.unit,
    rounding: { decimals: i.decimals, mode: 'half-up' },
    exact: exact(q),
    numerator: i.numerator,
    denominator: i.denominator,
    formula,
    explanation: {
      zh: `${i.numerator.label.zh}（${where.zh}）${numText} ÷ ${i.denominator.label.zh}${grouped(new Decimal(i.denominator.value))}${i.denominator.unit}（${i.denominator.citation.zh}）= ${plain(value, i.decimals)}${i.unit}，四舍五入到${i.decimals}位小数。`,
      en: `${i.numerator.label.en} (${where.en}) ${numText} ÷ ${i.denominator.label.en} ${grouped(new Decimal(i.denominator.value))} (${i.denominator.citation.en}) = ${plain(value, i.decimals)} ${i.unit}, rounded half-up to ${i.decimals} decimals.`,
    },
    notes: i.notes,
  };
}

function inUnit(a: { value: Decimal; unit: MoneyUnitName }, to: MoneyUnitName): Decimal {
  return convert(a.value, a.unit, to);
}

const skip = (id: string, zh: string, en: string): SkippedMetric => ({ id, reason: { zh, en } });

/**
 * The per-capita metrics of one document. `region` is resolveRegion's answer (null or unresolved: the per-resident
 * figures are skipped with the candidates named).
 */
export function computeMetrics(
  doc: BudgetDocument,
  region: RegionResolution | null,
  opts: ComputeMetricsOptions = {},
): MetricsResult {
  const metrics: RatioMetric[] = [];
  const skipped: SkippedMetric[] = [];

  // Per resident.
  const r = region?.status === 'resolved' ? region.region : null;
  const total = totalExpenditure(doc);
  const classes = functionClasses(doc);
  if (!r) {
    const cands = region?.candidates.map((c) => `${c.fullName}（${c.code}）`).join('、') ?? '';
    skipped.push(
      skip(
        'per-resident',
        region?.status === 'ambiguous'
          ? `地区不唯一（${cands}），请选择所属地区后再计算人均数。`
          : '未能从单位名称识别所属地区，无法计算人均数。',
        region?.status === 'ambiguous'
          ? `The region is ambiguous (${cands}); choose one to get per-resident figures.`
          : 'No census region could be read from the organisation name; per-resident figures need one.',
      ),
    );
  } else {
    const den = regionDenominator(r);
    const notes = residentNotes(r);
    if (total) {
      metrics.push(
        ratio({
          id: 'per-resident.total',
          per: 'resident',
          label:
            total.which === 'current'
              ? { zh: '人均本年支出', en: 'Expenditure of the year per resident' }
              : { zh: '人均支出总计', en: 'Total expenditure per resident' },
          numerator: tableNumerator(
            total,
            total.which === 'current'
              ? { zh: '本年支出合计', en: 'expenditure of the year' }
              : { zh: '支出总计', en: 'total expenditure' },
          ),
          numeratorValue: inUnit(total, '元'),
          denominator: den,
          unit: '元/人',
          decimals: METRIC_DECIMALS.resident,
          notes,
        }),
      );
    } else {
      skipped.push(skip('per-resident.total', '未找到支出总计。', 'No total expenditure found in the tables.'));
    }
    for (const c of classes) {
      metrics.push(
        ratio({
          id: `per-resident.class.${c.code}`,
          per: 'resident',
          label: { zh: `人均${c.name}`, en: `${c.code} ${c.name} per resident` },
          numerator: tableNumerator(c, { zh: `${c.code} ${c.name}`, en: `function class ${c.code} ${c.name}` }),
          numeratorValue: inUnit(c, '元'),
          denominator: den,
          unit: '元/人',
          decimals: METRIC_DECIMALS.resident,
          notes,
        }),
      );
    }
  }

  // Per staff member.
  const staff = staffCount(doc, opts.staff);
  const perStaff: [string, Localised, TableAmount | null][] = [
    ['per-staff.personnel', { zh: '人员经费', en: 'personnel costs (人员经费)' }, basicSplit(doc, 'personnel')],
    ['per-staff.public', { zh: '公用经费', en: 'office running costs (公用经费)' }, basicSplit(doc, 'public')],
    [
      'per-staff.three-public',
      { zh: '“三公”经费', en: '“three public” costs (三公经费)' },
      threePublicItem(doc, 'three-public'),
    ],
    [
      'per-staff.admin-operating',
      { zh: '机关运行经费', en: 'administrative running costs (机关运行经费)' },
      threePublicItem(doc, 'admin-operating'),
    ],
  ];
  if (!staff) {
    skipped.push(
      skip(
        'per-staff',
        '文中未说明实有人数（机构设置或整体绩效目标表），无法计算人均数。',
        'No staff count (实有人数) is stated in the 机构设置 text or the overall performance table.',
      ),
    );
  } else {
    const den = staffDenominator(staff);
    for (const [id, label, a] of perStaff) {
      if (!a) {
        skipped.push(skip(id, `未找到${label.zh}。`, `No ${label.en} found in the tables.`));
        continue;
      }
      metrics.push(
        ratio({
          id,
          per: 'staff',
          label: { zh: `人均${label.zh}`, en: `${label.en} per staff member` },
          numerator: tableNumerator(a, label),
          numeratorValue: inUnit(a, '万元'),
          denominator: den,
          unit: '万元/人',
          decimals: METRIC_DECIMALS.staff,
          notes: staff.notes,
        }),
      );
    }
    const area = officeArea(doc);
    if (area) {
      metrics.push(
        ratio({
          id: 'office-area.per-staff',
          per: 'staff',
          label: { zh: '人均办公用房面积', en: 'Office floor area per staff member' },
          numerator: factNumerator(area, { zh: '办公用房建筑面积', en: 'office floor area' }),
          numeratorValue: area.value,
          denominator: den,
          unit: '平方米/人',
          decimals: METRIC_DECIMALS.area,
          notes: staff.notes,
        }),
      );
    }
  }

  // Per vehicle: running cost of the vehicles the department holds.
  const vehicles = vehiclesHeld(doc);
  const operation = threePublicItem(doc, 'vehicle-operation');
  const running = operation ?? threePublicItem(doc, 'vehicle');
  if (vehicles && running && vehicles.value.greaterThan(0)) {
    metrics.push(
      ratio({
        id: 'per-vehicle.vehicle-operation',
        per: 'vehicle',
        label: { zh: '每辆公务用车运行维护费', en: 'Official-vehicle running cost per vehicle' },
        numerator: tableNumerator(
          running,
          operation
            ? { zh: '公务用车运行维护费', en: 'official-vehicle running costs' }
            : { zh: '公务用车购置及运行费', en: 'official-vehicle purchase and running costs' },
        ),
        numeratorValue: inUnit(running, '万元'),
        denominator: {
          value: vehicles.value.toFixed(),
          unit: '辆',
          label: { zh: '实有公务用车', en: 'official vehicles held' },
          source: 'narrative',
          citation: { zh: '国有资产占有使用情况中的车辆数', en: 'vehicles stated in the state-assets section' },
          region: null,
          claim: vehicles.claim,
        },
        unit: '万元/辆',
        decimals: METRIC_DECIMALS.vehicle,
        notes: operation
          ? []
          : [
              {
                zh: '表中未单列运行维护费，分子为公务用车购置及运行费。',
                en: 'The table does not separate running costs: the numerator is purchase and running together.',
              },
            ],
      }),
    );
  } else if (!vehicles || vehicles.value.isZero()) {
    skipped.push(skip('per-vehicle', '文中未说明实有车辆数。', 'The text states no number of vehicles held.'));
  } else {
    skipped.push(
      skip('per-vehicle', '未找到公务用车运行费。', 'No official-vehicle running cost found in the tables.'),
    );
  }
  return { metrics, skipped };
}
