import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isListing, listingLinks, mayFollow } from './listing';

const page = (body: string) =>
  parseHTML(`<!doctype html><html><body>${body}</body></html>`).document as unknown as Document;

describe('listingLinks', () => {
  it('reads each disclosure link once, with its year, kind and target; navigation left out', () => {
    const doc = page(`
      <a href="/yjsgk/">预决算公开</a>
      <a href="/a/1.html">示例县文化和旅游局2025年部门预算</a>
      <a href="/a/1.html">示例县文化和旅游局2025年部门预算</a>
      <a href="/a/2.html" title="示例县教育局2024年度部门决算公开">示例县教育局2024年度…</a>
      <a href="/f/3.pdf">财政局2025年预算.pdf</a>
      <a href="/f/4.xls">卫健委2025年部门预算（表格）</a>
      <a href="/about.html">关于我们</a>
      <a href="javascript:void(0)">2025年预算</a>`);
    const links = listingLinks(doc, 'http://xian.gov.cn/list/index.html');
    expect(links.map((l) => [l.href, l.year, l.kind, l.target])).toEqual([
      ['http://xian.gov.cn/a/1.html', 2025, 'budget', 'page'],
      ['http://xian.gov.cn/a/2.html', 2024, 'final', 'page'],
      ['http://xian.gov.cn/f/3.pdf', 2025, 'budget', 'pdf'],
      ['http://xian.gov.cn/f/4.xls', 2025, 'budget', 'office'],
    ]);
    expect(isListing(links)).toBe(true);
  });

  it('follows the listing’s own origin and gov.cn sites only', () => {
    expect(mayFollow('http://a.example.org/x.html', 'http://a.example.org/list.html')).toBe(true);
    expect(mayFollow('https://czj.xian.gov.cn/x.pdf', 'http://a.example.org/list.html')).toBe(true);
    expect(mayFollow('https://evil.example.com/x.pdf', 'http://a.example.org/list.html')).toBe(false);
    expect(mayFollow('https://gov.cn.example.com/x.pdf', 'https://www.xian.gov.cn/list.html')).toBe(false);
  });
});
