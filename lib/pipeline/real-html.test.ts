/**
 * Real HTML pages (../shared/real/html): a 2016 三公 table pasted from Excel with a blank 单位：, and a 2025 article
 * page whose only content is a link to the PDF attachment.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HAS_SHARED, sharedPath } from '../../tests/support/shared';
import { isDisclosure } from '../report/build-report';
import { analyzeHtmlString } from './node';

const read = (name: string) => readFileSync(sharedPath('real', 'html', name), 'utf8');

describe.skipIf(!HAS_SHARED)('real HTML pages', () => {
  it('reads the 2016 三公 table row by row and warns that no unit is printed', () => {
    const r = analyzeHtmlString(
      read('fujian_pingtan_2016_sangong_budget_table.trimmed.html'),
      'https://www.pingtan.gov.cn/x.html',
    );
    const t = r.tables[0];
    expect(t?.kind).toBe('budget.three-public');
    expect(t?.unit).toBeNull();
    expect(r.warnings.some((w) => w.includes('no unit printed'))).toBe(true);
    expect(t?.rows.map((x) => [x.item ?? null, x.isTotal, x.amounts.amount])).toEqual([
      [null, true, '109.8'],
      ['outbound', false, '0'],
      ['reception', false, '69.8'],
      ['vehicle', false, '40'],
      ['vehicle-operation', false, '40'],
      ['vehicle-purchase', false, '0'],
    ]);
    expect(r.document.year).toBe(2016);
  });

  it('reports an attachment-only article page as not a disclosure, with the resolved PDF link', () => {
    const uri = 'https://www.pingtan.gov.cn/zwgk/zdlyxxgk/czzj/bmyjsgk/bmysgk/202502/t20250212_1.htm';
    const r = analyzeHtmlString(read('fujian_pingtan_2025_hongshizihui_budget_landing.trimmed.html'), uri);
    expect(isDisclosure(r)).toBe(false);
    expect(r.source.attachments).toEqual([
      {
        href: 'https://www.pingtan.gov.cn/zwgk/zdlyxxgk/czzj/bmyjsgk/bmysgk/202502/W020250212383588128884.pdf',
        text: '2025年平潭综合实验区红十字会预算公开.pdf',
      },
    ]);
  });
});
