import { describe, expect, it } from 'vitest';
import type { ExtractedDocument } from '../extract/types';
import { analyzeExtracted } from '../pipeline/analyze';
import { isDisclosure } from './build-report';
import { csvFileName, toCsv } from './csv';
import { nonDisclosureMessage, toMarkdown } from './markdown';
import { ReportSchema } from './report-schema';

const cell = (text: string) => ({ text, anchor: { kind: 'html' as const, table: 0, row: 0, cell: 0 } });

const doc: ExtractedDocument = {
  source: { kind: 'html', uri: 'test://x', title: '示例县能源局2026年度部门预算公开' },
  tables: [
    {
      title: '2026年预算支出总表',
      meta: ['部门名称：示例县能源局', '单位：万元'],
      notes: [],
      rows: [
        ['项目', '', '2026年预算数', '', ''],
        ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
        ['合计', '', '1,000.50', '600.00', '400.5'],
        ['201', '一般公共服务支出, 综合', '1000.50', '600.00', '400.5'],
        ['20101', '人大"事务"', '-', '', '0'],
      ].map((r) => r.map(cell)),
      origin: { kind: 'html', tables: [0] },
    },
  ],
  blocks: [
    { text: '第三部分 情况说明', role: 'heading' },
    { text: '一、支出预算情况说明', role: 'paragraph' },
    { text: '支出预算1000.50万元。', role: 'paragraph' },
  ],
  warnings: [],
};

describe('report from an extracted document', () => {
  const report = analyzeExtracted(doc);

  it('is valid and keeps amounts as printed strings', () => {
    expect(ReportSchema.parse(report)).toBeTruthy();
    expect(report.tables[0]?.rows[0]?.amounts).toEqual({ total: '1000.50', basic: '600.00', project: '400.5' });
    expect(report.tables[0]?.rows[2]?.amounts).toEqual({ total: null, basic: null, project: '0' });
    expect(report.tables[0]?.anchors[0]?.[0]).toEqual({ kind: 'html', table: 0, row: 0, cell: 0 });
    expect(report.document).toMatchObject({
      organisation: '示例县能源局',
      year: 2026,
      kind: 'budget',
      scope: 'department',
    });
    expect(report.document.sections.map((s) => [s.level, s.heading, s.text])).toEqual([
      [1, '第三部分 情况说明', ''],
      [2, '一、支出预算情况说明', '支出预算1000.50万元。'],
    ]);
    expect(isDisclosure(report)).toBe(true);
  });

  it('renders CSV per RFC 4180 with a BOM', () => {
    const csv = toCsv(report.tables[0]!);
    expect(csv.startsWith('\uFEFF项目,,2026年预算数,,\r\n')).toBe(true);
    expect(csv).toContain('201,"一般公共服务支出, 综合",1000.50,600.00,400.5\r\n');
    expect(csv).toContain('20101,"人大""事务""",-,,0\r\n');
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csvFileName(report.tables[0]!)).toBe('01-budget.expenditure.csv');
  });

  it('neutralises cells a spreadsheet would run as formulas, never numbers or dashes', () => {
    const csv = toCsv({
      grid: [['=HYPERLINK("http://x")', '+1+2', '@SUM(A1)', '-12.50', '-', '+3.5%', '（-1,200.00）']],
    });
    const fields = ['"\'=HYPERLINK(""http://x"")"', "'+1+2", "'@SUM(A1)", '-12.50', '-', '+3.5%', '"（-1,200.00）"'];
    expect(csv).toBe(`\uFEFF${fields.join(',')}\r\n`);
  });

  it('renders readable Markdown', () => {
    const md = toMarkdown(report);
    expect(md).toContain('# 示例县能源局');
    expect(md).toContain('`budget.expenditure` (title)');
    expect(md).toContain('| 万元 | 3 rows |');
    expect(md).toContain('Disclosure recognised: yes');
  });

  it('Markdown shows document text as text: markup, links and pipes escaped', () => {
    const hostile = {
      ...report,
      document: { ...report.document, organisation: '<script>x</script>[a](javascript:1)|' },
    };
    const md = toMarkdown(hostile);
    expect(md).toContain('# &lt;script&gt;x&lt;/script&gt;\\[a\\]\\(javascript:1\\)\\|');
    expect(md).not.toContain('<script>');
  });

  it('says what was found when it is not a disclosure', () => {
    const other = analyzeExtracted(
      {
        ...doc,
        tables: [],
        source: { kind: 'html', uri: 'test://landing' },
      },
      { attachments: [{ href: 'https://example.org/a.pdf', text: '示例县能源局2026年预算.pdf' }] },
    );
    expect(isDisclosure(other)).toBe(false);
    const lines = nonDisclosureMessage(other);
    expect(lines[0]).toContain('not a budget disclosure');
    expect(lines.join('\n')).toContain('https://example.org/a.pdf');
  });
});
