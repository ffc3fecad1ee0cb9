import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { RawTable } from '../types';
import { htmlBlockElements } from './blocks';
import { extractHtml } from './extract-html';

function page(body: string): Document {
  return parseHTML(`<!doctype html><html><head><title> 某局 预算 </title></head><body>${body}</body></html>`).document;
}

function extract(body: string) {
  return extractHtml(page(body), 'test:page');
}

function texts(t: RawTable | undefined): string[][] {
  return (t?.rows ?? []).map((r) => r.map((c) => c.text));
}

describe('grid: rowspan and colspan', () => {
  const doc = extract(`
    <table>
      <tr><th rowspan="2">项目</th><th colspan="2">预算数</th></tr>
      <tr><th>基本支出</th><th>项目支出</th></tr>
      <tr><td>合计</td><td>1.00</td><td>2.00</td></tr>
    </table>`);
  const t = doc.tables[0];

  it('expands merged cells into a rectangle with text at the top-left', () => {
    expect(texts(t)).toEqual([
      ['项目', '预算数', ''],
      ['', '基本支出', '项目支出'],
      ['合计', '1.00', '2.00'],
    ]);
  });

  it('records spans on the top-left cell and leaves covered positions without anchors', () => {
    expect(t?.rows[0]?.[0]).toMatchObject({ rowSpan: 2, anchor: { kind: 'html', table: 0, row: 0, cell: 0 } });
    expect(t?.rows[0]?.[1]).toMatchObject({ colSpan: 2, anchor: { kind: 'html', table: 0, row: 0, cell: 1 } });
    expect(t?.rows[0]?.[2]).toEqual({ text: '' });
    expect(t?.rows[1]?.[0]).toEqual({ text: '' });
    expect(t?.rows[0]?.[0]?.colSpan).toBeUndefined();
  });

  it('anchors use source indices: tr within the table, td/th within the tr', () => {
    expect(t?.rows[1]?.[1]?.anchor).toEqual({ kind: 'html', table: 0, row: 1, cell: 0 });
    expect(t?.rows[2]?.[2]?.anchor).toEqual({ kind: 'html', table: 0, row: 2, cell: 2 });
  });

  it('pads ragged rows, clips rowspans past the end, survives bad span values', () => {
    const d = extract(`
      <table>
        <thead><tr><th>a</th><th>b</th><th>c</th></tr></thead>
        <tbody>
          <tr><td rowspan="9">x</td><td colspan="abc">y</td></tr>
          <tr><td colspan="0">z</td><td rowspan="0">w</td></tr>
        </tbody>
      </table>`);
    expect(texts(d.tables[0])).toEqual([
      ['a', 'b', 'c'],
      ['x', 'y', ''],
      ['', 'z', 'w'],
    ]);
    expect(d.tables[0]?.rows[1]?.[0]?.rowSpan).toBe(2);
    expect(d.tables[0]?.rows[2]?.[1]?.anchor).toEqual({ kind: 'html', table: 0, row: 2, cell: 0 });
    expect(d.warnings).toEqual([]);
  });
});

describe('cell text', () => {
  it('reads <br> and paragraphs inside a cell as spaces, NFKC and &nbsp; normalised', () => {
    const d =
      extract(`<table><tr><td>财政专户<br>管理资金</td><td><p>政府性</p><p>基金预算</p></td><td>&nbsp;１，２３４．５０&nbsp;</td></tr>
      <tr><td>a</td><td>b</td><td>c</td></tr></table>`);
    expect(texts(d.tables[0])[0]).toEqual(['财政专户 管理资金', '政府性 基金预算', '1,234.50']);
  });

  it('handles Word-exported HTML: MsoNormal paragraphs, spans, <o:p>, mso-hide, conditional comments', () => {
    const d = extract(`
      <p class=MsoNormal align=center><b><span style='font-size:16.0pt;font-family:宋体'>2025年预算支出总表<o:p></o:p></span></b></p>
      <p class=MsoNormal><span style='font-family:宋体'>单位：万元<o:p></o:p></span></p>
      <table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 style='border-collapse:collapse;mso-yfti-tbllook:1184'>
       <tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'>
        <td width=120 style='border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt'><p class=MsoNormal align=center style='text-align:center'><span style='font-family:宋体;mso-ascii-font-family:Calibri'>科目<span lang=EN-US><o:p></o:p></span></span></p></td>
        <td width=80><p class=MsoNormal><span lang=EN-US style='font-family:宋体'>合计</span><span style='mso-hide:all'>隐藏</span><o:p>&nbsp;</o:p></p></td>
       </tr>
       <!--[if gte mso 9]><xml><o:shapedefaults v:ext="edit" spidmax="1026"/></xml><![endif]-->
       <tr style='mso-yfti-irow:1;mso-yfti-lastrow:yes'>
        <td><p class=MsoNormal><span lang=EN-US>2080505<o:p></o:p></span></p></td>
        <td><p class=MsoNormal align=right><span lang=EN-US>1,261.62<o:p></o:p></span></p></td>
       </tr>
      </table>`);
    expect(d.tables).toHaveLength(1);
    expect(d.tables[0]?.title).toBe('2025年预算支出总表');
    expect(d.tables[0]?.meta).toEqual(['单位:万元']);
    expect(texts(d.tables[0])).toEqual([
      ['科目', '合计'],
      ['2080505', '1,261.62'],
    ]);
  });
});

describe('layout tables', () => {
  it('reads the inner tables of a table that holds tables, with anchors on the inner element index', () => {
    const d = extract(`
      <table class="layout"><tr><td>
        <p>2025年财政拨款收支总表</p><p>单位：万元</p>
        <table><tr><td>项目</td><td>金额</td></tr><tr><td>合计</td><td>5.00</td></tr></table>
        <p>正文说明文字在布局表格里。</p>
      </td></tr></table>`);
    expect(d.tables).toHaveLength(1);
    expect(d.tables[0]?.title).toBe('2025年财政拨款收支总表');
    expect(d.tables[0]?.origin).toEqual({ kind: 'html', tables: [1] });
    expect(d.tables[0]?.rows[1]?.[1]?.anchor).toEqual({ kind: 'html', table: 1, row: 1, cell: 1 });
    expect(d.blocks.map((b) => b.text)).toContain('正文说明文字在布局表格里。');
  });
});

describe('continuation pieces', () => {
  const header = '<tr><th>科目编码</th><th>科目名称</th><th>合计</th></tr>';
  it('joins a piece that repeats the header, dropping the repeated header', () => {
    const d = extract(`
      <h3>2025年一般公共预算支出预算表</h3><p>单位：万元</p>
      <table>${header}<tr><td>208</td><td>社会保障和就业支出</td><td>65.43</td></tr></table>
      <p>- 2 -</p>
      <table>${header}<tr><td>221</td><td>住房保障支出</td><td>34.22</td></tr></table>`);
    expect(d.tables).toHaveLength(1);
    expect(d.tables[0]?.origin).toEqual({ kind: 'html', tables: [0, 1] });
    expect(texts(d.tables[0]).map((r) => r[0])).toEqual(['科目编码', '208', '221']);
    expect(d.tables[0]?.rows[2]?.[0]?.anchor).toEqual({ kind: 'html', table: 1, row: 1, cell: 0 });
  });

  it('joins across a centred or bold page number (converted documents centre them), which is no heading', () => {
    const d = extract(`
      <h3>2025年一般公共预算支出预算表</h3><p>单位：万元</p>
      <table>${header}<tr><td>208</td><td>社会保障和就业支出</td><td>65.43</td></tr></table>
      <p style="text-align:center">- 3 -</p>
      <table>${header}<tr><td>221</td><td>住房保障支出</td><td>34.22</td></tr></table>
      <p align="center"><b>第 4 页</b></p>
      <table><tr><td>222</td><td>粮油物资储备支出</td><td>1.00</td></tr></table>`);
    expect(d.tables).toHaveLength(1);
    expect(d.tables[0]?.title).toBe('2025年一般公共预算支出预算表');
    expect(d.tables[0]?.origin).toEqual({ kind: 'html', tables: [0, 1, 2] });
    expect(texts(d.tables[0]).map((r) => r[0])).toEqual(['科目编码', '208', '221', '222']);
    expect(d.blocks.filter((b) => /页|- 3 -/u.test(b.text)).map((b) => b.role)).toEqual(['paragraph', 'paragraph']);
  });

  it('a page number between a title and its grid is skipped, the title kept', () => {
    const d = extract(`
      <h3>2025年预算收入总表</h3><p>单位：万元</p><p align="center">- 5 -</p>
      <table>${header}<tr><td>208</td><td>社保</td><td>1.00</td></tr></table>`);
    expect(d.tables[0]?.title).toBe('2025年预算收入总表');
    expect(d.tables[0]?.meta).toEqual(['单位:万元']);
  });

  it('joins a piece without a repeated header (and a two-row header)', () => {
    const d = extract(`
      <h3>2025年预算收入总表</h3>
      <table><tr><th colspan="2">项目</th><th>本年收入</th></tr>${header}<tr><td>208</td><td>社保</td><td>1.00</td></tr></table>
      <table><tr><td>221</td><td>住房</td><td>2.00</td></tr></table>
      <p>（续表）</p>
      <table><tr><th colspan="2">项目</th><th>本年收入</th></tr>${header}<tr><td>222</td><td>粮油</td><td>3.00</td></tr></table>`);
    expect(d.tables).toHaveLength(1);
    expect(d.tables[0]?.origin).toEqual({ kind: 'html', tables: [0, 1, 2] });
    expect(texts(d.tables[0]).map((r) => r[0])).toEqual(['项目', '科目编码', '208', '221', '222']);
  });

  it('joins a piece whose title repeats the first with a 续 mark, or whose meta lines repeat the first', () => {
    const d = extract(`
      <h3>2025年一般公共预算支出预算表</h3><p>部门名称：某局</p><p>单位：万元</p>
      <table>${header}<tr><td>208</td><td>社会保障和就业支出</td><td>65.43</td></tr></table>
      <p align="center">- 3 -</p><p align="center"><b>2025年一般公共预算支出预算表（续）</b></p><p>单位：万元</p>
      <table>${header}<tr><td>221</td><td>住房保障支出</td><td>34.22</td></tr></table>
      <p>单位：万元</p>
      <table><tr><td>222</td><td>粮油物资储备支出</td><td>1.00</td></tr></table>`);
    expect(d.tables).toHaveLength(1);
    expect(d.tables[0]?.title).toBe('2025年一般公共预算支出预算表');
    expect(d.tables[0]?.meta).toEqual(['部门名称:某局', '单位:万元']);
    expect(texts(d.tables[0]).map((r) => r[0])).toEqual(['科目编码', '208', '221', '222']);
  });

  it('keeps apart a repeated title without a 续 mark, a 续 title of another table, and new meta', () => {
    const d = extract(`
      <h3>项目支出绩效目标表</h3><table>${header}<tr><td>1</td><td>x</td><td>1.00</td></tr></table>
      <h3>项目支出绩效目标表</h3><table>${header}<tr><td>2</td><td>y</td><td>2.00</td></tr></table>
      <h3>2025年预算收入总表（续）</h3><table>${header}<tr><td>3</td><td>z</td><td>3.00</td></tr></table>
      <p>单位：元</p><table>${header}<tr><td>4</td><td>w</td><td>4.00</td></tr></table>`);
    expect(d.tables.map((t) => t.origin)).toEqual([0, 1, 2, 3].map((i) => ({ kind: 'html', tables: [i] })));
  });

  it('keeps tables apart when a title, a paragraph or a different width separates them', () => {
    const d = extract(`
      <h3>表A预算表</h3><table>${header}<tr><td>1</td><td>x</td><td>1.00</td></tr></table>
      <h3>表B预算表</h3><table>${header}<tr><td>2</td><td>y</td><td>2.00</td></tr></table>
      <p>这是一段说明文字，不是页码。</p>
      <table>${header}<tr><td>3</td><td>z</td><td>3.00</td></tr></table>
      <table><tr><td>4</td><td>w</td></tr></table>`);
    expect(d.tables.map((t) => t.origin)).toEqual([
      { kind: 'html', tables: [0] },
      { kind: 'html', tables: [1] },
      { kind: 'html', tables: [2] },
      { kind: 'html', tables: [3] },
    ]);
    expect(d.tables.map((t) => t.title)).toEqual(['表A预算表', '表B预算表', null, null]);
  });
});

describe('title, meta and notes', () => {
  it('reads meta on the 部门名称 line, skips the 公开表 label, keeps the (qualified) title', () => {
    const d = extract(`
      <p>预算公开表10</p>
      <h3 class="table-title">2025年财政拨款安排“三公”经费支出预算表（不含上年结转）</h3>
      <p class="table-meta">部门名称：某某县某某局 单位：万元</p>
      <table><tr><th>项目</th><th>预算数</th></tr><tr><td>合计</td><td>6.00</td></tr></table>`);
    expect(d.tables[0]?.title).toBe('2025年财政拨款安排“三公”经费支出预算表(不含上年结转)');
    expect(d.tables[0]?.meta).toEqual(['部门名称:某某县某某局 单位:万元']);
  });

  it('keeps a unit split over two lines as two meta lines', () => {
    const d = extract(`
      <h3>2025年预算收支总表</h3><p>部门名称：某局</p><p>单位：万</p><p>元</p>
      <table><tr><th>收入</th><th>支出</th></tr><tr><td>1</td><td>1</td></tr></table>`);
    expect(d.tables[0]?.meta).toEqual(['部门名称:某局', '单位:万', '元']);
    expect(d.tables[0]?.title).toBe('2025年预算收支总表');
  });

  it('does not take a narrative paragraph or a section heading as a title', () => {
    const d = extract(`
      <h2>第二部分 2025年部门预算报表</h2>
      <table><tr><th>项目</th><th>金额</th></tr><tr><td>合计</td><td>1.00</td></tr></table>
      <p>本部门2025年预算情况如下表所示。</p>
      <table><tr><th>项目</th><th>金额</th><th>备注</th></tr><tr><td>合计</td><td>1.00</td><td></td></tr></table>`);
    expect(d.tables.map((t) => t.title)).toEqual([null, null]);
  });

  it('reads notes after a table, with enumerated follow-on lines, and stops at narrative', () => {
    const d = extract(`
      <h3>2025年政府性基金预算支出表</h3><p>单位：万元</p>
      <table><tr><th>科目</th><th>合计</th></tr><tr><td>合计</td><td></td></tr></table>
      <p>注：本表无数据。</p><p>1.本部门无政府性基金预算拨款。</p><p>三、支出预算情况说明</p>`);
    expect(d.tables[0]?.notes).toEqual(['注:本表无数据。', '1.本部门无政府性基金预算拨款。']);
    expect(d.blocks.map((b) => b.text)).toContain('三、支出预算情况说明');
  });

  it('reads an empty-table sentence without 注 as a note', () => {
    const d = extract(`
      <h3>2025年国有资本经营预算支出表</h3>
      <table><tr><th>科目</th><th>合计</th></tr><tr><td>合计</td><td></td></tr></table>
      <p>本部门无国有资本经营预算支出，故本表为空表。</p>`);
    expect(d.tables[0]?.notes).toEqual(['本部门无国有资本经营预算支出,故本表为空表。']);
  });

  it('lifts an in-grid title row, a 单位 row and a trailing 注 row out of the grid (Excel paste)', () => {
    const d = extract(`
      <table>
        <tr><td colspan="2">2016年“三公经费”支出预算表</td></tr>
        <tr><td>单位：</td><td>万元</td></tr>
        <tr><td>项目</td><td>本年预算数</td></tr>
        <tr><td>合计</td><td>109.8</td></tr>
        <tr><td>1.因公出国（境）费用</td><td>0</td></tr>
        <tr><td colspan="2">注：公务车费含运行维护费。</td></tr>
      </table>`);
    const t = d.tables[0];
    expect(t?.title).toBe('2016年“三公经费”支出预算表');
    expect(t?.meta).toEqual(['单位:', '万元']);
    expect(t?.notes).toEqual(['注:公务车费含运行维护费。']);
    expect(texts(t)).toEqual([
      ['项目', '本年预算数'],
      ['合计', '109.8'],
      ['1.因公出国(境)费用', '0'],
    ]);
    expect(t?.rows[0]?.[0]?.anchor).toEqual({ kind: 'html', table: 0, row: 2, cell: 0 });
  });

  it('does not lift enumerated data rows as notes', () => {
    const d = extract(
      `<table><tr><td>项目</td></tr><tr><td>1.公务接待费</td></tr><tr><td>2.公务用车购置费</td></tr></table>`,
    );
    expect(texts(d.tables[0])).toEqual([['项目'], ['1.公务接待费'], ['2.公务用车购置费']]);
    expect(d.tables[0]?.notes).toEqual([]);
  });

  it('takes a centred or wholly bold line as the title even when it does not end in 表', () => {
    const tbl = '<table><tr><th>项目</th><th>金额</th></tr><tr><td>合计</td><td>1.00</td></tr></table>';
    const d = extract(`
      <p align="center">2025年部门收支总体情况</p><p>单位：万元</p>${tbl}
      <p style="text-align: center">（2025年度）</p>${tbl.replace('金额', '预算数')}
      <p><strong>“三公”经费</strong><b>预算情况</b></p>${tbl.replace('金额', '本年')}
      <p><b>部分加粗</b>的一行</p>${tbl.replace('金额', '上年')}`);
    expect(d.tables.map((t) => t.title)).toEqual(['2025年部门收支总体情况', null, '“三公”经费预算情况', null]);
    expect(d.tables[0]?.meta).toEqual(['单位:万元']);
  });

  it('tells apart title, meta and note lines separated only by <br>', () => {
    const d = extract(`
      <p>预算公开表3<br>2025年预算支出总表<br>部门名称：某局&nbsp;&nbsp;&nbsp;单位：万元</p>
      <table><tr><th>项目</th><th>金额</th></tr><tr><td>合计</td><td>1.00</td></tr></table>
      <p>注：本表无数据。<br>1.说明。<br>二、下一节</p>`);
    expect(d.tables[0]?.title).toBe('2025年预算支出总表');
    expect(d.tables[0]?.meta).toEqual(['部门名称:某局 单位:万元']);
    expect(d.tables[0]?.notes).toEqual(['注:本表无数据。', '1.说明。']);
    expect(d.blocks[0]?.text).toBe('预算公开表3 2025年预算支出总表 部门名称:某局 单位:万元');
  });

  it('splits a title and unit printed on one line, above the grid or in its first row', () => {
    const tbl = '<tr><th>项目</th><th>金额</th></tr><tr><td>合计</td><td>1.00</td></tr>';
    const d = extract(`<p>2025年预算收支总表（单位：万元）</p><table>${tbl}</table>
      <table><tr><td colspan="2">2016年“三公”经费支出预算表 单位：万元</td></tr>${tbl}</table>`);
    expect(d.tables.map((t) => [t.title, t.meta])).toEqual([
      ['2025年预算收支总表', ['(单位:万元)']],
      ['2016年“三公”经费支出预算表', ['单位:万元']],
    ]);
  });

  it('uses a <caption> as the title', () => {
    const d = extract(
      '<table><caption>2025年机关运行经费预算表</caption><tr><td>单位名称</td><td>合计</td></tr><tr><td>某局</td><td>22.63</td></tr></table>',
    );
    expect(d.tables[0]?.title).toBe('2025年机关运行经费预算表');
  });
});

describe('empty and odd tables', () => {
  it('skips tables with no rows or no text, with a warning naming them', () => {
    const d = extract(`<table></table><table><tr><td> </td><td>&nbsp;</td></tr></table>
      <table><tr><td>科目</td></tr><tr><td>合计</td></tr></table>`);
    expect(d.tables).toHaveLength(1);
    expect(d.tables[0]?.origin).toEqual({ kind: 'html', tables: [2] });
    expect(d.warnings).toHaveLength(2);
    expect(d.warnings[0]).toMatch(/table 0.*no rows/u);
    expect(d.warnings[1]).toMatch(/table 1.*no text/u);
  });

  it('treats an empty spacer table as absent: the title above it still reaches the table below', () => {
    const d = extract(`<h3>2025年预算收入总表</h3><table><tr><td>&nbsp;</td></tr></table>
      <table><tr><th>科目</th></tr><tr><td>合计</td></tr></table>`);
    expect(d.tables).toHaveLength(1);
    expect(d.tables[0]?.title).toBe('2025年预算收入总表');
  });

  it('keeps a budget table that is empty but for its header and 合计 row', () => {
    const d = extract(`<h3>2025年项目支出预算表（上年结转）</h3>
      <table><tr><th>项目名称</th><th>合计</th></tr><tr><td colspan="2">合计</td></tr></table><p>注：本表无数据</p>`);
    expect(texts(d.tables[0])).toEqual([
      ['项目名称', '合计'],
      ['合计', ''],
    ]);
    expect(d.tables[0]?.notes).toEqual(['注:本表无数据']);
  });

  it('never throws on broken markup', () => {
    const bad = [
      '<table><tr><td>a<table><tr><td>b</td></tr></table></td></tr>',
      '<td>orphan cell</td><tr><td>orphan row</td></tr>',
      '<table><caption></caption><colgroup><col></colgroup></table>',
      '<table><tr><td colspan="99999" rowspan="-3">x</td></tr></table>',
      '<p><table><tr><td>1</td></tr></table>',
    ];
    for (const body of bad) expect(() => extract(body)).not.toThrow();
    const wide = extract('<table><tr><td colspan="99999">x</td></tr><tr><td>y</td></tr></table>');
    expect(wide.tables[0]?.rows[0]).toHaveLength(1000);
  });
});

describe('narrative blocks', () => {
  const body = `
    <nav><p>首页 导航</p></nav>
    <div class="crumbs" role="navigation">首页 &gt; 预决算公开</div>
    <script>var x = "<p>不是正文</p>";</script><style>p{color:red}</style><noscript>请启用脚本</noscript>
    <h1>某局2025年度部门预算公开</h1>
    <div>发布日期：2025-02-14<p>第三部分 2025年度部门预算情况说明</p>尾部文字</div>
    <p>一、收入预算情况说明</p>
    <p>2025年度收入预算2,061.71万元，比上年减少998.18万元，下降32.62%。</p>
    <p>（一）一般公共预算当年支出规模变化情况</p>
    <ul><li>项目支出1633.84万元</li></ul>
    <p style="display:none">隐藏段落</p>
    <p>   </p>
    <table><tr><td>表内文字</td></tr><tr><td>不在叙述里</td></tr></table>`;

  it('lists headings and paragraphs with text of their own, in document order, skipping chrome', () => {
    const d = extract(body);
    expect(d.blocks.map((b) => [b.text, b.role])).toEqual([
      ['某局2025年度部门预算公开', 'heading'],
      ['发布日期:2025-02-14 尾部文字', 'paragraph'],
      ['第三部分 2025年度部门预算情况说明', 'heading'],
      ['一、收入预算情况说明', 'heading'],
      ['2025年度收入预算2,061.71万元,比上年减少998.18万元,下降32.62%。', 'paragraph'],
      ['(一)一般公共预算当年支出规模变化情况', 'heading'],
      ['项目支出1633.84万元', 'paragraph'],
    ]);
  });

  it('anchors index htmlBlockElements(root)', () => {
    const doc = page(body);
    const d = extractHtml(doc, 'x');
    const els = htmlBlockElements(doc);
    expect(els.map((e) => e.localName)).toEqual(['h1', 'div', 'p', 'p', 'p', 'p', 'li']);
    d.blocks.forEach((b, n) => {
      expect(b.anchor).toEqual({ kind: 'html-block', block: n });
    });
  });

  it('marks short centred or bold paragraphs as headings (Word HTML), not sentences or meta lines', () => {
    const d = extract(`
      <p class=MsoNormal align=center><b><span>部门预算编制说明</span></b></p>
      <p class=MsoNormal><b>总体情况。</b></p>
      <p align=center>单位：万元</p>
      <p>普通段落</p>`);
    expect(d.blocks.map((b) => b.role)).toEqual(['heading', 'paragraph', 'paragraph', 'paragraph']);
  });

  it('a page with no tables gives blocks only, and the document title', () => {
    const d = extract('<p>本部门无预算公开表格。</p>');
    expect(d.tables).toEqual([]);
    expect(d.blocks).toHaveLength(1);
    expect(d.source).toEqual({ kind: 'html', uri: 'test:page', title: '某局 预算' });
    expect(d.warnings).toEqual([]);
  });

  it('accepts an element as root', () => {
    const doc = page(
      '<div id="zoom"><h3>2025年预算收支总表</h3><table><tr><td>a</td></tr><tr><td>1</td></tr></table></div>',
    );
    const zoom = doc.querySelector('#zoom') as Element;
    const d = extractHtml(zoom, 'x');
    expect(d.tables[0]?.title).toBe('2025年预算收支总表');
    expect(d.blocks.map((b) => b.text)).toEqual(['2025年预算收支总表']);
  });
});
