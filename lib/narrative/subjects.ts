/**
 * Narrative (stage 5) vocabulary: what an amount in the 情况说明 speaks about, read from the words printed just
 * before it (`一般公共预算拨款收入`, `“三公”经费预算`, `社会保障和就业支出` …). Patterns are the national template's
 * category names, never one department's phrasing. It only names subjects; finding the table value is link.ts's job.
 */
import { fold } from '../recognise/fold';

/** What a narrative amount is about. `function-class` carries the class name in `Subject.name`. */
export type SubjectId =
  | 'income-grand'
  | 'expenditure-grand'
  | 'income-current'
  | 'expenditure-current'
  | 'carryover'
  | 'general-public'
  | 'gov-fund'
  | 'state-capital'
  | 'fiscal-special'
  | 'unit-funds'
  | 'fiscal-income'
  | 'business-income'
  | 'business-operating'
  | 'other-income'
  | 'fiscal-total'
  | 'fiscal-current'
  | 'fiscal-carry'
  | 'gp-current'
  | 'gp-basic'
  | 'basic'
  | 'project'
  | 'personnel'
  | 'public'
  | 'three-public'
  | 'outbound'
  | 'reception'
  | 'vehicle'
  | 'vehicle-purchase'
  | 'vehicle-operation'
  | 'admin-operating'
  | 'meeting'
  | 'training'
  | 'carryover-part'
  | 'procurement'
  | 'procurement-part'
  | 'perf-projects'
  | 'perf-category'
  | 'org-perf-total'
  | 'function-class'
  | 'function-item';

export interface Subject {
  id: SubjectId;
  /** The category name as it matched (class name for `function-class`, the 科目 path joined by / for `function-item`). */
  name: string;
  /** `function-item`: the 科目 names from 类 down (一般公共服务支出 / 财政事务 / 行政运行). */
  path?: readonly string[];
  /** `function-item`: the code where the text prints it (行政运行（2010101）, 一般公共服务支出（201类）…（01项）). */
  code?: string;
}

/** 类 names of the national function classification (201–234); a label ending in one of these is a class. */
export const FUNCTION_CLASS_NAMES: readonly string[] = [
  '一般公共服务支出',
  '外交支出',
  '国防支出',
  '公共安全支出',
  '教育支出',
  '科学技术支出',
  '文化旅游体育与传媒支出',
  '社会保障和就业支出',
  '社会保险基金支出',
  '卫生健康支出',
  '节能环保支出',
  '城乡社区支出',
  '农林水支出',
  '交通运输支出',
  '资源勘探工业信息等支出',
  '商业服务业等支出',
  '金融支出',
  '援助其他地区支出',
  '自然资源海洋气象等支出',
  '住房保障支出',
  '粮油物资储备支出',
  '国有资本经营预算支出',
  '灾害防治及应急管理支出',
  '预备费',
  '其他支出',
  '转移性支出',
  '债务还本支出',
  '债务付息支出',
  '债务发行费用支出',
  '抗疫特别国债安排的支出',
];

/** Subjects that are totals: a list of parts ends when one of these appears (a parallel statement, not a part). */
export const GRAND_SUBJECTS: ReadonlySet<SubjectId> = new Set([
  'income-grand',
  'expenditure-grand',
  'fiscal-total',
  'perf-projects',
  'org-perf-total',
]);

/** Sub-items printed beside their parent in one list (公务用车购置费 inside 公务用车购置及运行费). */
export const PARENT_SUBJECT: Partial<Record<SubjectId, SubjectId>> = {
  'vehicle-purchase': 'vehicle',
  'vehicle-operation': 'vehicle',
  personnel: 'basic',
  public: 'basic',
};

// Order matters: the more specific phrase first. Each pattern is tested against the folded label's tail.
const RULES: ReadonlyArray<readonly [SubjectId, RegExp]> = [
  ['three-public', /三公经费(财政拨款)?(预算)?(数)?(合计|总额)?$/u],
  ['outbound', /因公出国\(?（?境\)?）?费(用)?(预算)?$/u],
  ['reception', /公务接待费(用)?(预算)?$/u],
  ['vehicle', /公务用车购置及运行(维护)?费(预算)?$/u],
  ['vehicle-purchase', /公务用车购置费?(预算)?$/u],
  ['vehicle-operation', /公务用车运行(维护)?费(预算)?$/u],
  ['admin-operating', /机关运行经费(财政拨款)?(预算)?(数)?$/u],
  ['procurement-part', /政府采购(货物|工程|服务)(类)?(预算)?(金额)?$/u],
  ['procurement', /政府采购(预算)?(总额|金额|资金)?$/u],
  ['gp-basic', /一般公共预算(财政拨款)?安排(的)?基本支出(预算)?$/u],
  ['gp-current', /一般公共预算(财政拨款)?(当年|本年)?支出(预算)?(规模)?$/u],
  ['personnel', /人员经费(支出)?(预算)?$/u],
  ['public', /公用经费(支出)?(预算)?$/u],
  [
    'fiscal-total',
    /财政拨款(收支)?总(预算|额|计)$|财政拨款收(入|支)(预算)?总(计|额|预算)$|财政拨款收入支出(决算)?总计$/u,
  ],
  ['fiscal-current', /(当年|本年)(财政)?拨款收入$/u],
  ['fiscal-carry', /上年(财政拨款)?结转收入$/u],
  ['basic', /基本支出(预算)?(数)?$/u],
  ['project', /项目支出(预算)?(总额)?(数)?$/u],
  // Source-specific amounts (`政府性基金拨款支出预算0万元`) before the grand totals whose words they end with.
  ['general-public', /一般公共预算(财政)?(拨款)?(收入|资金|支出预算|支出)?$/u],
  ['gov-fund', /政府性基金(预算)?(财政)?(拨款)?(收入|资金|支出预算|支出)?$/u],
  ['state-capital', /国有资本经营预算(财政)?(拨款)?(收入|资金|支出预算|支出)?$/u],
  ['org-perf-total', /(涉及|编报).{0,6}部门预算资金$/u],
  [
    'income-grand',
    /收入支出(决算)?总计$|收支(决算)?总计$|收入总计$|收入(预算)?总(额|预算)$|(预算|部门)收入(预算)?$|收入预算$/u,
  ],
  ['expenditure-grand', /支出总计$|支出(预算)?总(额|预算)$|(预算|部门)支出(预算)?$|支出预算$|预算安排资金$/u],
  ['income-current', /本年(部门)?(预算)?收入(合计)?$/u],
  ['expenditure-current', /本年(部门)?(预算)?(安排|支出)(合计)?$/u],
  ['carryover', /上年结转(结余)?(资金|安排)?(收入)?$/u],
  ['fiscal-special', /财政专户管理资金(收入)?$/u],
  ['unit-funds', /单位资金(收入)?$/u],
  ['business-operating', /(事业单位)?经营收入$/u],
  ['business-income', /事业收入$/u],
  ['other-income', /其他收入$/u],
  ['fiscal-income', /财政拨款(资金)?收入$/u],
];

const PERF_CATEGORY_RE = /(运转类|特定目标类|其他运转类|公用经费类|人员类|专项类)(项目)?/u;
const PERF_SCOPE_RE = /纳入.{0,4}绩效目标管理|公开.{0,4}项目绩效目标|绩效目标管理的|二级项目/u;
const GENERIC_AMOUNT_RE = /(涉及)?(项目)?(共计)?(金额|资金|总额)$/u;

/** Strips what precedes a subject in running text: years, the organisation's name, 比上年…, trailing verbs. */
function tail(label: string): string {
  return fold(label)
    .replace(/科目$/u, '')
    .replace(/\((类|款|项)\)$/u, '')
    .replace(/(为|是|达|约|共计|总计为|总额为|预算为|预算数为)$/u, '')
    .replace(/[:：]$/u, '');
}

/** The function class named at the end of `label`, if any (standard names plus class rows the document prints). */
export function functionClassIn(label: string, extraNames: readonly string[] = []): string | null {
  const t = tail(label);
  let best: string | null = null;
  for (const n of [...FUNCTION_CLASS_NAMES, ...extraNames]) {
    const f = fold(n);
    if (f.length < 3 || !t.endsWith(f) || (best !== null && f.length <= best.length)) continue;
    // `科学教育支出` is not 教育支出: what precedes the class must end a name (年度, 某局 …), not be part of a word.
    const prefix = t.slice(0, t.length - f.length);
    if (prefix === '' || /[年度局委办院站所心县市省区的为是和及、]$|包括$|其中$|用于$|含$|^\d+[.、．]$/u.test(prefix))
      best = f;
  }
  return best;
}

/**
 * Items named before the words a sentence wraps them in (`“三公”经费支出预算`, `公务用车购置预算支出`,
 * `会议费预算支出`, `机关运行经费预算支出`): tested on the label with those words taken off its end.
 */
const ITEM_RULES: ReadonlyArray<readonly [SubjectId, RegExp]> = [
  ['three-public', /三公经费$/u],
  ['outbound', /因公出国\(?（?境\)?）?费(用)?$/u],
  ['reception', /公务接待费(用)?$/u],
  ['vehicle', /公务用车购置及运行(维护)?费?$/u],
  ['vehicle-purchase', /公务用车购置费?$/u],
  ['vehicle-operation', /公务用车运行(维护)?费?$/u],
  ['admin-operating', /机关运行经费$/u],
  ['meeting', /会议费$/u],
  ['training', /培训费$/u],
  ['procurement', /政府采购$/u],
  // A fund named before 支出预算 wrappers (政府性基金支出预算支出) is that fund's amount, not the department's total.
  ['gov-fund', /政府性基金$/u],
  ['state-capital', /国有资本经营$/u],
  // 财政拨款 after a year or an organisation (无锡市信访局2025年财政拨款…), not after an item (委托业务费财政拨款).
  ['fiscal-total', /(?:^|[年度局委办院站所心县市省区的])财政拨款$/u],
];
const WRAPPING_WORDS = /(预算|支出|安排|拨款|财政拨款|数|金额|总额|合计|资金)$/u;

const LEVELS = ['类', '款', '项'] as const;
/** One level of a 科目 path: a name and its level mark, with the code digits when printed (财政事务（01款）). */
const LEVEL_RE = /([^()“”"'：:，,；;。、]+?)\((\d{2,3})?(类|款|项)\)/gu;
const CODE_AFTER_RE = /^(.*?[\u4e00-\u9fff])\((\d{3}|\d{5}|\d{7})\)$/u;

/**
 * A 科目 the text names the way the national template's 说明 does: its path with level marks
 * (“一般公共服务支出（类）财政事务（款）行政运行（项）”, 社会保障和就业支出（208类）…（05款）…（05项）), or a name with its
 * code in brackets (行政运行（2010101）). Only at the end of the label, the text right before the amount.
 */
export function functionItemIn(label: string): Subject | null {
  const t = fold(label)
    .replace(/^[0-9]+[.、．]\s*/u, '')
    .replace(/(预算|支出预算|预算数)?(为|是|安排|共计)?[:：]?$/u, '')
    .replace(/科目$/u, '');
  // “一般公共服务支出-政府办公厅（室）及相关机构事务-行政运行”科目: the path joined by dashes, from a class down.
  const dashed = t.split(/[-－—–]/u);
  if (dashed.length >= 2 && dashed.length <= 3 && dashed.every((p) => p.length >= 2)) {
    const [cls] = dashed;
    if (FUNCTION_CLASS_NAMES.some((n) => fold(n) === cls))
      return { id: 'function-item', name: dashed.join('/'), path: dashed };
  }
  const code = CODE_AFTER_RE.exec(t);
  if (code && !/[()]/u.test(code[1]!)) {
    const name = code[1]!.replace(/^.*[，,；;。、]/u, '');
    return { id: 'function-item', name, code: code[2]!, path: [name] };
  }
  const levels: { name: string; digits: string | undefined; level: string }[] = [];
  let end = 0;
  for (const m of t.matchAll(LEVEL_RE)) {
    // The levels follow each other (类 then 款 then 项), nothing between them.
    if (levels.length > 0 && m.index !== end) levels.length = 0;
    levels.push({ name: m[1]!, digits: m[2], level: m[3]! });
    end = m.index + m[0].length;
  }
  if (end !== t.length || levels.length === 0) return null;
  if (levels.some((l, i) => l.level !== LEVELS[i])) return null;
  // One class alone is a function class, read as such elsewhere; a path starts there and goes down.
  if (levels.length === 1 && !levels[0]!.digits) return null;
  const digits = levels.map((l) => l.digits);
  const fullCode =
    digits.every((d) => d !== undefined) && digits[0]!.length === 3 && digits.slice(1).every((d) => d!.length === 2)
      ? digits.join('')
      : undefined;
  const path = levels.map((l) => l.name);
  return { id: 'function-item', name: path.join('/'), path, ...(fullCode ? { code: fullCode } : {}) };
}

/**
 * What the amount after `near` is about. `near` is the text since the last clause break, `wide` the text since the
 * previous amount (for generic labels such as `涉及金额`, whose subject is named earlier in the clause).
 */
export function subjectOf(near: string, wide: string = near, extraClassNames: readonly string[] = []): Subject | null {
  const t = tail(near);
  if (t === '') return null;
  // A project's own funding (该项目…一般公共预算 / 涉及一般公共预算财政拨款 in the 绩效 sections) is not the department's.
  if (/该项目|本项目|此项目|^涉及(一般公共预算|政府性基金|国有资本|财政拨款)/u.test(t)) return null;
  // (含上年结转750万元): a detail of the amount before it, not a total of the document's.
  if (/^[(（]?(含|包含|其中含)/u.test(t)) return null;
  // 上年结转结余的一般公共预算收入: one fund's carry-over, which the tables print apart or not at all.
  if (/上年(结转|结余)/u.test(t) && /(一般公共预算|政府性基金|国有资本经营|财政专户|单位资金)/u.test(t))
    return { id: 'carryover-part', name: t };
  // The item rules on the label, then on it with one wrapping word off its end at a time.
  for (let core = t; core.length > 2; core = core.replace(WRAPPING_WORDS, '')) {
    for (const [id, re] of ITEM_RULES) {
      const m = re.exec(core);
      if (m) return { id, name: m[0] };
    }
    if (!WRAPPING_WORDS.test(core)) break;
  }
  const item = functionItemIn(near);
  if (item) return item;
  const cls = functionClassIn(t, extraClassNames);
  if (cls) return { id: 'function-class', name: cls };
  for (const [id, re] of RULES) {
    const m = re.exec(t);
    if (m) return { id, name: m[0] };
  }
  if (GENERIC_AMOUNT_RE.test(t)) {
    const w = fold(wide);
    const cat = PERF_CATEGORY_RE.exec(w);
    if (cat) return { id: 'perf-category', name: cat[0] };
    if (PERF_SCOPE_RE.test(w)) return { id: 'perf-projects', name: t };
  }
  return null;
}

/** A label that reads like a function class (ends in 支出) but is not one: worth a warning in class lists. */
export function looksLikeClassName(label: string): boolean {
  const t = tail(label);
  return /[\u4e00-\u9fff]{2,}支出$/u.test(t) && !/(基本|项目|当年|本年|预算|一般公共预算)支出$/u.test(t);
}
