/**
 * Fuzzing support: seeded mutations of a document's bytes — blind ones (flip bytes, truncate, delete, duplicate or
 * zero a run) and ones that know the format (a PDF's xref, stream lengths, fonts, page count; HTML nested or spanned
 * past reason). Pure: bytes in, bytes out, the same seed always giving the same case.
 */
import { createRng, type Rng } from '../tests/generator/prng';

export const BLIND = ['flip', 'truncate', 'delete', 'duplicate', 'zero'] as const;
export const PDF_AWARE = ['xref', 'length', 'font', 'page-count', 'startxref'] as const;
export const HTML_AWARE = ['deep-nesting', 'span-bomb', 'many-tables', 'huge-table', 'bad-markup'] as const;
export type Mutation = (typeof BLIND)[number] | (typeof PDF_AWARE)[number] | (typeof HTML_AWARE)[number];

const latin1 = (b: Uint8Array) => new TextDecoder('latin1').decode(b);
const fromLatin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);
const utf8 = (b: Uint8Array) => new TextDecoder().decode(b);
const fromUtf8 = (s: string) => new TextEncoder().encode(s);

function span(rng: Rng, n: number): [number, number] {
  const at = Math.floor(rng.next() * n);
  const len = 1 + Math.floor(rng.next() * Math.min(4096, Math.max(1, n - at)));
  return [at, Math.min(n, at + len)];
}

function blind(kind: (typeof BLIND)[number], b: Uint8Array, rng: Rng): Uint8Array {
  const out = b.slice();
  const n = b.length;
  if (n === 0) return out;
  switch (kind) {
    case 'flip': {
      const flips = 1 + Math.floor(rng.next() * 16);
      for (let i = 0; i < flips; i++) {
        const at = Math.floor(rng.next() * n);
        out[at] = (out[at] ?? 0) ^ (1 << Math.floor(rng.next() * 8));
      }
      return out;
    }
    case 'truncate':
      return b.slice(0, Math.floor(rng.next() * n));
    case 'delete': {
      const [a, z] = span(rng, n);
      return new Uint8Array([...b.subarray(0, a), ...b.subarray(z)]);
    }
    case 'duplicate': {
      const [a, z] = span(rng, n);
      return new Uint8Array([...b.subarray(0, z), ...b.subarray(a, z), ...b.subarray(z)]);
    }
    case 'zero': {
      const [a, z] = span(rng, n);
      out.fill(0, a, z);
      return out;
    }
  }
}

/** Replaces one of the matches of `re` (picked by the rng) through `f`; the text unchanged when none matches. */
function replaceOne(s: string, re: RegExp, rng: Rng, f: (m: RegExpExecArray) => string): string {
  const all = [...s.matchAll(new RegExp(re.source, `${re.flags.replace('g', '')}g`))];
  const m = all[Math.floor(rng.next() * all.length)];
  if (!m || m.index === undefined) return s;
  return s.slice(0, m.index) + f(m as RegExpExecArray) + s.slice(m.index + m[0].length);
}

function pdfAware(kind: (typeof PDF_AWARE)[number], b: Uint8Array, rng: Rng): Uint8Array {
  const s = latin1(b);
  switch (kind) {
    case 'xref':
      // An xref entry's offset rewritten: the object it points to is not there.
      return fromLatin1(
        replaceOne(s, /\d{10} \d{5} n/, rng, () => `${String(Math.floor(rng.next() * 1e9)).padStart(10, '0')} 00000 n`),
      );
    case 'length':
      return fromLatin1(
        replaceOne(s, /\/Length (\d+)/, rng, (m) => `/Length ${Math.floor(Number(m[1]) * (rng.next() * 3))}`),
      );
    case 'font':
      return fromLatin1(replaceOne(s, /\/(FontFile2?3?|BaseFont|ToUnicode|Encoding)\b/, rng, () => '/Xx'));
    case 'page-count':
      return fromLatin1(
        replaceOne(s, /\/Count (\d+)/, rng, () => `/Count ${[0, 999999999, -1, 65536][Math.floor(rng.next() * 4)]}`),
      );
    case 'startxref':
      return fromLatin1(
        replaceOne(s, /startxref\s+(\d+)/, rng, () => `startxref\n${Math.floor(rng.next() * b.length)}`),
      );
  }
}

function htmlAware(kind: (typeof HTML_AWARE)[number], b: Uint8Array, rng: Rng): Uint8Array {
  const s = utf8(b);
  const at = Math.max(0, s.indexOf('<body') >= 0 ? s.indexOf('>', s.indexOf('<body')) + 1 : 0);
  const insert = (x: string) => fromUtf8(s.slice(0, at) + x + s.slice(at));
  switch (kind) {
    case 'deep-nesting': {
      const depth = 2000 + Math.floor(rng.next() * 8000);
      return insert(`${'<div>'.repeat(depth)}x${'</div>'.repeat(depth)}`);
    }
    case 'span-bomb':
      return insert(
        `<table><tr><td rowspan="65534" colspan="1000">a</td><td colspan="99999">b</td></tr><tr><td>1</td></tr></table>`,
      );
    case 'many-tables':
      return insert('<table><tr><td>合计</td><td>1.00</td></tr></table>'.repeat(2000 + Math.floor(rng.next() * 3000)));
    case 'huge-table': {
      const rows = 5000 + Math.floor(rng.next() * 20000);
      return insert(`<table>${'<tr><td>201</td><td>一般公共服务支出</td><td>1.00</td></tr>'.repeat(rows)}</table>`);
    }
    case 'bad-markup':
      return fromUtf8(
        replaceOne(
          s,
          /<\/?(table|tr|td|th|tbody)\b[^>]*>/,
          rng,
          () => ['', '<td', '</table></table>', '<tr><tr>'][Math.floor(rng.next() * 4)] ?? '',
        ),
      );
  }
}

/** The mutations that apply to a document of this kind. */
export function mutationsFor(kind: 'pdf' | 'html'): Mutation[] {
  return [...BLIND, ...(kind === 'pdf' ? PDF_AWARE : HTML_AWARE)];
}

/** Case `seed` of a document: which mutation, and the mutated bytes. */
export function mutate(
  kind: 'pdf' | 'html',
  bytes: Uint8Array,
  seed: number,
): { mutation: Mutation; bytes: Uint8Array } {
  const rng = createRng(seed);
  const all = mutationsFor(kind);
  const mutation = all[Math.floor(rng.next() * all.length)] as Mutation;
  if ((BLIND as readonly string[]).includes(mutation))
    return { mutation, bytes: blind(mutation as (typeof BLIND)[number], bytes, rng) };
  if ((PDF_AWARE as readonly string[]).includes(mutation))
    return { mutation, bytes: pdfAware(mutation as (typeof PDF_AWARE)[number], bytes, rng) };
  return { mutation, bytes: htmlAware(mutation as (typeof HTML_AWARE)[number], bytes, rng) };
}
