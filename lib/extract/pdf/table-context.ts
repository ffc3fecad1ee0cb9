/**
 * Stage 1 (extract): the printed context of a table — title and meta lines above it ('2025年预算收支总表',
 * '部门名称：…', '单位：万元'), notes below it ('注：…'). Decided by pattern and position, never by a document's exact
 * strings. It must not change the grid.
 */
import { joinPieces, type Line } from './text-lines';

/** A meta line: who/unit statements printed between a table's title and its grid. */
const META =
  /^(?:[（(]?(?:部门名称|单位名称|编制部门|编制单位|预算单位|预算部门|填报单位|(?:资金|项目)?主管部门|报送单位|金额单位|计量单位|(?:资金使用|项目实施|实施)单位|(?:部门|单位)[（(](?:单位|部门)[)）](?:名称)?|单位))\s*[:：]|(?:^|\s)[（(]?(?:金额)?单位\s*[:：]\s*(?:人民币)?(?:万元|元|亿元|千元)/u;
/** What is left of a unit statement split over two lines ('单位：万' / '元'). */
const UNIT_FRAGMENT = /^[（(]?(?:人民币)?(?:万元|元|亿元|千元)[）)]?$/u;
/** A note printed under a table. */
export const NOTE =
  /^[（(]?(?:注|备注|说明|附注)\s*[0-9０-９一二三四五六七八九十①-⑩]*\s*[:：、.．]|^[（(]?注\s*[0-9０-９一二三四五六七八九十]/u;
/** Numbered headings of the narrative; never a table title. */
export const HEADING =
  /^(?:[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十百\d]+(?:部分|章|节)|[0-9]{1,2}[、．.](?!\d))/u;

/**
 * A table's number printed on a line of its own ('表1', '表一', '公开01表', '部门公开表3', '附表2-1', '表 3-1'): part of the
 * title context, printed above the title in some templates and below it in others, never a title on its own.
 */
export const TABLE_LABEL =
  /^(?:附件\s*\d+\s*)?(?:部门)?(?:公开|附)?表\s*[一二三四五六七八九十\d]+(?:\s*[-－—–]\s*\d+)?(?:表)?$|^公开\s*\d+\s*表$|^附件\s*\d+$/u;

/** Digits and dashes only ('— 1 6 —', '25', '- 3 -'): a page number, never a title. */
const PAGE_NUMBER_LIKE = /^[-–—－\s\d]+$/u;

/** A short year line under a title ('(2025年度)', '（2025）年度'): the title proper is the line above. */
const SUBTITLE = /^[（(]?\s*\d{4}\s*[)）]?\s*年?度?\s*[)）]?$/u;

export function isMetaLine(text: string): boolean {
  return META.test(text) || UNIT_FRAGMENT.test(text);
}

export interface TableContext {
  title: string | null;
  meta: string[];
  /** Lines consumed as title/meta (so they are not narrative). */
  used: Line[];
}

/**
 * Title and meta above a table. `above` are the free lines between the previous table (or page top) and this table,
 * top to bottom. Works upward from the table: meta lines first, then at most one title line.
 */
export function contextAbove(
  above: Line[],
  table: { box: [number, number, number, number]; size: number },
): TableContext {
  const used: Line[] = [];
  const meta: string[] = [];
  let title: string | null = null;
  let label: string | null = null;
  let lowerEdge = table.box[3];
  const width = table.box[2] - table.box[0];
  const centre = (table.box[0] + table.box[2]) / 2;
  for (let i = above.length - 1; i >= 0; i--) {
    const l = above[i]!;
    const gap = l.box[1] - lowerEdge;
    if (gap > Math.max(3.5 * l.size, 36)) break;
    if (isMetaLine(l.text) || (meta.length === 0 && l.chunks.length >= 2 && l.chunks.some((c) => isMetaLine(c.text)))) {
      meta.unshift(l.text);
      used.push(l);
      lowerEdge = l.box[3];
      continue;
    }
    if (PAGE_NUMBER_LIKE.test(l.text)) break;
    if (TABLE_LABEL.test(l.text.replace(/\s+/gu, ''))) {
      // The label alone: the title proper is the line above it when there is one ('收支预算总表' / '公开表一').
      label = joinPieces(l.text.replace(/\s+/gu, ''), label ?? '');
      used.push(l);
      lowerEdge = l.box[3];
      continue;
    }
    const lc = (l.box[0] + l.box[2]) / 2;
    const centred = Math.abs(lc - centre) < 0.15 * width;
    const titleLike = /表|预算|决算|情况|明细|清单|目录/u.test(l.text) || centred || l.size >= 1.15 * table.size;
    // A sentence (…情况如下：, …绩效水平。) introduces a table; it is not its title.
    const sentence = /[:：。，,；;]$/u.test(l.text.trim());
    if (titleLike && !sentence && !HEADING.test(l.text) && !NOTE.test(l.text) && l.text.length <= 80) {
      title = l.text;
      used.push(l);
      let topLine = l;
      // A long title wrapped onto a second centred line above, or a title above a year line '(2025年度)'.
      const upper = above[i - 1];
      const sub = SUBTITLE.test(l.text);
      const upperCentred = upper ? Math.abs((upper.box[0] + upper.box[2]) / 2 - centre) < 0.15 * width : false;
      if (
        upper &&
        upper.box[1] - l.box[3] < (sub ? 2.5 : 1.5) * l.size &&
        (sub || (centred && upperCentred && Math.abs(upper.size - l.size) < 0.5 && !/表$/u.test(upper.text))) &&
        !isMetaLine(upper.text) &&
        !HEADING.test(upper.text) &&
        !NOTE.test(upper.text)
      ) {
        title = `${upper.text}${title}`;
        used.push(upper);
        topLine = upper;
        i--;
      }
      // A label printed above the title ('表1' over '收支总表').
      const over = above[i - 1];
      if (
        !label &&
        over &&
        TABLE_LABEL.test(over.text.replace(/\s+/gu, '')) &&
        over.box[1] - topLine.box[3] < 3 * topLine.size
      ) {
        label = over.text.replace(/\s+/gu, '');
        used.push(over);
      }
    }
    break;
  }
  if (label) title = title ? `${label} ${title}` : label;
  return { title, meta, used };
}

/** Notes under a table: the first free line below must start like a note; wrapped lines of a note join it. */
export function notesBelow(
  below: Line[],
  table: { box: [number, number, number, number] },
): { notes: string[]; used: Line[] } {
  const notes: string[] = [];
  const used: Line[] = [];
  let upperEdge = table.box[1];
  for (const l of below) {
    const gap = upperEdge - l.box[3];
    if (gap > Math.max(3 * l.size, 30)) break;
    if (NOTE.test(l.text) || (/^[0-9０-９]+[.．、]/u.test(l.text) && notes.length > 0)) {
      notes.push(l.text);
    } else if (notes.length > 0 && gap < 0.9 * l.size && !HEADING.test(l.text)) {
      notes[notes.length - 1] = joinPieces(notes[notes.length - 1] ?? '', l.text);
    } else break;
    used.push(l);
    upperEdge = l.box[1];
  }
  return { notes, used };
}
