import { describe, expect, it } from 'vitest';
import { analyzePdfBytes, analyzeSource, InputError, loadSource, sniffKind } from './node';

const enc = (s: string) => new TextEncoder().encode(s);

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>示例县能源局2026年度部门预算公开</title></head><body>
<h3>2026年预算支出总表</h3><p>部门名称：示例县能源局</p><p>单位：万元</p>
<table><tr><td>科目编码</td><td>科目名称</td><td>合计</td><td>基本支出</td><td>项目支出</td></tr>
<tr><td>合计</td><td></td><td>10.00</td><td>6.00</td><td>4.00</td></tr>
<tr><td>201</td><td>一般公共服务支出</td><td>10.00</td><td>6.00</td><td>4.00</td></tr></table></body></html>`;

function fakeFetch(body: Uint8Array, contentType: string, status = 200): typeof fetch {
  return (async () =>
    new Response(body as BodyInit, { status, headers: { 'content-type': contentType } })) as unknown as typeof fetch;
}

describe('sniffKind', () => {
  it('uses the content type, then magic bytes, then the name', () => {
    expect(sniffKind(enc('xx'), 'application/pdf')).toBe('pdf');
    expect(sniffKind(enc('%PDF-1.7\n...'), 'application/octet-stream')).toBe('pdf');
    expect(sniffKind(enc('<!DOCTYPE html><html>'), null)).toBe('html');
    expect(sniffKind(enc('hello'), 'text/html; charset=utf-8')).toBe('html');
    expect(sniffKind(enc('hello'), null, 'a.pdf')).toBe('pdf');
    expect(sniffKind(enc('hello'), 'text/plain', 'a.txt')).toBeNull();
  });
});

describe('loadSource / analyzeSource', () => {
  it('fetches a URL and analyses the HTML it returns', async () => {
    const r = await analyzeSource('https://example.org/a.html', fakeFetch(enc(PAGE), 'text/html; charset=utf-8'));
    expect(r.source.uri).toBe('https://example.org/a.html');
    expect(r.document.organisation).toBe('示例县能源局');
    const t = r.tables.find((x) => x.kind === 'budget.expenditure');
    expect(t?.rows.find((x) => x.code === '201')?.amounts).toEqual({ total: '10.00', basic: '6.00', project: '4.00' });
  });

  it('turns HTTP errors and unreadable files into InputError', async () => {
    await expect(loadSource('https://example.org/x', fakeFetch(enc(''), 'text/html', 404))).rejects.toMatchObject({
      name: 'InputError',
      code: 'fetch',
    });
    await expect(loadSource('/nonexistent/file.pdf')).rejects.toBeInstanceOf(InputError);
    await expect(loadSource('https://example.org/x', fakeFetch(enc('plain'), 'text/plain'))).rejects.toMatchObject({
      code: 'unsupported',
    });
  });

  it('an empty HTML file is an input error; a fragment or plain text is read as a page', async () => {
    await expect(analyzeSource('https://example.org/e.html', fakeFetch(enc(' \n'), 'text/html'))).rejects.toMatchObject(
      {
        name: 'InputError',
        code: 'empty',
      },
    );
    const r = await analyzeSource('https://example.org/p.html', fakeFetch(enc('只有一句话'), 'text/html'));
    expect(r.tables).toEqual([]);
  });

  it('reports a corrupt PDF as an input error, not a crash', async () => {
    await expect(analyzePdfBytes(enc('%PDF-1.4 this is not a pdf'), 'x.pdf')).rejects.toMatchObject({
      name: 'InputError',
      code: 'corrupt',
    });
  }, 60_000);
});
