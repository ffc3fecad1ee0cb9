/**
 * Recognise (stage 3): rows of an organisation among the 科目 rows — a department's budget broken down by its units
 * (部门 → 单位 rows: 313001 无锡市交通运输局(本级), 125 西安市安全生产监督管理局), and 科目 codes printed partly (only the
 * 款 digits under their 类, `05` under `208`). By pattern of code and name, never by a particular organisation.
 * It must not check sums.
 */
import type { Row } from '../model/budget-document';
import { fold } from './fold';

/** How an organisation's name ends (局, 委员会, 中心, 支队, 学校, (本级) …). */
const ORG_END =
  /(?:局|厅|委员会|委|办公室|办公厅|办|中心|站|所|队|院|学校|校|馆|协会|联合会|会|部|处|社|团|公司|集团|街道|办事处|政府|机关|本级|单位)$/u;
/** Where an organisation's name says whose it is: a place, the Party, a people's government. */
const ORG_WHERE = /[市省县区州盟旗乡镇]|中共|人民|自治/u;

/** An organisation's name (深圳市民政局(本级), 西安市安全生产宣传教育中心), not a 科目 name (法院, 行政运行). */
export function looksLikeOrg(name: string): boolean {
  const n = fold(name).replace(/[(（][^)）]{1,10}[)）]$/u, (m) => (/本级/u.test(m) ? '本级' : ''));
  return n.length >= 4 && ORG_END.test(n) && (ORG_WHERE.test(n) || n.endsWith('本级'));
}

/**
 * Whether a row with this code and name is an organisation's: a code no classification has (6 digits) beside an
 * organisation's name, a short code (a department's, 125) beside one, or no code beside one in a coded table.
 */
export function isUnitRow(code: string | undefined, name: string, codedTable: boolean): boolean {
  // Six digits is no classification's length: alone in its cell (the name printed elsewhere) it is a unit's code.
  if (code?.length === 6 && name.trim() === '') return true;
  if (!looksLikeOrg(name)) return false;
  if (code === undefined) return codedTable;
  return code.length === 6 || code.length >= 8 || code.length === 3 || code.length === 2;
}

/**
 * In a table without codes, the rows that head a unit's group (珠海: 珠海市商务局, then its 工资福利支出 …, then
 * 珠海市贸易服务中心 …). Only where the table is laid out that way: its first row after the totals is an
 * organisation's and every organisation's row is followed by rows that are not. An organisation's name alone,
 * among 科目 or projects, is no unit.
 */
export function uncodedUnitHeads(rows: readonly Pick<Row, 'name' | 'isTotal' | 'code'>[]): Set<number> {
  if (rows.some((r) => r.code !== undefined)) return new Set();
  const body = rows.map((r, i) => ({ r, i })).filter(({ r }) => !r.isTotal && r.name.trim() !== '');
  const heads = body.filter(({ r }) => looksLikeOrg(r.name));
  if (heads.length === 0 || !looksLikeOrg(body[0]!.r.name)) return new Set();
  const led = heads.every(({ i }) => {
    const next = body.find((b) => b.i > i);
    return next !== undefined && !looksLikeOrg(next.r.name);
  });
  return led ? new Set(heads.map(({ i }) => i)) : new Set();
}

/**
 * Codes printed with only their last two digits under their parent (西安: `208` then `05` for 20805, then the full
 * `2080505`): completed from the 类 (or 款) above. A two-digit code is a 款 of the last 类 when what follows is that
 * 款's items or another 款; else an item of the last 款. Rows keep the completed code; the grid keeps what was printed.
 */
export function completePartialCodes(rows: Row[]): void {
  let cls: string | null = null;
  let section: string | null = null;
  const coded = rows.filter((r) => r.code !== undefined);
  coded.forEach((r, i) => {
    const code = r.code!;
    if (code.length === 3) {
      cls = code;
      section = null;
      return;
    }
    if (code.length === 5) {
      section = code;
      cls = code.slice(0, 3);
      return;
    }
    if (code.length !== 2 || !cls) return;
    const next = coded[i + 1]?.code;
    const asSection = `${cls}${code}`;
    const sectionReading =
      !section || next === undefined || next.length <= 3 || next.startsWith(asSection) || next.length === 2;
    const full = sectionReading ? asSection : `${section}${code}`;
    r.code = full;
    r.level = full.length === 5 ? 'section' : 'item';
    if (full.length === 5) section = full;
  });
}
