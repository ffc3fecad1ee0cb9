/**
 * Test infrastructure (synthetic document generator): plants one defect in a generated document's narrative — a
 * number that is wrong in a 预算编制说明 item, or a defect of form an inspector records (wrong year, 部门/单位 mixed,
 * an outdated 科目 name, an empty reason, punctuation, a placeholder, an unfinished sentence, a character that does
 * not display), or in the 绩效目标表's 资金支出构成 text (items that no longer add up). Each is recorded with `marker`: a stretch of the changed sentence as printed, by which the test finds
 * the finding that names it. The budget truth is never touched.
 */
import Decimal from 'decimal.js';
import type { GeneratedDoc, Injection } from './document';
import { type Block, type Claim, fmtNarr } from './narrative';
import type { Rng } from './prng';

export const TEXT_KINDS = [
  'item-amount',
  'item-twice',
  'prior-rate',
  'direction',
  'same',
  'compare-year',
  'self-scope',
  'outdated-name',
  'empty-reason',
  'punctuation',
  'placeholder',
  'unfinished',
  'undisplayable',
  'perf-composition',
] as const;
export type TextKind = (typeof TEXT_KINDS)[number];

/** Names the national 政府收支分类科目 used for these classes before 2019 (lib/recognise/official-names.ts). */
const OUTDATED: Record<string, string> = {
  '207': '文化体育与传媒支出',
  '210': '医疗卫生与计划生育支出',
  '220': '国土海洋气象等支出',
  '224': '粮油物资储备支出',
};

const none = { table: null, row: null, col: null, html: null } as const;

function blockWith(doc: GeneratedDoc, re: RegExp): [number, Block] {
  const i = doc.blocks.findIndex((b) => re.test(b.text));
  const b = doc.blocks[i];
  if (!b) throw new Error(`no narrative block matches ${re}`);
  return [i, b];
}

/** Replaces `from` (its first occurrence, or the n-th) in block i; throws where it is not printed. */
function replaceIn(doc: GeneratedDoc, i: number, from: string, to: string, nth = 0): void {
  const b = doc.blocks[i] as Block;
  let at = -1;
  for (let k = 0; k <= nth; k++) at = b.text.indexOf(from, at + 1);
  if (at < 0) throw new Error(`"${from}" not in block ${i}`);
  b.text = b.text.slice(0, at) + to + b.text.slice(at + from.length);
}

/** One digit of a printed amount or rate changed (never the leading digit to 0). */
function otherDigits(text: string, rng: Rng): string {
  const positions = [...text].flatMap((ch, i) => (/\d/.test(ch) ? [i] : []));
  const i = rng.pick(positions);
  const old = text[i] as string;
  const choices = '0123456789'.split('').filter((d) => d !== old && !(i === positions[0] && d === '0'));
  return text.slice(0, i) + rng.pick(choices) + text.slice(i + 1);
}

export function injectText(out: GeneratedDoc, kind: TextKind, rng: Rng): Injection & { marker: string } {
  const y = out.spec.year;
  const items = out.claims.filter((c) => c.kind === 'item');
  const moving = items.filter((c) => c.truth.direction !== 'same');
  const record = (block: number, claim: Claim | null, original: string, changed: string, marker: string) => ({
    ...none,
    kind,
    block,
    claimId: claim?.id ?? null,
    original,
    new: changed,
    marker,
  });
  const pickItem = (from: Claim[]): Claim => {
    if (from.length === 0) throw new Error(`${kind}: no 预算编制说明 item in this document`);
    return rng.pick(from);
  };

  switch (kind) {
    case 'item-amount':
    case 'item-twice': {
      // item-amount: the item's amount, both times it is printed, disagrees with its row; item-twice: only the second.
      const c = pickItem(items);
      const printed = fmtNarr(new Decimal(c.truth.current as string));
      const wrong = otherDigits(printed, rng);
      const twice = `${y}年预算安排${printed}万元`;
      const changed = `${y}年预算安排${wrong}万元`;
      replaceIn(out, c.block, twice, changed);
      if (kind === 'item-amount') replaceIn(out, c.block, `项）${printed}万元`, `项）${wrong}万元`);
      return record(c.block, c, twice, changed, kind === 'item-amount' ? `${wrong}万元` : changed);
    }
    case 'prior-rate': {
      const c = pickItem(moving);
      const rate = `${c.value}%`;
      const wrong = `${otherDigits(c.value, rng)}%`;
      replaceIn(out, c.block, rate, wrong);
      return record(c.block, c, rate, wrong, `预算执行数${c.truth.direction === 'increase' ? '增加' : '减少'}${wrong}`);
    }
    case 'direction': {
      const c = pickItem(moving);
      const [from, to] = c.truth.direction === 'increase' ? ['增加', '减少'] : ['减少', '增加'];
      const original = `预算执行数${from}${c.value}%`;
      const changed = `预算执行数${to}${c.value}%`;
      replaceIn(out, c.block, original, changed);
      return record(c.block, c, original, changed, changed);
    }
    case 'same': {
      const c = pickItem(moving);
      const original = `比${y - 1}年预算执行数${c.truth.direction === 'increase' ? '增加' : '减少'}${c.value}%`;
      const changed = `与${y - 1}年预算执行数持平`;
      replaceIn(out, c.block, original, changed);
      return record(c.block, c, original, changed, changed);
    }
    case 'compare-year': {
      // The year compared with copied from this year's template: 比2025年 in a 2025 budget.
      const c = out.claims.find((x) => x.id === 'change.total') as Claim;
      replaceIn(out, c.block, '比上年', `比${y}年`);
      return record(c.block, c, '比上年', `比${y}年`, `比${y}年`);
    }
    case 'self-scope': {
      // A department's budget with the unit template's vehicle sentence.
      const [i, b] = blockWith(out, /共有公务用车/);
      const sentence = `${y}年单位预算安排购置车辆0辆。`;
      b.text += sentence;
      return record(i, null, '', sentence, '单位预算安排购置车辆');
    }
    case 'outdated-name': {
      const c = out.claims.find((x) => /^amount\.fiscal\.\d{3}$/.test(x.id) && OUTDATED[x.id.slice(-3)]);
      if (!c) throw new Error('outdated-name: no class with an outdated name in this document');
      const old = OUTDATED[c.id.slice(-3)] as string;
      replaceIn(out, c.block, c.text, c.text.replace(c.subject, old));
      return record(c.block, c, c.subject, old, old);
    }
    case 'empty-reason': {
      const [i] = blockWith(out, /主要原因是项目支出预算调整/);
      replaceIn(out, i, '主要原因是项目支出预算调整', '主要原因是');
      return record(i, null, '主要原因是项目支出预算调整；', '主要原因是；', '主要原因是');
    }
    case 'punctuation':
    case 'unfinished': {
      // The paragraph right before (二)一般公共预算当年支出结构情况: its one sentence ends with a doubled or no stop.
      const c = out.claims.find((x) => x.id === 'change.gp') as Claim;
      const b = out.blocks[c.block] as Block;
      if (!b.text.endsWith('。')) throw new Error(`${kind}: the 一般公共预算 paragraph does not end with 。`);
      b.text = kind === 'punctuation' ? `${b.text}。` : b.text.slice(0, -1);
      return record(c.block, c, '。', kind === 'punctuation' ? '。。' : '', `${c.value}%`);
    }
    case 'placeholder': {
      const [i, b] = blockWith(out, /为县人民政府工作部门/);
      const original = `${out.spec.org}为县人民政府工作部门`;
      if (!b.text.includes(original)) throw new Error('placeholder: no 机构设置 sentence naming the department');
      replaceIn(out, i, original, 'XX局为县人民政府工作部门');
      return record(i, null, original, 'XX局为县人民政府工作部门', 'XX局为县人民政府工作部门');
    }
    case 'perf-composition': {
      // The 绩效目标表's 资金支出构成: its first item no longer adds up with the other to the stated total.
      const table = out.tables.findIndex((tb) => tb.kind === 'budget.performance');
      const cell = out.tables[table]?.rows.find((r) => r[0]?.text === '资金支出构成')?.[1];
      const m = cell ? /运转经费([\d.]+)万元/u.exec(cell.text) : null;
      if (!cell || !m) throw new Error('perf-composition: no 资金支出构成 in this document');
      const amount = `${otherDigits(m[1] as string, rng)}万元`;
      const original = cell.text;
      cell.text = cell.text.replace(m[0], `运转经费${amount}`);
      return { ...record(-1, null, original, cell.text, amount), block: null, table };
    }
    case 'undisplayable': {
      // A glyph the font could not map, as pdf.js and converters print it: U+FFFD.
      const [i] = blockWith(out, /统筹规划/);
      replaceIn(out, i, '统筹规划', '统\uFFFD规划');
      return record(i, null, '统筹规划', '统\uFFFD规划', '规划全县');
    }
  }
}
