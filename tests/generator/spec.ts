/**
 * Test infrastructure (synthetic document generator): what a generated document looks like, as named presets.
 * A spec is plain data; everything random is drawn later from `seed`. It must not hold amounts.
 */

/** Budget table kind ids of ../shared/DESIGN.md §2. */
export type BudgetTableKind =
  | 'budget.summary'
  | 'budget.income'
  | 'budget.expenditure'
  | 'budget.fiscal-summary'
  | 'budget.general-public'
  | 'budget.basic-economic'
  | 'budget.gov-fund-income'
  | 'budget.gov-fund'
  | 'budget.state-capital'
  | 'budget.three-public'
  | 'budget.admin-operating'
  | 'budget.projects'
  | 'budget.projects-carryover'
  | 'budget.performance';

/** Final-accounts (决算) table kind ids of ../shared/DESIGN.md §2 (the 决算 mode, final.ts). */
export type FinalTableKind =
  | 'final.summary'
  | 'final.income'
  | 'final.expenditure'
  | 'final.fiscal-summary'
  | 'final.general-public'
  | 'final.basic-economic'
  | 'final.three-public'
  | 'final.gov-fund'
  | 'final.state-capital';

export type TableKind = BudgetTableKind | FinalTableKind;

export type VariantName =
  | 'sample'
  | 'yuan'
  | 'split-codes'
  | 'word-html'
  | 'continuation'
  | 'missing-tables'
  | 'empty-with-notes'
  | 'rounded'
  | 'multi-unit';

export const VARIANTS: readonly VariantName[] = [
  'sample',
  'yuan',
  'split-codes',
  'word-html',
  'continuation',
  'missing-tables',
  'empty-with-notes',
  'rounded',
  'multi-unit',
];

export interface Spec {
  variant: VariantName;
  seed: number;
  /** Made-up county; the organisation is `${region}文化和旅游局`. */
  region: string;
  org: string;
  year: number;
  /** Unit of the amount tables. With '元' the 三公 table stays in 万元 (Shanghai style). */
  unit: '万元' | '元';
  /** Function/economic codes in one column (`2070101`) or split into 类/款/项 columns (`207 | 01 | 01`). */
  codeLayout: 'joined' | 'split';
  /** Clean article markup, or Word-exported markup (MsoNormalTable, spans, &nbsp;). */
  markup: 'plain' | 'word';
  /** Split the long tables over two `<table>` elements (the first repeating its header, the second not). */
  continuation: boolean;
  /** Standard tables not published at all. */
  omit: TableKind[];
  /** The department has 政府性基金 money; without it 表7/表8 are printed empty with a note. */
  govFund: boolean;
  /** A project funded by 单位资金 (counts in 表1 but not in the 财政拨款 tables). */
  unitFunds: boolean;
  /** 上年结转 projects exist (表13 non-empty, 上年结转 column filled). */
  carryover: boolean;
  /**
   * 'hundred': every amount is whole hundreds of 元, so 万元 tables print it exactly and every printed identity holds
   * exactly. 'fen': amounts to the 分; 万元 cells are rounded one by one, so printed sums may be off by rounding only
   * (the truth stays exact).
   */
  precision: 'hundred' | 'fen';
  /**
   * The department has a subordinate 事业单位 (`${region}文化馆`) besides the bureau itself: 部门 → 单位 → 项目 rows,
   * and 机关运行经费 covers only the administrative unit, so it is less than 表6 公用经费 (an explained gap).
   */
  multiUnit: boolean;
}

const BASE: Spec = {
  variant: 'sample',
  seed: 20250214,
  region: '示例县',
  org: '示例县文化和旅游局',
  year: 2025,
  unit: '万元',
  codeLayout: 'joined',
  markup: 'plain',
  continuation: false,
  omit: [],
  govFund: true,
  unitFunds: true,
  carryover: true,
  precision: 'hundred',
  multiUnit: false,
};

export const PRESETS: Readonly<Record<VariantName, Partial<Spec>>> = {
  sample: {},
  yuan: { unit: '元' },
  'split-codes': { codeLayout: 'split' },
  'word-html': { markup: 'word' },
  continuation: { continuation: true },
  'missing-tables': { omit: ['budget.admin-operating', 'budget.projects-carryover'] },
  'empty-with-notes': { govFund: false },
  rounded: { precision: 'fen' },
  'multi-unit': { multiUnit: true },
};

export function makeSpec(variant: VariantName = 'sample', overrides: Partial<Spec> = {}): Spec {
  const preset = PRESETS[variant];
  if (!preset) throw new Error(`unknown variant '${variant}' (known: ${VARIANTS.join(', ')})`);
  return { ...BASE, ...preset, ...overrides, variant };
}
