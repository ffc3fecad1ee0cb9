/**
 * Narrative (stage 5): amounts inside a 绩效目标表's free text (项目概况, 立项依据 …) that must agree with each other or
 * with the form's own 年度资金总额 — `350万元，其中：288.7 + 11 + 3.9 + 40.4`, `预算234万元，资金主要用于：1、…55万元；
 * 2、…`, `工作经费约222.95万元` against 2,180,000元, and 萬元 printed where 元 was meant. It returns what it read
 * (totals, parts, positions); judging is the rule's job. Text is folded traditional → simplified first (same offsets).
 */
import Decimal from 'decimal.js';
import { findMoney, type MoneyMention } from '../money/narrative';
import { convert } from '../money/unit';
import { type AmountClaim, extractClaims } from './claims';
import type { Passage } from './passages';
import { simplify } from './simplify';

export interface TextAmount {
  value: Decimal;
  decimals: number;
  /** 万元 or 元 (萬元 read as 万元). */
  unit: '元' | '万元' | '亿元';
  /** As printed, e.g. `38750萬元`. */
  raw: string;
  start: number;
  end: number;
}

/** A stated total and the parts the same text lists for it. */
export interface TextSum {
  kind: 'list' | 'items' | 'labelled';
  total: TextAmount | null;
  parts: TextAmount[];
  /** [start, end) of the statement in the text. */
  start: number;
  end: number;
}

function fromMention(m: MoneyMention): TextAmount {
  return { value: m.value, decimals: m.decimals, unit: m.unit, raw: m.raw, start: m.start, end: m.end };
}

/** The mention a claim was read from (a one-piece passage: claim offsets are text offsets). */
function fromClaim(a: AmountClaim, amounts: readonly TextAmount[]): TextAmount {
  const hit = amounts.find((m) => m.end === a.place.end);
  if (hit) return hit;
  const raw = `${a.value.toFixed(a.decimals)}${a.rawUnit}`;
  return { value: a.value, decimals: a.decimals, unit: a.unit, raw, start: a.place.end - raw.length, end: a.place.end };
}

function onePassage(text: string): Passage {
  return { section: null, part: null, text, pieces: [{ start: 0, length: text.length, anchor: null, blockOffset: 0 }] };
}

const HEAD_LABEL_RE = /(经费|资金|预算|费用|总额|共计|合计)(约|为|共计|总计)?$/u;
const USE_MARKER_RE = /^[，,]?\s*(资金)?(主要)?用于[:：]|^[，,]?\s*(其中|具体如下|明细如下|分别(是|为))[:：]?/u;
const ITEM_SPLIT_RE = /(?:^|[;；。:：])\s*[0-9]{1,2}[、.．)）](?![0-9])/gu;

/** `X万元，资金主要用于：1、…a万元；2、…b万元` — the numbered items each contribute their 共计 amount or their 万元 amounts. */
function numberedItems(text: string, amounts: readonly TextAmount[]): TextSum[] {
  const out: TextSum[] = [];
  for (const head of amounts) {
    if (head.unit === '元') continue;
    const before = text.slice(Math.max(0, head.start - 12), head.start);
    const after = text.slice(head.end, head.end + 16);
    if (!HEAD_LABEL_RE.test(before.replace(/[约為为共计]+$/u, '').trim() || before) || !USE_MARKER_RE.test(after))
      continue;
    const rest = text.slice(head.end);
    const marks = [...rest.matchAll(ITEM_SPLIT_RE)].map((m) => head.end + m.index + m[0].length);
    // The numbered list must open right after the head (`234万元，资金主要用于：1、`), not later in the text.
    if (marks.length < 2 || (marks[0] as number) - head.end > 20) continue;
    // The list ends at the sentence after the last item, or where a second head-like total starts.
    const parts: TextAmount[] = [];
    let end = head.end;
    for (let i = 0; i < marks.length; i++) {
      const s = marks[i] as number;
      const e = i + 1 < marks.length ? (marks[i + 1] as number) : text.length;
      const inItem = amounts.filter((a) => a.start >= s && a.end <= e && a.unit !== '元');
      if (inItem.length === 0) continue;
      const segment = text.slice(s, e);
      const totalAt = /(共计|合计|小计|总计)约?/u.exec(segment);
      const chosen = totalAt ? inItem.filter((a) => a.start >= s + totalAt.index).slice(0, 1) : inItem;
      parts.push(...(chosen.length > 0 ? chosen : inItem));
      end = e;
    }
    if (parts.length >= 2) out.push({ kind: 'items', total: head, parts, start: head.start, end });
  }
  return out;
}

/** Sums a text states: 其中 / 分别是 lists (as in the narrative) and numbered item lists. */
export function textSums(rawText: string): TextSum[] {
  if (!rawText.includes('元')) return []; // every amount is written with its unit (findMoney)
  const text = simplify(rawText);
  const amounts = findMoney(text).map(fromMention);
  // A stated sum is a total and at least two parts: fewer amounts hold none (and reading the sentences costs).
  if (amounts.length < 3) return [];
  const out: TextSum[] = [];
  for (const c of extractClaims([onePassage(text)])) {
    if (c.kind !== 'sum') continue;
    const total = fromClaim(c.total, amounts);
    // Rates in 元 (`每人每天100元`, `4500元/人/月`) inside a 万元 list are details, not parts.
    const parts = c.parts.filter((p) => !(p.unit === '元' && c.total.unit !== '元')).map((p) => fromClaim(p, amounts));
    if (parts.length < 2) continue;
    out.push({
      kind: 'list',
      total,
      parts,
      start: total.start,
      end: Math.max(...parts.map((p) => p.end)),
    });
  }
  // `运转经费a万元、劳务费b万元，共计c万元`: the total after its parts, in one sentence.
  for (const s of trailingTotals(text, amounts)) if (!out.some((o) => o.total?.start === s.total?.start)) out.push(s);
  // A numbered list runs across sentences; where both readings exist, the numbered one is the whole list.
  for (const s of numberedItems(text, amounts)) {
    const i = out.findIndex((o) => o.total && s.total && o.total.start === s.total.start);
    if (i >= 0) out[i] = s;
    else out.push(s);
  }
  return out;
}

const TRAILING_TOTAL_RE = /(共计|合计|总计|小计)(约|为)?[:：]?\s*$/u;

/** A total printed after its parts (`a万元、b万元，共计c万元`): the amounts of the same sentence before it, in its unit. */
function trailingTotals(text: string, amounts: readonly TextAmount[]): TextSum[] {
  const out: TextSum[] = [];
  for (const total of amounts) {
    if (!TRAILING_TOTAL_RE.test(text.slice(Math.max(0, total.start - 6), total.start))) continue;
    const sentenceStart = Math.max(text.lastIndexOf('。', total.start), text.lastIndexOf('；', total.start)) + 1;
    const parts = amounts.filter((a) => a.start >= sentenceStart && a.end <= total.start && a.unit === total.unit);
    if (parts.length >= 2) out.push({ kind: 'list', total, parts, start: parts[0]!.start, end: total.end });
  }
  return out;
}

/**
 * The project's money as the text states it, to compare with 年度资金总额: a head amount that opens a use list
 * (`工作经费约222.95万元，资金主要用于`), else the amounts the text labels as this project's budget (`预算资金40万元`
 * … `预算资金10万元`, `主要用于日常公用经费16万元和人员费用10万元`), summed.
 */
export function statedProjectMoney(rawText: string, composition = false): TextSum | null {
  if (!rawText.includes('元')) return null;
  const text = simplify(rawText);
  const amounts = findMoney(text)
    .map(fromMention)
    .filter((a) => a.unit !== '元');
  // A 资金支出构成 cell lists the project's money item by item (`运转经费a万元、劳务费b万元`), with its total or not.
  if (composition && amounts.length >= 2) {
    const total = trailingTotals(text, amounts).at(-1);
    if (total)
      return { kind: 'labelled', total: total.total, parts: [total.total!], start: total.start, end: total.end };
    return { kind: 'labelled', total: null, parts: amounts, start: amounts[0]!.start, end: amounts.at(-1)!.end };
  }
  for (const a of amounts) {
    const before = text.slice(Math.max(0, a.start - 12), a.start).replace(/[约为共计]+$/u, '');
    const after = text.slice(a.end, a.end + 16);
    if (/(工作经费|项目经费|经费|预算资金|项目资金|资金)$/u.test(before) && USE_MARKER_RE.test(after))
      return { kind: 'labelled', total: a, parts: [a], start: a.start, end: a.end };
  }
  const labelled = amounts.filter((a) => /预算资金约?$/u.test(text.slice(Math.max(0, a.start - 8), a.start)));
  if (labelled.length >= 2)
    return {
      kind: 'labelled',
      total: null,
      parts: labelled,
      start: labelled[0]?.start ?? 0,
      end: labelled.at(-1)?.end ?? 0,
    };
  const use = /主要用于[:：]?/u.exec(text);
  if (use) {
    const sentenceEnd = text.indexOf('。', use.index);
    const stop = sentenceEnd < 0 ? text.length : sentenceEnd;
    const inUse = amounts.filter((a) => a.start > use.index && a.end <= stop);
    const before = amounts.filter((a) => a.end <= use.index);
    if (inUse.length >= 2 && before.length === 0)
      return { kind: 'labelled', total: null, parts: inUse, start: use.index, end: inUse.at(-1)?.end ?? stop };
  }
  return null;
}

/** Amounts in 万元/萬元 larger than `ceiling` (万元): almost always 元 written with the wrong unit. */
export function implausibleWan(rawText: string, ceiling: Decimal): TextAmount[] {
  if (!rawText.includes('元')) return [];
  const text = simplify(rawText);
  return findMoney(text)
    .map(fromMention)
    .filter((a) => a.unit === '万元' && a.value.gt(ceiling))
    .map((a) => ({ ...a, raw: rawText.slice(a.start, a.end) }));
}

/** Σ parts in 万元. */
export function partsSum(parts: readonly TextAmount[]): Decimal {
  return parts.reduce((acc, p) => acc.plus(convert(p.value, p.unit, '万元')), new Decimal(0));
}
