/**
 * Test support for stage 1 (extract), PDF: writes tiny, valid PDFs by hand (Helvetica text, stroked and filled
 * rulings, optional page rotation or an /Encrypt dictionary) so extractor tests run without the shared corpus.
 * Used only by tests; it must not be imported by the pipeline.
 */

export interface TestPage {
  /** Content stream operators (PDF syntax). */
  content: string;
  /** /Rotate of the page. */
  rotate?: number;
  /** Media box width/height, default A4 portrait. */
  size?: [number, number];
}

/** PDF bytes for the given pages; `encrypt` adds a Standard security handler the empty password does not open. */
export function buildPdf(pages: TestPage[], opts: { encrypt?: boolean } = {}): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => {
    objects.push(body);
    return objects.length;
  };
  const catalog = add('');
  const pagesObj = add('');
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const kids: number[] = [];
  for (const p of pages) {
    const stream = p.content;
    const contents = add(`<< /Length ${byteLength(stream)} >>\nstream\n${stream}\nendstream`);
    const [w, h] = p.size ?? [595, 842];
    const rotate = p.rotate ? ` /Rotate ${p.rotate}` : '';
    kids.push(
      add(
        `<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 ${w} ${h}]${rotate} /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${contents} 0 R >>`,
      ),
    );
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
  objects[pagesObj - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  let encryptRef = '';
  if (opts.encrypt) {
    const o = '7a'.repeat(32);
    const u = '3c'.repeat(32);
    const enc = add(`<< /Filter /Standard /V 1 /R 2 /O <${o}> /U <${u}> /P -3904 >>`);
    encryptRef = ` /Encrypt ${enc} 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>]`;
  }
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(byteLength(out));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = byteLength(out);
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) out += `${String(off).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R${encryptRef} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

function byteLength(s: string): number {
  return new TextEncoder().encode(s).length;
}

/** Text at (x, y) in Helvetica of the given size. */
export function text(x: number, y: number, s: string, size = 10): string {
  return `BT /F1 ${size} Tf ${x} ${y} Td (${s.replace(/[()\\]/g, (c) => `\\${c}`)}) Tj ET`;
}

/** Text drawn at an angle (degrees), as watermarks are. */
export function slantedText(x: number, y: number, s: string, degrees: number, size = 30): string {
  const r = (degrees * Math.PI) / 180;
  const [c, si] = [Math.cos(r).toFixed(4), Math.sin(r).toFixed(4)];
  return `BT /F1 ${size} Tf ${c} ${si} ${-Number(si)} ${c} ${x} ${y} Tm (${s}) Tj ET`;
}

/** A stroked line. */
export function line(x0: number, y0: number, x1: number, y1: number): string {
  return `${x0} ${y0} m ${x1} ${y1} l S`;
}

/**
 * A ruled grid: `cols` x edges, `rows` y edges (top to bottom). `skipV` lists [row, edgeIndex] pairs whose vertical
 * edge is not drawn in that row (a horizontal merge). Mixes stroked lines and thin filled rectangles, as producers do.
 */
export function grid(cols: number[], rows: number[], skipV: Array<[number, number]> = []): string {
  const ops: string[] = [];
  const x0 = cols[0]!;
  const x1 = cols[cols.length - 1]!;
  for (const y of rows) ops.push(`${x0} ${y - 0.25} ${x1 - x0} 0.5 re f`);
  for (let r = 0; r + 1 < rows.length; r++) {
    cols.forEach((x, k) => {
      if (skipV.some(([sr, sk]) => sr === r && sk === k)) return;
      ops.push(line(x, rows[r]!, x, rows[r + 1]!));
    });
  }
  return ops.join('\n');
}
