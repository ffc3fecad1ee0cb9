import { describe, expect, it } from 'vitest';
import { extractPdf } from './extract-pdf';
import { openPdfNode } from './open-node';
import { drawsBesideText } from './page-content';
import { OPS } from './pdfjs-types';
import { buildPdf, line, slantedText, text } from './test-pdf';

/** Image operators, absent from the pinned OPS because extraction never reads them. */
const PAINT_IMAGE = 85;

const pageNo = (n: number) => text(295, 30, String(n));

describe('blank pages', () => {
  it('finds the pages with nothing on them but page furniture and the watermark', async () => {
    const pages = [
      { content: [text(72, 760, 'Contents of the disclosure'), pageNo(1)].join('\n') },
      { content: pageNo(2) },
      { content: '' },
      { content: [slantedText(150, 300, 'DRAFT COPY', 45), pageNo(4)].join('\n') },
      // A flipped coordinate system, as some producers set on every page, places nothing.
      { content: 'q 1 0 0 -1 0 842 cm Q' },
      { content: [line(72, 400, 520, 400), pageNo(6)].join('\n') },
      // What Node leaves of a photograph: pdf.js drops the image undecoded, its placement stays.
      { content: 'q 200 0 0 150 100 500 cm Q' },
      { content: [text(72, 760, 'Closing remarks.'), pageNo(8)].join('\n') },
    ];
    const doc = await extractPdf(await openPdfNode(buildPdf(pages)), 'mem://blank.pdf');
    expect(doc.blankPages?.map((p) => p.page)).toEqual([2, 3, 4, 5]);
    expect(doc.blankPages?.[0]).toEqual({ kind: 'pdf', page: 2, bbox: [0, 0, 595, 842] });
  });

  it('says nothing where it did not read the operator list (text-content mode, a page of prose)', async () => {
    const pages = [{ content: text(72, 760, 'Some prose.') }, { content: '' }];
    const doc = await extractPdf(await openPdfNode(buildPdf(pages)), 'mem://t.pdf', { textSource: 'text-content' });
    expect(doc.blankPages).toEqual([]);
  });
});

describe('drawsBesideText', () => {
  const ops = (fnArray: number[], argsArray: unknown[]) => ({ fnArray, argsArray });
  const place = [200, 0, 0, 150, 100, 500];

  it('gives an image the same answer whether it was decoded (viewer) or dropped (Node)', () => {
    const viewer = ops([OPS.save, OPS.transform, PAINT_IMAGE, OPS.restore], [null, place, ['img_p1_1'], null]);
    const node = ops([OPS.save, OPS.transform, OPS.restore], [null, place, null]);
    expect(drawsBesideText(viewer)).toBe(true);
    expect(drawsBesideText(node)).toBe(true);
  });

  it('sees paths, shadings and forms; not clipping or a transform too small to show an image', () => {
    const clip = ops([OPS.constructPath], [[OPS.endPath, [new Float32Array([0, 0, 0])], null]]);
    const stroke = ops([OPS.constructPath], [[OPS.stroke, [new Float32Array([0, 0, 0])], null]]);
    expect(drawsBesideText(clip)).toBe(false);
    expect(drawsBesideText(stroke)).toBe(true);
    expect(drawsBesideText(ops([OPS.shadingFill], [['sh0']]))).toBe(true);
    expect(drawsBesideText(ops([OPS.paintFormXObjectBegin], [[null, null]]))).toBe(true);
    expect(drawsBesideText(ops([OPS.transform], [[0.75, 0, 0, -0.75, 0, 842]]))).toBe(false);
  });
});
