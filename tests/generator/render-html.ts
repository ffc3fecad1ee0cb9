/**
 * Test infrastructure (synthetic document generator): a generated document → page.html, a government article page
 * with the tables inline, in clean markup or in Word-exported markup. Rendering only: it prints the cells' text as
 * given and must not compute or change any amount.
 */
import type { GeneratedDoc } from './document';
import type { Block } from './narrative';
import type { Cell, LogicalTable } from './tables';

const esc = (x: string) => x.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const STYLE = `body{font-family:'Noto Serif CJK SC','Noto Sans CJK SC',serif;font-size:14px;color:#222}
table{border-collapse:collapse;margin:8px 0;width:100%}
td,th{border:1px solid #333;padding:2px 6px;font-size:12px}
td.num{text-align:right}
p.MsoNormal{margin:0}
h3.table-title{text-align:center;margin-top:16px}
p.table-meta{margin:2px 0;font-size:12px}
.site-header{background:#1d4f91;color:#fff;padding:12px 24px;font-size:22px}
.crumbs{padding:6px 24px;font-size:12px;color:#666}
.article{max-width:1100px;margin:0 auto;padding:12px 24px}
.article h1{text-align:center;font-size:22px}
.info{text-align:center;color:#888;font-size:12px}
.footer{border-top:1px solid #ccc;margin-top:40px;padding:16px;text-align:center;color:#888;font-size:12px}`;

interface Markup {
  table(rows: string[]): string;
  row(cells: string[]): string;
  cell(c: Cell): string;
  title(text: string): string;
  meta(text: string): string;
  block(b: Block): string;
}

const spanAttrs = (c: Cell, q: string) =>
  `${c.rowSpan ? ` rowspan=${q}${c.rowSpan}${q}` : ''}${c.colSpan ? ` colspan=${q}${c.colSpan}${q}` : ''}`;

const PLAIN: Markup = {
  table: (rows) => `<table class="budget">${rows.join('')}</table>`,
  row: (cells) => `<tr>${cells.join('')}</tr>`,
  cell: (c) => {
    const tag = c.head ? 'th' : 'td';
    return `<${tag}${spanAttrs(c, '"')}${c.num && c.text ? ' class="num"' : ''}>${esc(c.text)}</${tag}>`;
  },
  title: (text) => `<h3 class="table-title">${esc(text)}</h3>`,
  meta: (text) => `<p class="table-meta">${esc(text)}</p>`,
  block: (b) => (b.role === 'heading' ? `<h2>${esc(b.text)}</h2>` : `<p>${esc(b.text)}</p>`),
};

const FONT = `style='font-family:宋体'`;
/** What Word's “Save as web page” emits: every cell a td with a MsoNormal paragraph, &nbsp; in empty ones. */
const WORD: Markup = {
  table: (rows) =>
    `<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt'>\n${rows.join('\n')}\n</table>`,
  row: (cells) => `<tr style='height:15.0pt'>${cells.join('')}</tr>`,
  cell: (c) => {
    const align = c.num
      ? ` align=right style='text-align:right'`
      : c.head
        ? ` align=center style='text-align:center'`
        : '';
    const body = c.text
      ? `<span ${c.num ? `lang=EN-US ` : ''}${FONT}>${esc(c.text)}</span>`
      : `<span lang=EN-US>&nbsp;<o:p></o:p></span>`;
    return `<td${spanAttrs(c, '')} valign=middle style='border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal${align}>${body}</p></td>`;
  },
  title: (text) =>
    `<h3 align=center style='text-align:center'><span style='font-size:16.0pt;font-family:宋体'>${esc(text)}</span></h3>`,
  meta: (text) => `<p class=MsoNormal><span ${FONT}>${esc(text)}</span></p>`,
  block: (b) =>
    b.role === 'heading'
      ? `<h2><span ${FONT}>${esc(b.text)}</span></h2>`
      : `<p class=MsoNormal style='text-indent:24.0pt'><span ${FONT}>${esc(b.text)}</span></p>`,
};

function renderTable(tb: LogicalTable, m: Markup, page: { n: number }): string {
  const head = tb.roles.filter((r) => r === 'header').length;
  const rowsHtml = tb.rows.map((cells) => m.row(cells.map(m.cell)));
  const out = [m.title(tb.title), ...tb.meta.map(m.meta)];
  if (tb.split) {
    const { at, repeatHeader } = tb.split;
    out.push(m.table(rowsHtml.slice(0, at)));
    // The page break of the printed original: a page number, then the rest (header repeated or not).
    out.push(`<p style="text-align:center">- ${page.n++} -</p>`);
    out.push(m.table([...(repeatHeader ? rowsHtml.slice(0, head) : []), ...rowsHtml.slice(at)]));
  } else {
    out.push(m.table(rowsHtml));
  }
  out.push(...tb.notes.map((x) => m.block({ role: 'paragraph', text: x })));
  return out.join('\n');
}

export function renderPage(doc: GeneratedDoc): string {
  const { spec } = doc;
  const m = spec.markup === 'word' ? WORD : PLAIN;
  const page = { n: 3 };
  const final = doc.kind === 'final';
  const word = final ? '决算' : '预算';
  const title = `${spec.org}${spec.year}年度部门${word}公开`;
  const perf = doc.tables.filter((tb) => tb.kind === 'budget.performance');
  const standard = doc.tables.filter((tb) => tb.kind !== 'budget.performance');
  const body: string[] = [];
  for (const b of doc.blocks) {
    body.push(m.block(b));
    if (/^第二部分/.test(b.text)) body.push(...standard.map((tb) => renderTable(tb, m, page)));
    if (b.annex) body.push(...perf.map((tb) => renderTable(tb, m, page)));
  }
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>
${STYLE}
</style></head>
<body>
<div class="site-header">${esc(spec.region)}人民政府 · 政务公开</div>
<div class="crumbs">首页 &gt; 信息公开 &gt; 预决算公开 &gt; 部门${word}</div>
<div class="article">
<h1>${esc(title)}</h1>
<div class="info">发布日期：${final ? `${spec.year + 1}-08-20` : `${spec.year}-02-14`} 来源：${esc(spec.org)}（虚构示例单位，数据为程序生成）</div>
<div class="${spec.markup === 'word' ? 'WordSection1' : 'TRS_Editor'}" id="zoom">
<p>${esc(spec.org)}</p>
<p>${spec.year}年度部门${word}公开</p>
${body.join('\n')}
</div></div>
<div class="footer">${esc(spec.region)}人民政府办公室 · 本页为 BudgetLens 测试用合成文档</div>
</body></html>
`;
}
