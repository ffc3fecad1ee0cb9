/**
 * Narrative (stage 5): every checkable statement in the 情况说明 — amounts, shares (占X%), year-on-year changes
 * (比上年增加/减少Y万元，增长/下降Z%; 持平 / 与上年相同), stated sums (X万元，其中：a，b …) and counts (项目N个) —
 * with its subject, sentence, section and position. Pure text reading: which table value a claim speaks about is
 * link.ts's job, and whether it holds is the checks'. Patterns follow the national template's phrasing, never one
 * document's exact strings.
 */
import Decimal from 'decimal.js';
import type { MoneyUnitName } from '../model/budget-document';
import type { Measure } from '../model/column-roles';
import { findMoney, findPercents } from '../money/narrative';
import { halfUnit } from '../money/rounding';
import { convert } from '../money/unit';
import { fold } from '../recognise/fold';
import { COMPLETION_BEFORE_RE, measureIn } from './measure';
import { type BlockAnchor, locate, type Passage } from './passages';
import { functionItemIn, GRAND_SUBJECTS, PARENT_SUBJECT, type Subject, subjectOf } from './subjects';

/** Where a claim is printed: the ClaimRef shape of lib/checks/finding (text, section, anchor, offsets in the block). */
export interface ClaimPlace {
  text: string;
  section: string | null;
  part: string | null;
  anchor: BlockAnchor;
  start: number;
  end: number;
  /** The whole sentence, for messages. */
  sentence: string;
}

export interface AmountClaim {
  kind: 'amount';
  id: number;
  subject: Subject | null;
  /** Words just before the number (since the last clause break), as printed. */
  label: string;
  value: Decimal;
  unit: MoneyUnitName;
  decimals: number;
  /** The unit as printed (`萬元` is flagged by the perf rules; here it is just read as 万元). */
  rawUnit: string;
  /** True for the Y of `比上年增加Y万元` (a difference, not a level). */
  isDelta: boolean;
  /**
   * The unit as printed when it is a typo the tables show (`28,097.48元` where every table gives 28,097.48 in 万元):
   * `unit` then holds the tables' unit, so the statement is read once, right, and reported once as a typo.
   */
  unitTypo?: MoneyUnitName;
  /**
   * Final accounts only: which of the two figures a 决算 states about one item this is — `budget` for 年初预算为A /
   * 完成预算A, `actual` for 决算为B / 执行数B. Absent where the words name neither (then it is the outturn).
   */
  measure?: Measure;
  place: ClaimPlace;
}

export interface ShareClaim {
  kind: 'share';
  id: number;
  part: AmountClaim;
  /** The amount it is a share of: named after 占 (`占项目支出总额的`) or the head of the list it sits in. */
  whole: AmountClaim | null;
  /** Subject named after 占, when there is one. */
  wholeSubject: Subject | null;
  pct: Decimal;
  pctDecimals: number;
  place: ClaimPlace;
}

export interface ChangeClaim {
  kind: 'change';
  id: number;
  /** This year's amount X. */
  current: AmountClaim | null;
  direction: 'increase' | 'decrease' | 'same';
  /** Y, absent for 持平 / 与上年相同 or a percentage-only change. */
  delta: AmountClaim | null;
  /**
   * Last year's amount where the sentence states it before this year's (`2025年预算执行数为X万元，2026年预算安排Y万元，
   * 比2025年…增加Z%`); null when it only states the change.
   */
  prior: AmountClaim | null;
  pct: Decimal | null;
  pctDecimals: number;
  place: ClaimPlace;
}

export interface SumClaim {
  kind: 'sum';
  id: number;
  total: AmountClaim;
  parts: AmountClaim[];
  /** The list says 等 / 主要 (may not be exhaustive). */
  open: boolean;
  /** The marker that opened the list (其中 / 主要包括 / 主要用于 …). */
  marker: string;
  place: ClaimPlace;
}

export interface CountClaim {
  kind: 'count';
  id: number;
  label: string;
  value: number;
  /** 个 / 人 / 辆 / 家 … */
  measure: string;
  place: ClaimPlace;
}

/**
 * `年初预算为A万元，支出决算为B万元，完成年初预算的C%` (final accounts): C = B ÷ A. Either amount may be left to the
 * tables (`因公出国（境）费决算为B万元，完成预算的C%` — A is the 三公 table's 预算数).
 */
export interface CompletionClaim {
  kind: 'completion';
  id: number;
  subject: Subject | null;
  budget: AmountClaim | null;
  actual: AmountClaim | null;
  pct: Decimal;
  pctDecimals: number;
  /**
   * The text says why the outturn is not the budget (主要原因 / 主要是 / 基本持平 …) in this sentence or the next ones
   * — or needs not: a 绩效自评's 执行率 asks for no reason.
   */
  explained: boolean;
  place: ClaimPlace;
}

export type Claim = AmountClaim | ShareClaim | ChangeClaim | SumClaim | CountClaim | CompletionClaim;

/** `增加（减少）`: the template's wording left as printed, the direction in brackets. */
const BOTH_WAYS = '(?:[(（](?:增加|减少|增长|下降|降低)[)）])?';
const DELTA_BEFORE_RE = new RegExp(
  `(比|较|与|同)(上年|上一年|去年|\\d{4}年|年初)[^，,；;。\\d]{0,10}?(增加|减少|增长|下降|降低|上升|提高|多|少|减)${BOTH_WAYS}了?$`,
  'u',
);
/**
 * An amount right after a verb of change (`事业收入减少16,897.63万元`, in a list of what drove a change) is a
 * difference even without 比上年: never a level, a part or a total.
 */
const LOOSE_DELTA_BEFORE_RE = new RegExp(`(增加|减少|增长|下降|降低|上升|提高|增|减)${BOTH_WAYS}了?$`, 'u');
const PCT_CHANGE_BEFORE_RE = /(增长|下降|增加|减少|降低|上升|提高|增幅|降幅|减幅)(了|为)?$/u;
const SHARE_BEFORE_RE = /占([^，,；;。%％\d]{0,24}?)(的)?(比重|比例)?(为)?$/u;
const SAME_RE = /(与|同|和)(上年|上一年|去年|\d{4}年)[^，,；;。]{0,8}?(相同|持平|一致)|持平/u;
const MARKER_RE = /(其中|主要包括|主要用于(以下方面)?|具体包括|包括|分别为|分别是|分别用于)[:：]?/u;
const REASON_RE = /(主要)?原因(是|为|：|:)/u;
const COUNT_RE = /(?<![0-9.．])([0-9]{1,5})\s*(个|人|辆|家|名|项)(?![0-9元万])/gu;

interface Sentence {
  start: number;
  text: string;
}

function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '。' || i === text.length - 1) {
      const s = text.slice(start, i + 1);
      if (s.trim() !== '') out.push({ start, text: s });
      start = i + 1;
    }
  }
  return out;
}

const BREAK_CHARS = new Set(['，', ',', '、', '；', ';', '：', ':', '。', '\n']);

/** Index of the last clause break before `before` (−1 when none); scans back, so long texts stay linear. */
function lastBreak(s: string, before: number): number {
  for (let i = before - 1; i >= 0; i--) if (BREAK_CHARS.has(s[i] as string)) return i;
  return -1;
}

function directionOf(word: string): 'increase' | 'decrease' {
  return /减少|下降|降低|少|减|降幅|减幅/u.test(word) ? 'decrease' : 'increase';
}

interface Ctx {
  p: Passage;
  nextId: () => number;
  classNames: readonly string[];
  /** The document is a 决算: amounts carry a measure (预算 / 决算) and 完成预算的C% is read. */
  final: boolean;
  /**
   * Final accounts: the item the passage is speaking about (the last numbered 科目 heading), for an amount whose
   * words are only its measure (`年初预算为A万元，支出决算为B万元`) in a sentence that names no subject itself.
   */
  topic: Subject | null;
}

function place(ctx: Ctx, sent: Sentence, start: number, end: number): ClaimPlace {
  const a = sent.start + start;
  const b = sent.start + end;
  const loc = locate(ctx.p, a, b);
  return {
    text: ctx.p.text.slice(a, b),
    section: ctx.p.section,
    part: ctx.p.part,
    anchor: loc.anchor,
    start: loc.start,
    end: loc.end,
    sentence: sent.text.trim(),
  };
}

interface SentenceClaims {
  amounts: AmountClaim[];
  claims: Claim[];
  /** The amount a list opened by this sentence sums to (carried to a following `其中：` sentence). */
  listHead: AmountClaim | null;
}

function readSentence(ctx: Ctx, sent: Sentence, prev: SentenceClaims | null): SentenceClaims {
  const s = sent.text;
  const claims: Claim[] = [];
  const money = findMoney(s);
  // `1、一般公共服务支出（类）财政事务（款）行政运行（项）。` heads the item the next sentences' 预算/决算 speak of.
  if (ctx.final && money.length === 0) {
    const item = functionItemIn(s.replace(/[。\s]+$/u, ''));
    if (item) ctx.topic = item;
  }
  const amounts: AmountClaim[] = [];
  const pos = new Map<AmountClaim, { at: number; end: number }>();
  const loose = new Set<AmountClaim>();
  const indexIn = (_s: string, a: AmountClaim): number => pos.get(a)?.at ?? -1;
  const endOf = (a: AmountClaim): number => pos.get(a)?.end ?? -1;
  let prevEnd = 0;
  // The sentence's last subject, for a 决算为B whose item the clause before named (`…年初预算为A，支出决算为B`).
  let local: Subject | null = null;
  for (const m of money) {
    const brk = lastBreak(s, m.start);
    const near = s.slice(Math.max(brk + 1, prevEnd), m.start);
    const wide = s.slice(prevEnd, m.start);
    const before = s.slice(Math.max(0, m.start - 24), m.start);
    const comparative = DELTA_BEFORE_RE.test(fold(before));
    const isDelta = comparative || LOOSE_DELTA_BEFORE_RE.test(fold(s.slice(Math.max(brk + 1, prevEnd), m.start)));
    // `收入、支出决算总计` / `收、支总计`: the two halves of one subject, which the clause break after 收入 cuts apart.
    const pair = s[brk] === '、' && /收入?$/u.test(s.slice(Math.max(0, brk - 2), brk)) && /^\s*支/u.test(near);
    const label = pair ? `收入${near.trimStart()}` : near;
    const measured = ctx.final && !isDelta ? measureIn(label) : null;
    let subject = isDelta ? null : subjectOf(measured ? measured.core : label, wide, ctx.classNames);
    if (measured && !subject && measured.bare) subject = local ?? ctx.topic;
    if (subject) local = subject;
    const a: AmountClaim = {
      kind: 'amount',
      id: ctx.nextId(),
      subject,
      ...(measured ? { measure: measured.measure } : {}),
      label: near.trim(),
      value: m.value,
      unit: m.unit,
      decimals: m.decimals,
      rawUnit: m.raw.replace(/^[0-9０-９.,，．\s]+/u, ''),
      isDelta,
      place: place(ctx, sent, Math.max(brk + 1, prevEnd, m.start - near.trimStart().length), m.end),
    };
    amounts.push(a);
    if (isDelta && !comparative) loose.add(a);
    pos.set(a, { at: m.start, end: m.end });
    prevEnd = m.end;
  }
  const levels = amounts.filter((a) => !a.isDelta);
  const head = levels[0] ?? null;
  const startsWithList = MARKER_RE.exec(s.trimStart());
  const firstAt = amounts[0] ? (pos.get(amounts[0])?.at ?? s.length) : s.length;
  const leadsWithList = startsWithList !== null && startsWithList.index <= 8 && startsWithList.index < firstAt;
  const inheritedHead = leadsWithList ? (prev?.listHead ?? null) : null;

  // Changes: a delta amount, and/or a percentage after 增长/下降.
  const pcts = findPercents(s);
  const usedPct = new Set<number>();
  if (ctx.final) claims.push(...completions(ctx, sent, amounts, pcts, usedPct, indexIn, endOf));
  for (const d of amounts.filter((a) => a.isDelta && !loose.has(a))) {
    const dirWord = fold(s.slice(Math.max(0, indexIn(s, d) - 6), indexIn(s, d)));
    const after = s.slice(endOf(d));
    const pctIdx = pcts.findIndex((q) => {
      const at = q.start - endOf(d);
      return at >= 0 && at <= 12 && PCT_CHANGE_BEFORE_RE.test(fold(after.slice(0, at)));
    });
    const pct = pctIdx >= 0 ? pcts[pctIdx] : undefined;
    if (pctIdx >= 0) usedPct.add(pctIdx);
    const current = pickCurrent(s, levels, d, indexIn, endOf);
    const startAt = current ? indexIn(s, current) : indexIn(s, d);
    const endAt = pct ? pct.end : endOf(d);
    claims.push({
      kind: 'change',
      id: ctx.nextId(),
      current,
      direction: directionOf(dirWord),
      delta: d,
      prior: current ? statedPrior(s, levels, current, indexIn) : null,
      pct: pct?.value ?? null,
      pctDecimals: pct?.decimals ?? 0,
      place: place(ctx, sent, startAt, endAt),
    });
  }
  // Percentage-only changes (`下降5%` with no amount) and 持平.
  pcts.forEach((q, i) => {
    if (usedPct.has(i)) return;
    const before = fold(s.slice(Math.max(0, q.start - 14), q.start));
    if (!PCT_CHANGE_BEFORE_RE.test(before) || !/(比|较|同比|与)/u.test(before)) return;
    const earlier = levels.filter((a) => indexIn(s, a) < q.start);
    const current = earlier[earlier.length - 1] ?? null;
    usedPct.add(i);
    claims.push({
      kind: 'change',
      id: ctx.nextId(),
      current,
      direction: directionOf(before),
      delta: null,
      prior: current ? statedPrior(s, levels, current, indexIn) : null,
      pct: q.value,
      pctDecimals: q.decimals,
      place: place(ctx, sent, current ? indexIn(s, current) : q.start, q.end),
    });
  });
  for (const m of s.matchAll(new RegExp(SAME_RE.source, 'gu'))) {
    const earlier = levels.filter((a) => indexIn(s, a) < m.index);
    const current = earlier[earlier.length - 1] ?? null;
    if (!current) continue;
    claims.push({
      kind: 'change',
      id: ctx.nextId(),
      current,
      direction: 'same',
      delta: null,
      prior: statedPrior(s, levels, current, indexIn),
      pct: null,
      pctDecimals: 0,
      place: place(ctx, sent, indexIn(s, current), m.index + m[0].length),
    });
  }

  // Shares: 占X% after an amount.
  pcts.forEach((q, i) => {
    if (usedPct.has(i)) return;
    const before = s.slice(Math.max(0, q.start - 30), q.start);
    const m = SHARE_BEFORE_RE.exec(before);
    if (!m) return;
    const earlier = levels.filter((a) => indexIn(s, a) < q.start);
    const part = earlier[earlier.length - 1];
    if (!part) return;
    const wholeLabel = (m[1] ?? '').trim();
    const wholeSubject = wholeLabel ? subjectOf(wholeLabel, wholeLabel, ctx.classNames) : null;
    const listHead = head && head !== part ? head : (inheritedHead ?? null);
    claims.push({
      kind: 'share',
      id: ctx.nextId(),
      part,
      whole: wholeSubject ? null : listHead,
      wholeSubject,
      pct: q.value,
      pctDecimals: q.decimals,
      place: place(ctx, sent, indexIn(s, part), q.end),
    });
  });

  // Stated sums: head amount, a list marker, then the parts.
  let listHead: AmountClaim | null = null;
  for (const marker of findMarkers(s, levels, inheritedHead, indexIn, endOf)) {
    listHead ??= marker.head;
    const parts: AmountClaim[] = [];
    const tailText = s.slice(marker.at);
    const reason = REASON_RE.exec(tailText);
    const nested = /其中/u.exec(tailText.slice(marker.text.length));
    // `2万元（其中政府采购2万元）`: a list opened inside brackets ends at the closing bracket.
    const bracketed = /[（(]\s*$/u.test(s.slice(0, marker.at));
    const close = bracketed ? s.slice(marker.at).search(/[)）]/u) : -1;
    // A 主要用于 that describes the uses in words (…的国际旅费、住宿费等支出；公务用车…X万元) lists no parts: what
    // follows its semicolon is the paragraph's next item, not a use of this amount.
    const semiAt = /用于/u.test(marker.text) ? tailText.slice(marker.text.length).search(/[；;]/u) : -1;
    const semiAbs = semiAt >= 0 ? marker.at + marker.text.length + semiAt : -1;
    const described =
      semiAbs >= 0 && !levels.some((a) => indexIn(s, a) > marker.at && indexIn(s, a) < semiAbs && a !== marker.head);
    const semi = described ? semiAt : -1;
    const stopAt = Math.min(
      semi >= 0 ? marker.at + marker.text.length + semi : s.length,
      reason ? marker.at + reason.index : s.length,
      nested ? marker.at + marker.text.length + nested.index : s.length,
      close >= 0 ? marker.at + close : s.length,
    );
    let prevEnd = marker.at + marker.text.length;
    for (const a of levels) {
      const at = indexIn(s, a);
      if (at < marker.at || at >= stopAt || a === marker.head) continue;
      // `公用经费13万元，包含公务用车运行维护费1.95万元`: a sub-item of the previous part, not a part.
      const gapText = s.slice(prevEnd, at);
      prevEnd = endOf(a);
      // Inside brackets opened after the marker: a breakdown of the previous part (`基本支出a（人员经费b、公用经费c）`).
      const opened = (s.slice(marker.at + marker.text.length, at).match(/[（(]/gu) ?? []).length;
      const closed = (s.slice(marker.at + marker.text.length, at).match(/[)）]/gu) ?? []).length;
      if (opened > closed && parts.length > 0) continue;
      const clause = gapText.split(/[，,；;。]/u).pop() ?? '';
      if (/^\s*(包含|其中含|含有|其中)/u.test(clause) && parts.length > 0) continue;
      if (a.subject && GRAND_SUBJECTS.has(a.subject.id)) break;
      // 决算为B万元，完成预算A万元: the budget beside each outturn is no part of the outturn's total.
      if ((a.measure ?? 'actual') !== (marker.head.measure ?? 'actual')) continue;
      // An amount with no words of its own (`人员经费138.06万元，124.13万元`): the list cannot be read as parts.
      if (/^[\s，,、；;：:]*$/u.test(gapText) && parts.length > 0) {
        parts.length = 0;
        break;
      }
      if (
        a.subject &&
        marker.head.subject &&
        a.subject.id === marker.head.subject.id &&
        a.subject.id !== 'function-class'
      )
        break;
      parts.push(a);
    }
    const ids = new Set(parts.map((a) => a.subject?.id));
    const kept = parts.filter((a) => {
      const parent = a.subject ? PARENT_SUBJECT[a.subject.id] : undefined;
      return !(parent && ids.has(parent));
    });
    // Two breakdowns of one total in one sentence (`其中：a，b，c；d，e`): split where both halves add up to it.
    const groups = splitBreakdowns(marker.head, kept);
    for (const kept of groups) {
      if (kept.length < 2) continue;
      const last = kept[kept.length - 1] as AmountClaim;
      const after = s.slice(endOf(last)).replace(/^[，,]?\s*占[^，,；;。]{0,24}?[0-9.]+\s*[%％]/u, '');
      const open = /^\s*等/u.test(after) || /主要/u.test(marker.text);
      const fromSameSentence = indexIn(s, marker.head) >= 0;
      claims.push({
        kind: 'sum',
        id: ctx.nextId(),
        total: marker.head,
        parts: kept,
        open,
        marker: marker.text.replace(/[:：]$/u, ''),
        place: place(ctx, sent, fromSameSentence ? indexIn(s, marker.head) : marker.at, endOf(last)),
      });
    }
  }

  // Counts (项目N个, N人): with the words before them.
  for (const m of s.matchAll(COUNT_RE)) {
    const brk = lastBreak(s, m.index);
    const label = s.slice(brk + 1, m.index).trim();
    if (label === '' || /[年月日第]$/u.test(label)) continue;
    claims.push({
      kind: 'count',
      id: ctx.nextId(),
      label,
      value: Number(m[1]),
      measure: m[2] ?? '',
      place: place(ctx, sent, brk + 1, m.index + m[0].length),
    });
  }
  // The head a following `其中：` sentence refers to: this sentence's list head, else its last level amount.
  const carry = listHead ?? (inheritedHead && leadsWithList ? inheritedHead : (levels[levels.length - 1] ?? null));
  return { amounts, claims: [...amounts, ...claims], listHead: carry };
}

type IndexIn = (s: string, a: AmountClaim) => number;

/**
 * `…完成（年初）预算的C%` / `完成预算A万元的C%` / `预算完成率C%`: each with the 预算 and 决算 amounts stated in its
 * clause run (since the previous completion or semicolon); the percentages it takes are not read as anything else.
 */
function completions(
  ctx: Ctx,
  sent: Sentence,
  amounts: readonly AmountClaim[],
  pcts: ReturnType<typeof findPercents>,
  used: Set<number>,
  indexIn: IndexIn,
  endOf: (a: AmountClaim) => number,
): CompletionClaim[] {
  const s = sent.text;
  const out: CompletionClaim[] = [];
  let from = 0;
  let lastRun: AmountClaim[] = [];
  pcts.forEach((q, i) => {
    const before = fold(s.slice(Math.max(from, q.start - 16), q.start));
    const inClause = amounts.filter((a) => !a.isDelta && indexIn(s, a) >= from && endOf(a) <= q.start);
    const last = inClause[inClause.length - 1];
    // 完成预算A万元的C%: the budget sits between the words and the percentage.
    const inner =
      last?.measure === 'budget' && /^的?$/u.test(fold(s.slice(endOf(last), q.start))) && /完成/u.test(fold(last.label))
        ? last
        : null;
    if (!inner && !COMPLETION_BEFORE_RE.test(before)) return;
    const semi = Math.max(s.lastIndexOf('；', q.start), s.lastIndexOf(';', q.start));
    // A second rate of the same figures (…完成年初预算的108%，完成调整预算的90%) reads the amounts before the first.
    const own = inClause.filter((a) => indexIn(s, a) > semi);
    const run = own.length > 0 || semi > from ? own : lastRun;
    lastRun = run;
    // The budget the rate names (完成年初预算 / 完成调整预算 / 全年预算) where the sentence states several.
    const which = /年初|调整|全年/u.exec(before)?.[0];
    const budgets = [...run].reverse().filter((a) => a.measure === 'budget');
    const budget =
      inner ?? budgets.find((a) => which !== undefined && fold(a.label).includes(which)) ?? budgets[0] ?? null;
    const actual = [...run].reverse().find((a) => a.measure === 'actual') ?? null;
    const subject = actual?.subject ?? budget?.subject ?? null;
    used.add(i);
    from = q.end;
    if (!budget && !actual) return;
    const first = [budget, actual]
      .filter((a): a is AmountClaim => a !== null)
      .sort((a, b) => indexIn(s, a) - indexIn(s, b))[0]!;
    // What follows, up to the next numbered item: 决算数小于预算数的主要原因… / 决算数与预算数基本持平.
    const rest = ctx.p.text.slice(sent.start + q.end, sent.start + sent.text.length + EXPLAIN_WINDOW);
    const upTo = rest.search(/\n\s*(?:\d+|[一二三四五六七八九十]+)[、.．]/u);
    // A 执行率 / 完成率 of a 绩效自评 is a score's input, not a 决算 item: the template asks no reason there.
    const explained = /执行率|完成率/u.test(before) || EXPLAINED_RE.test(fold(upTo >= 0 ? rest.slice(0, upTo) : rest));
    out.push({
      kind: 'completion',
      id: ctx.nextId(),
      subject,
      budget,
      actual,
      pct: q.value,
      pctDecimals: q.decimals,
      explained,
      place: place(ctx, sent, indexIn(s, first), q.end),
    });
  });
  return out;
}

/** How far after a completion rate the text may give its reason (the 三公 paragraph lists its items first). */
const EXPLAIN_WINDOW = 320;
const EXPLAINED_RE = /原因|主要是|主要由于|由于|因为|主要情况|持平|一致|相符|相同/u;

function halfOf(a: AmountClaim): Decimal {
  return convert(halfUnit(a.decimals), a.unit, '元');
}

function yuan(a: AmountClaim): Decimal {
  return convert(a.value, a.unit, '元');
}

/** Splits a part list into consecutive groups that each add up to the head (within rounding); else one group. */
function splitBreakdowns(head: AmountClaim, parts: readonly AmountClaim[]): AmountClaim[][] {
  const fits = (g: readonly AmountClaim[]) => {
    const sum = g.reduce((acc, p) => acc.plus(yuan(p)), new Decimal(0));
    const tol = g.reduce((acc, p) => acc.plus(halfOf(p)), halfOf(head));
    return sum.minus(yuan(head)).abs().lte(tol);
  };
  if (fits(parts)) return [[...parts]];
  for (let i = 2; i <= parts.length - 2; i++) {
    const a = parts.slice(0, i);
    const b = parts.slice(i);
    if (fits(a) && fits(b)) return [a, b];
  }
  return [[...parts]];
}

/**
 * This year's amount X a change speaks about: the nearest amount before it, unless the change closes a
 * `总计X，其中：a，b，比上年减少Y` clause — then it is the total the 其中 list hangs from.
 */
const YEAR_OF_RE = /(\d{4})年/u;
const PRIOR_WORD_RE = /上年|上一年|去年|前一年/u;
const CURRENT_WORD_RE = /本年|今年|当年预算安排|\d{4}年(度)?(预算|部门预算)?(安排|预算数|收入|支出)/u;

/**
 * The amount stated for last year just before this year's, in the same clause chain: its label names the year before
 * this one's (2025年 … 2026年) or 上年 where this one's does not. Nothing else is taken for a prior.
 */
function statedPrior(
  s: string,
  levels: readonly AmountClaim[],
  current: AmountClaim,
  indexIn: IndexIn,
): AmountClaim | null {
  const at = indexIn(s, current);
  const before = levels.filter((a) => indexIn(s, a) >= 0 && indexIn(s, a) < at);
  const cand = before[before.length - 1];
  if (!cand || cand.unit !== current.unit) return null;
  if (/[。；;]/u.test(s.slice(indexIn(s, cand), at))) return null;
  const py = YEAR_OF_RE.exec(fold(cand.label))?.[1];
  const cy = YEAR_OF_RE.exec(fold(current.label))?.[1];
  if (py && cy) return Number(py) === Number(cy) - 1 ? cand : null;
  const p = fold(cand.label);
  const c = fold(current.label);
  return PRIOR_WORD_RE.test(p) && !PRIOR_WORD_RE.test(c) && (cy !== undefined || CURRENT_WORD_RE.test(c)) ? cand : null;
}

function pickCurrent(
  s: string,
  levels: readonly AmountClaim[],
  delta: AmountClaim,
  indexIn: IndexIn,
  endOf: (a: AmountClaim) => number,
): AmountClaim | null {
  const at = indexIn(s, delta);
  const before = levels.filter((a) => indexIn(s, a) >= 0 && indexIn(s, a) < at);
  const nearest = before[before.length - 1] ?? null;
  const seg = s.slice(0, at);
  // A change opening a clause of its own (`…；收入比上年减少Y`) speaks of the sentence's head, not the last item.
  if (nearest && /[；;]/u.test(s.slice(endOf(nearest), at))) return before[0] ?? nearest;
  const k = seg.lastIndexOf('其中');
  if (k < 0 || /[；;]/u.test(seg.slice(k))) return nearest;
  const heads = before.filter((a) => endOf(a) <= k && k - endOf(a) <= 12);
  return heads[heads.length - 1] ?? nearest;
}

function findMarkers(
  s: string,
  levels: readonly AmountClaim[],
  inherited: AmountClaim | null,
  indexIn: IndexIn,
  endOf: (a: AmountClaim) => number,
): { head: AmountClaim; at: number; text: string }[] {
  const out: { head: AmountClaim; at: number; text: string }[] = [];
  const re = new RegExp(MARKER_RE.source, 'gu');
  for (const m of s.matchAll(re)) {
    const before = levels.filter((a) => indexIn(s, a) >= 0 && indexIn(s, a) < m.index);
    const head = before[before.length - 1] ?? (m.index <= 8 ? inherited : null);
    if (!head) continue;
    // The marker must follow its head closely (`X万元，其中：`), not sit after unrelated clauses.
    const gap = indexIn(s, head) >= 0 ? s.slice(endOf(head), m.index) : '';
    // …and within its clause: `上年结转X万元；支出包括：` lists the spending, not parts of X.
    if (gap.length > 12 || /[；;。]/u.test(gap)) continue;
    out.push({ head, at: m.index, text: m[0] });
  }
  return out;
}

/**
 * Every claim in the passages, in text order. `classNames` adds the function-class names the document's tables
 * print (so a class outside the standard list still reads as a class).
 */
export function extractClaims(
  passages: readonly Passage[],
  classNames: readonly string[] = [],
  opts: { final?: boolean } = {},
): Claim[] {
  let n = 0;
  const out: Claim[] = [];
  for (const p of passages) {
    const ctx: Ctx = { p, nextId: () => n++, classNames, final: opts.final ?? false, topic: null };
    let prev: SentenceClaims | null = null;
    for (const sent of sentences(p.text)) {
      const r = readSentence(ctx, sent, prev);
      out.push(...r.claims);
      prev = r;
    }
  }
  return out;
}
