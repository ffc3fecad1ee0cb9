/**
 * Narrative (stage 5) vocabulary of final accounts: a 决算 states two figures for one item — what the budget said
 * (年初预算为A / 全年预算数A / 完成预算A) and what was spent (支出决算为B / 执行数B) — and how far one is of the other
 * (完成年初预算的C%). Reads the words before an amount; the subject is the rest of them (subjects.ts).
 */
import type { Measure } from '../model/column-roles';
import { fold } from '../recognise/fold';

const BUDGET_RE = /(完成)?(年初|全年|调整后?的?)?(?<!一般公共|政府性基金|国有资本经营)预算(数|金额)?(为|是)?[:：]?$/u;
const ACTUAL_RE = /决算(数|金额)?(为|是)?[:：]?$|(全年)?(实际)?执行数(为|是)?[:：]?$|实际支出(为|是)?[:：]?$/u;
/** What may stand between the subject and its measure words and still leave the label bare (`支出` `财政拨款支出`). */
const FILLER_RE = /^(其中|的|支出|财政拨款支出|财政拨款)?$/u;

/** The measure a label ends with, the label without it, and whether nothing else names the item (`支出决算为`). */
export function measureIn(label: string): { measure: Measure; core: string; bare: boolean } | null {
  const t = fold(label);
  const actual = ACTUAL_RE.exec(t);
  const budget = actual ? null : BUDGET_RE.exec(t);
  const m = actual ?? budget;
  if (!m) return null;
  const core = t.slice(0, m.index);
  return { measure: actual ? 'actual' : 'budget', core, bare: FILLER_RE.test(core) };
}

/** The words right before a completion percentage: 完成（年初）预算的 / 预算完成率为 / 执行率 / 为年初预算的. */
export const COMPLETION_BEFORE_RE =
  /完成(了)?(年初|全年|调整)?预算(数)?(的)?$|(预算)?完成率(为|是)?$|(预算)?执行率(为|是)?$|为(年初|全年)?预算(数)?的$/u;
