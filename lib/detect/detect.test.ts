import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { detectDisclosure, isPdfAddress, ORIGINAL_VIEWER_MARK } from './detect';

const page = (head: string, body: string) =>
  parseHTML(`<!doctype html><html><head><title>${head}</title></head><body>${body}</body></html>`).document;

describe('detectDisclosure', () => {
  it('recognises a budget disclosure page with tables', () => {
    const d = detectDisclosure(
      page('某县财政局2025年度部门预算公开', '<h1>部门预算</h1><table><tr><td>1</td></tr></table>'),
    );
    expect(d.isDisclosure).toBe(true);
    expect(d.kind).toBe('budget');
    expect(d.tableCount).toBe(1);
  });

  it('tells final accounts from budgets', () => {
    const d = detectDisclosure(page('2024年度部门决算公开', '<table><tr><td>1</td></tr></table>'));
    expect(d.kind).toBe('final');
  });

  it('ignores an ordinary page, even one with tables', () => {
    const d = detectDisclosure(page('天气预报', '<h1>今日天气</h1><table><tr><td>晴</td></tr></table>'));
    expect(d.isDisclosure).toBe(false);
    expect(d.kind).toBeNull();
    expect(d.pdfLinks).toEqual([]);
  });

  it('finds disclosure PDF attachments on an article without tables', () => {
    const d = detectDisclosure(
      page(
        '通知公告',
        '<a href="/a/2025部门预算.pdf">某局2025年部门预算.pdf</a><a href="/b/notice.pdf">会议通知</a><a href="x.html">预算</a>',
      ),
    );
    expect(d.isDisclosure).toBe(false);
    expect(d.pdfLinks.map((l) => l.text)).toEqual(['某局2025年部门预算.pdf']);
    expect(d.kind).toBe('budget');
  });

  it('trusts generic attachment names only on a disclosure page', () => {
    const body = '<a href="/u/P0202502.pdf">附件1</a><a href="/n.pdf">会议通知</a>';
    expect(detectDisclosure(page('某局2025年部门预算公开', body)).pdfLinks.map((l) => l.text)).toEqual(['附件1']);
    expect(detectDisclosure(page('新闻', body)).pdfLinks).toEqual([]);
  });
});

describe('isPdfAddress', () => {
  it('takes http(s) addresses whose path ends in .pdf', () => {
    expect(isPdfAddress('https://czj.example.gov.cn/u/P020250214.PDF')).toBe(true);
    expect(isPdfAddress('http://x.gov.cn/a/2025%E9%83%A8%E9%97%A8%E9%A2%84%E7%AE%97.pdf?v=2#page=3')).toBe(true);
  });
  it('leaves other pages, other schemes and the reader’s request for the browser’s own viewer', () => {
    expect(isPdfAddress('https://x.gov.cn/a/list.html')).toBe(false);
    expect(isPdfAddress('https://x.gov.cn/download?file=a.pdf')).toBe(false);
    expect(isPdfAddress('file:///home/a.pdf')).toBe(false);
    expect(isPdfAddress('not a url')).toBe(false);
    expect(isPdfAddress(`https://x.gov.cn/a.pdf#${ORIGINAL_VIEWER_MARK}`)).toBe(false);
  });
});
