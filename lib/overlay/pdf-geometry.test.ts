import { describe, expect, it } from 'vitest';
import { finding } from '../../tests/support/findings';
import { NO_CARD, toggleCard, touched } from './card-state';
import { marksByPage, PdfPageGeometry, pagesOf, pct } from './pdf-geometry';
import { buildOverlayModel } from './view-model';

// A 600 × 800 pt page at scale 1.5: pdf.js' viewport transform [1.5, 0, 0, -1.5, 0, 1200].
const viewport = {
  width: 900,
  height: 1200,
  convertToViewportPoint: (x: number, y: number) => [x * 1.5, 1200 - y * 1.5],
};
// One run `1,261.62` from x 300 to 348 on the baseline y 700, 10 pt high.
const runs = [{ str: '1,261.62', transform: [10, 0, 0, 10, 300, 700], width: 48, height: 10 }];

describe('PdfPageGeometry', () => {
  const g = new PdfPageGeometry(2, viewport, runs);

  it("gives an anchor's box in the page's current pixels and a placed point back as fractions of the page", () => {
    expect(g.rect([100, 700, 400, 720])).toEqual({ left: 150, top: 120, width: 450, height: 30 });
    expect(g.spot({ left: 450, top: 300 })).toEqual({ left: '50.0000%', top: '25.0000%' });
    expect(pct(1 / 3)).toBe('33.3333%');
  });

  it('outlines a box 2 px clear of it, in fractions so a CSS zoom keeps it in place', () => {
    expect(g.outline([0, 400, 300, 800])).toEqual({
      left: 'calc(0.0000% - 2px)',
      top: 'calc(0.0000% - 2px)',
      width: 'calc(50.0000% + 4px)',
      height: 'calc(50.0000% + 4px)',
    });
  });

  it("finds the printed text inside a cell's box, and nothing while the page's runs are not read", () => {
    const text = g.textRect([100, 690, 400, 720]);
    expect(text?.left).toBeCloseTo(450);
    expect(text?.width).toBeCloseTo(72);
    expect(new PdfPageGeometry(2, viewport, null).textRect([100, 690, 400, 720])).toBeNull();
  });

  it("levels a statement of unknown lines with its first line: the box's top strip and the text on it", () => {
    // A paragraph box 60 pt (90 px) high whose first line holds the run.
    const { box, line } = g.firstLine([100, 652, 400, 712], 24);
    expect(box).toMatchObject({ top: 132, height: 24 });
    expect(line.left).toBeCloseTo(450);
    // Without runs the strip itself.
    expect(new PdfPageGeometry(2, viewport, null).firstLine([100, 652, 400, 712], 24).line).toEqual(box);
  });
});

describe('marks by page', () => {
  const at = (page: number, x: number) => ({
    kind: 'pdf' as const,
    page,
    bbox: [x, 0, x + 10, 10] as [number, number, number, number],
  });
  const tables = [
    {
      kind: 'budget.summary' as const,
      title: null,
      anchors: [
        [at(1, 0), at(1, 20)],
        [at(2, 0), at(2, 20)],
      ],
    },
  ];
  const model = buildOverlayModel(
    tables,
    [
      finding('error', [
        [0, 0, 1],
        [0, 1, 0],
      ]),
      finding('error', [[0, 1, 1]]),
    ],
    [],
  );

  it('groups the badges by the page their cell is on', () => {
    const pages = marksByPage(model, tables);
    expect([...pages].map(([p, list]) => [p, list.map((x) => x.mark.key)])).toEqual([
      [1, ['0:0:1']],
      [2, ['0:1:1']],
    ]);
  });

  it("redraws the pages of an open badge's findings' cells", () => {
    expect([...pagesOf(touched(model, toggleCard(NO_CARD, '0:0:1'), []), tables)]).toEqual([1, 2]);
    expect([...pagesOf(touched(model, NO_CARD, [{ table: 0, row: 1, col: 0 }]), tables)]).toEqual([2]);
  });
});
