/**
 * Test infrastructure (synthetic document generator): the classification codes and names the generator draws from.
 * Codes and names follow the national 政府收支分类科目 (function 类/款/项, economic 类/款) as printed in the seeds
 * and in ../shared/data/classification; only the part a county culture-and-tourism bureau would use is listed.
 * Nothing here is read from ../shared at run time: the generator must work without the corpus.
 */

/** The 30 function classes (类) printed down the right side of 收支总表 / 财政拨款收支总表, in template order. */
export const FUNCTION_CLASSES: readonly (readonly [code: string, name: string])[] = [
  ['201', '一般公共服务支出'],
  ['202', '外交支出'],
  ['203', '国防支出'],
  ['204', '公共安全支出'],
  ['205', '教育支出'],
  ['206', '科学技术支出'],
  ['207', '文化旅游体育与传媒支出'],
  ['208', '社会保障和就业支出'],
  ['209', '社会保险基金支出'],
  ['210', '卫生健康支出'],
  ['211', '节能环保支出'],
  ['212', '城乡社区支出'],
  ['213', '农林水支出'],
  ['214', '交通运输支出'],
  ['215', '资源勘探工业信息等支出'],
  ['216', '商业服务业等支出'],
  ['217', '金融支出'],
  ['219', '援助其他地区支出'],
  ['220', '自然资源海洋气象等支出'],
  ['221', '住房保障支出'],
  ['222', '粮油物资储备支出'],
  ['223', '国有资本经营预算支出'],
  ['224', '灾害防治及应急管理支出'],
  ['227', '预备费'],
  ['229', '其他支出'],
  ['230', '转移性支出'],
  ['231', '债务还本支出'],
  ['232', '债务付息支出'],
  ['233', '债务发行费用支出'],
  ['234', '抗疫特别国债安排的支出'],
];

/** Function codes (类 3 digits, 款 5, 项 7) with names; the generator uses only those that end up with money. */
export const FUNCTION_NAMES: Readonly<Record<string, string>> = {
  '207': '文化旅游体育与传媒支出',
  '20701': '文化和旅游',
  '2070101': '行政运行',
  '2070102': '一般行政管理事务',
  '2070108': '文化活动',
  '2070109': '群众文化',
  '2070111': '文化创作与保护',
  '2070112': '文化和旅游市场管理',
  '2070113': '旅游宣传',
  '2070199': '其他文化和旅游支出',
  '20702': '文物',
  '2070204': '文物保护',
  '20703': '体育',
  '2070308': '群众体育',
  '208': '社会保障和就业支出',
  '20805': '行政事业单位养老支出',
  '2080501': '行政单位离退休',
  '2080505': '机关事业单位基本养老保险缴费支出',
  '2080506': '机关事业单位职业年金缴费支出',
  '210': '卫生健康支出',
  '21011': '行政事业单位医疗',
  '2101101': '行政单位医疗',
  '2101102': '事业单位医疗',
  '2101103': '公务员医疗补助',
  '212': '城乡社区支出',
  '21208': '国有土地使用权出让收入安排的支出',
  '2120803': '城市建设支出',
  '221': '住房保障支出',
  '22102': '住房改革支出',
  '2210201': '住房公积金',
};

/** Government-fund income codes for 政府性基金预算收入表 (the fund behind 2120803). */
export const GOV_FUND_INCOME: readonly (readonly [code: string, name: string])[] = [
  ['103', '非税收入'],
  ['10301', '政府性基金收入'],
  ['1030148', '国有土地使用权出让收入'],
];

export type EconGroup = 'personnel' | 'public';

/** Economic classes (类) for 基本支出 and whether they count as 人员经费 or 公用经费. */
export const ECON_CLASSES: Readonly<Record<string, { name: string; group: EconGroup }>> = {
  '301': { name: '工资福利支出', group: 'personnel' },
  '302': { name: '商品和服务支出', group: 'public' },
  '303': { name: '对个人和家庭的补助', group: 'personnel' },
};

export const ECON_NAMES: Readonly<Record<string, string>> = {
  '30101': '基本工资',
  '30102': '津贴补贴',
  '30103': '奖金',
  '30107': '绩效工资',
  '30108': '机关事业单位基本养老保险缴费',
  '30109': '职业年金缴费',
  '30110': '职工基本医疗保险缴费',
  '30111': '公务员医疗补助缴费',
  '30112': '其他社会保障缴费',
  '30113': '住房公积金',
  '30201': '办公费',
  '30202': '印刷费',
  '30207': '邮电费',
  '30211': '差旅费',
  '30216': '培训费',
  '30217': '公务接待费',
  '30228': '工会经费',
  '30229': '福利费',
  '30231': '公务用车运行维护费',
  '30239': '其他交通费用',
  '30302': '退休费',
  '30309': '奖励金',
};

/**
 * Which 项 a basic-expenditure economic item is budgeted under: the social-insurance contributions have their own
 * function codes (as in every seed), everything else runs under 行政运行.
 */
export const ECON_TO_FUNCTION: Readonly<Record<string, string>> = {
  '30108': '2080505',
  '30109': '2080506',
  '30110': '2101101',
  '30111': '2101103',
  '30113': '2210201',
  '30302': '2080501',
};
export const DEFAULT_BASIC_FUNCTION = '2070101';

/** The same for a subordinate 文化馆 (事业单位): its running costs are 群众文化, its insurance 事业单位医疗. */
export const INST_ECON_TO_FUNCTION: Readonly<Record<string, string>> = { ...ECON_TO_FUNCTION, '30110': '2101102' };
export const INST_BASIC_FUNCTION = '2070109';
/** Economic items a 事业单位 does not have (公务员 benefits; 三公 and retirees are budgeted at the bureau). */
export const INST_EXCLUDED_ECON: readonly string[] = ['30111', '30217', '30231', '30302'];
/** Project codes a 文化馆 carries out. */
export const INST_PROJECT_CODES: readonly string[] = ['2070108', '2070109'];

export interface ProjectTemplate {
  name: string;
  code: string;
  kind: '特定目标类' | '其他运转类';
}

/** General-public-budget projects; a document draws a handful. Names are made up but typical. */
export const GP_PROJECTS: readonly ProjectTemplate[] = [
  { name: '机关日常运转业务经费', code: '2070102', kind: '其他运转类' },
  { name: '文化惠民演出活动经费', code: '2070108', kind: '特定目标类' },
  { name: '公共文化服务体系建设专项资金', code: '2070109', kind: '特定目标类' },
  { name: '文化和旅游市场综合执法经费', code: '2070112', kind: '特定目标类' },
  { name: '全域旅游宣传推介经费', code: '2070113', kind: '特定目标类' },
  { name: '县级文物保护单位修缮经费', code: '2070204', kind: '特定目标类' },
  { name: '全民健身赛事活动经费', code: '2070308', kind: '特定目标类' },
];
export const GF_PROJECT: ProjectTemplate = { name: '城区文化广场改造工程', code: '2120803', kind: '特定目标类' };
export const UNIT_PROJECT: ProjectTemplate = { name: '景区讲解服务项目', code: '2070199', kind: '特定目标类' };
export const CARRYOVER_PROJECTS: readonly ProjectTemplate[] = [
  { name: '2024年非物质文化遗产保护专项资金', code: '2070111', kind: '特定目标类' },
  { name: '2024年文物安全防护工程补助资金', code: '2070204', kind: '特定目标类' },
];
