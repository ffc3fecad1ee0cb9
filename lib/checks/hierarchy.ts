/**
 * Checks (stage 6): the classification tree of an amount table — which rows are 类, 款, 项 and which row is whose
 * parent. Function codes nest by prefix (208 ⊃ 20805 ⊃ 2080505), never by position. Economic tables printed without
 * codes (Shanxi: names only) get their 类 from the national class names (工资福利支出 = 301 …) and their items by
 * position under the class row — the only structure such a table has. Reads the model; no amounts compared here.
 */
import type { BudgetTable, Row } from '../model/budget-document';
import { ECONOMIC_CODE_KINDS } from '../model/table-kinds';

/** National economic classification (部门预算支出经济分类) 类 names → code. Standard vocabulary, not document text. */
const ECONOMIC_CLASSES: readonly [RegExp, string][] = [
  [/^工资(和)?福利支出$/u, '301'],
  [/^商品和服务支出$/u, '302'],
  [/^对个人和家庭的补助(支出)?$/u, '303'],
  [/^债务利息及费用支出$/u, '307'],
  [/^资本性支出[(（]基本建设[)）]$/u, '309'],
  [/^资本性支出$/u, '310'],
  [/^对企业补助(支出)?$/u, '312'],
  [/^对社会保障基金补助$/u, '313'],
  [/^其他支出$/u, '399'],
  // Templates that fold the capital classes and the rest into one line (广东: 其他资本性等支出).
  [/^其他资本性(等)?支出$/u, '399'],
];

export function economicClassOf(name: string): string | null {
  const n = name.normalize('NFKC').replace(/\s+/gu, '');
  for (const [re, code] of ECONOMIC_CLASSES) if (re.test(n)) return code;
  return null;
}

export interface TreeNode {
  row: Row;
  /** The code used for the tree: printed, or derived from a class name. */
  code: string;
  /** 1 类, 2 款, 3 项. */
  depth: 1 | 2 | 3;
  /** True when the code was derived (no code printed). */
  derived: boolean;
  children: TreeNode[];
}

export interface Tree {
  /** 类 rows (top level), in order; first occurrence of each code within its unit's rows. */
  classes: TreeNode[];
  /** Every node with children. */
  parents: TreeNode[];
  /** 合计 rows (no code). */
  totals: Row[];
  /** Whether the table has any classification structure at all. */
  coded: boolean;
  /**
   * Whole-table sums: each 合计 row = Σ 类 rows — or, in a table broken down by unit (部门 → 单位 rows), 合计 = Σ the
   * top units, a unit = Σ the units under its code (125 ⊃ 125001), a unit = Σ the 类 rows printed under it.
   */
  sums: { total: Row; parts: { row: Row; label: string }[] }[];
}

/** 1 类, 2 款, 3 项 (function 2080505; economic sub-items 3010201 in some templates). */
function depthOf(code: string): 1 | 2 | 3 | null {
  if (code.length === 3) return 1;
  if (code.length === 5) return 2;
  if (code.length === 7) return 3;
  return null;
}

/** The tree of one run of rows (the whole table, or the rows of one unit). */
function buildTree(rows: readonly Row[], economic: boolean, repeats: boolean): TreeNode[] {
  const byCode = new Map<string, TreeNode>();
  const nodes: TreeNode[] = [];
  const anyCode = rows.some((r) => r.code !== undefined);
  if (anyCode) {
    // A row printed without its code between coded rows (a code cell lost in a PDF) is taken as a sibling of the
    // coded row above it: its parent by prefix is that row's parent.
    const lost = new Map<TreeNode, TreeNode>();
    let prev: TreeNode | null = null;
    let k = 0;
    for (const row of rows) {
      if (!row.code) {
        if (prev && prev.depth > 1 && !row.isTotal && row.name.trim() !== '') {
          const node: TreeNode = { row, code: `${prev.code}~${k++}`, depth: prev.depth, derived: true, children: [] };
          lost.set(node, prev);
          nodes.push(node);
        } else prev = null;
        continue;
      }
      const depth = depthOf(row.code);
      // A code printed again is the same 科目 printed twice — except where a second classification column pairs each
      // 部门 economic code with several 政府 economic codes (西安: 30101 | 50501 and 30101 | 50101): one line each.
      const again = byCode.has(row.code);
      if (depth === null || (again && !(repeats && depth > 1))) {
        prev = null;
        continue;
      }
      if (again) {
        const node: TreeNode = { row, code: `${row.code}~${k++}`, depth, derived: false, children: [] };
        nodes.push(node);
        prev = node;
        continue;
      }
      const node: TreeNode = { row, code: row.code, depth, derived: false, children: [] };
      byCode.set(row.code, node);
      nodes.push(node);
      prev = node;
    }
    for (const n of nodes) {
      if (n.depth === 1) continue;
      const base = lost.get(n)?.code ?? n.row.code ?? n.code;
      // An item whose 款 is not printed (3010201 津贴补贴 with no 30102 row) counts directly under its 类.
      const parent =
        byCode.get(base.slice(0, n.depth === 2 ? 3 : 5)) ?? (n.depth === 3 ? byCode.get(base.slice(0, 3)) : undefined);
      if (parent) parent.children.push(n);
    }
  } else if (economic) {
    let current: TreeNode | null = null;
    let i = 0;
    for (const row of rows) {
      if (row.isTotal) {
        current = null;
        continue;
      }
      const cls = economicClassOf(row.name);
      if (cls) {
        current = byCode.get(cls) ?? null;
        if (!current) {
          current = { row, code: cls, depth: 1, derived: true, children: [] };
          byCode.set(cls, current);
          nodes.push(current);
        }
        continue;
      }
      if (!current) continue;
      const node: TreeNode = { row, code: `${current.code}~${i++}`, depth: 2, derived: true, children: [] };
      nodes.push(node);
      current.children.push(node);
    }
  }
  return nodes;
}

const nodeLabel = (n: TreeNode) => (n.derived ? n.row.name : n.code);

/** The table's tree. Rows with an unusable code length are left out (code-format reports them). */
export function treeOf(table: BudgetTable): Tree {
  const economic = ECONOMIC_CODE_KINDS.has(table.kind) || table.rows.some((r) => /^[35]\d{2}/u.test(r.code ?? ''));
  const totals = table.rows.filter((r) => r.isTotal && !r.code && r.unit === undefined);
  const repeats = table.columns.filter((c) => c.role === 'code').length > 1;
  // Rows before the first unit row, then one run per unit row.
  const runs: { unit: Row | null; rows: Row[] }[] = [{ unit: null, rows: [] }];
  for (const row of table.rows) {
    if (row.unit !== undefined) runs.push({ unit: row, rows: [] });
    else runs[runs.length - 1]!.rows.push(row);
  }
  const nodes: TreeNode[] = [];
  const sums: Tree['sums'] = [];
  const classesOf = new Map<Row | null, TreeNode[]>();
  for (const run of runs) {
    const tree = buildTree(run.rows, economic, repeats);
    nodes.push(...tree);
    classesOf.set(
      run.unit,
      tree.filter((n) => n.depth === 1),
    );
  }
  const units = runs.map((r) => r.unit).filter((u): u is Row => u !== null);
  if (units.length === 0) {
    const classes = classesOf.get(null) ?? [];
    if (classes.length > 0)
      for (const t of totals) sums.push({ total: t, parts: classes.map((n) => ({ row: n.row, label: nodeLabel(n) })) });
  } else {
    for (const u of units) {
      const classes = classesOf.get(u) ?? [];
      if (classes.length > 0) sums.push({ total: u, parts: classes.map((n) => ({ row: n.row, label: nodeLabel(n) })) });
    }
    // Units nest by code (a department 125 over its units 125001 …); the top ones add up to 合计.
    const parentOf = (u: Row) =>
      u.unit
        ? units.find(
            (p) => p !== u && p.unit && p.unit.length < (u.unit ?? '').length && (u.unit ?? '').startsWith(p.unit),
          )
        : undefined;
    const top = units.filter((u) => !parentOf(u));
    for (const p of units) {
      const kids = units.filter((u) => parentOf(u) === p);
      if (kids.length > 0) sums.push({ total: p, parts: kids.map((k) => ({ row: k, label: k.name })) });
    }
    const classesBefore = classesOf.get(null) ?? [];
    for (const t of totals)
      if (classesBefore.length === 0) sums.push({ total: t, parts: top.map((k) => ({ row: k, label: k.name })) });
  }
  return {
    classes: nodes.filter((n) => n.depth === 1),
    parents: nodes.filter((n) => n.children.length > 0),
    totals,
    coded: nodes.length > 0 || units.length > 0,
    sums,
  };
}
