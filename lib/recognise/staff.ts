/**
 * Recognise (stage 3): staff counts — 核定编制 (authorised) and 实有/在职人数 (actual), 内设机构数, 所属单位数 — read
 * from the 整体支出绩效目标表 form cells and, separately, from the 机构设置 narrative. Both readings are kept so
 * the checks can compare them; this module never reconciles or judges them.
 */
import type { GridCell } from '../extract/types';
import type { StaffCounts } from '../model/budget-document';
import { fold } from './fold';

const CN_DIGITS: Record<string, number> = {
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};

/** `12`, `一`, `十二`, `二十` → number (small Chinese numerals only). */
export function smallNumber(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  if (s === '十') return 10;
  const m = /^([一二两三四五六七八九])?(十)?([一二三四五六七八九])?$/u.exec(s);
  if (!m || s === '') return null;
  const [, a, ten, b] = m;
  if (!ten) return a ? (CN_DIGITS[a] ?? null) : null;
  return (a ? (CN_DIGITS[a] ?? 1) : 1) * 10 + (b ? (CN_DIGITS[b] ?? 0) : 0);
}

const LABELS: [keyof StaffCounts, RegExp][] = [
  ['authorised', /核定.*编制|编制(人)?数/],
  ['actual', /实际在职|实有人(员|数)|在职人员总数|实编人员/],
  ['departments', /内设.*(部门|机构|科室).*数/],
  ['units', /所属.*单位数|下属.*单位数/],
];

const VALUE_RE = /(\d+)\s*(人|个|名|家)/u;

/** Counts from a form table: a label cell followed by its value (`34人`), or label and value in one cell. */
export function staffFromForm(rows: readonly (readonly GridCell[])[]): StaffCounts | null {
  const out: StaffCounts = { authorised: null, actual: null, departments: null, units: null };
  let found = false;
  for (const row of rows) {
    for (let c = 0; c < row.length; c++) {
      const text = fold(row[c]?.text ?? '');
      for (const [key, re] of LABELS) {
        if (out[key] !== null) continue;
        const m = re.exec(text);
        if (!m) continue;
        const after = text.slice(m.index + m[0].length);
        let v = VALUE_RE.exec(after);
        if (!v) {
          const next = row.slice(c + 1).find((cell) => cell.text.trim() !== '');
          v = next ? VALUE_RE.exec(fold(next.text)) : null;
          if (v && v.index !== 0) v = null;
        }
        if (v?.[1]) {
          out[key] = Number(v[1]);
          found = true;
        }
      }
    }
  }
  return found ? out : null;
}

function sumMatches(text: string, re: RegExp): number | null {
  let total: number | null = null;
  for (const m of text.matchAll(re)) {
    const n = smallNumber(m.groups?.n ?? '');
    if (n !== null) total = (total ?? 0) + n;
  }
  return total;
}

/**
 * Counts from the 机构设置 narrative. A stated total (核定编制34人 / 实有人员总数31人) wins; otherwise the parts
 * (行政编制6人 … 事业编制数28人) are added, because the template states them per kind of post.
 */
export function staffFromText(text: string): StaffCounts | null {
  const t = fold(text);
  const num = '(\\d+|[一二两三四五六七八九十]+)';
  const totalAuth = new RegExp(`(核定|总)(人员)?编制(数|总数)?(为|共计?)?[:：]?${num}(人|名)`, 'u').exec(t);
  const authorised = totalAuth
    ? smallNumber(totalAuth[5] ?? '')
    : sumMatches(t, new RegExp(`编制(数|人数)?(为|共计?)?[:：]?(?<n>${num})(人|名)`, 'gu'));
  const totalActual = new RegExp(`(实有人员总数|在职人员总数|实有总人数)(为|共计?)?[:：]?${num}(人|名)`, 'u').exec(t);
  const actual = totalActual
    ? smallNumber(totalActual[3] ?? '')
    : sumMatches(t, new RegExp(`实有(人员|人数)?(为|共计?)?[:：]?(?<n>${num})(人|名)`, 'gu'));
  // 下设6个股室 / 内设综合办公室、…8个科室
  const deps = new RegExp(`(?<n>${num})个(内设)?(股室|科室|处室|内设机构|职能部门|职能科室)`, 'u').exec(t);
  // 下设一个事业单位 / 下属2个独立编制的事业单位 / 下属单位2个
  const units =
    new RegExp(`(下设|下属|所属)(?<n>${num})个[^。,，;；]{0,10}?(事业单位|预算单位|二级单位|单位)`, 'u').exec(t) ??
    new RegExp(`(下属|所属)[^。,，;；]{0,10}?(单位|事业单位|预算单位)(?<n>${num})个`, 'u').exec(t);
  const out: StaffCounts = {
    authorised: authorised ?? null,
    actual: actual ?? null,
    departments: deps ? smallNumber(deps.groups?.n ?? '') : null,
    units: units ? smallNumber(units.groups?.n ?? '') : null,
  };
  return Object.values(out).some((v) => v !== null) ? out : null;
}
