import { describe, expect, it } from 'vitest';
import { pageFrame } from './geometry';
import { DRAW_OPS } from './pdfjs-types';
import { runsFromOperatorList, TEXT_OPS } from './text-from-ops';

const font = { fontMatrix: [0.001, 0, 0, 0.001, 0, 0] };
const glyphs = (text: string) => [...text].map((unicode) => ({ unicode, width: 1000 }));
const frame = pageFrame([0, 0, 600, 800], 0);

/** A page that shows `text` at (x, y), optionally inside a clip rectangle [x0, y0, x1, y1]. */
function page(items: { text: string; x: number; y: number; clip?: [number, number, number, number] }[]) {
  const fnArray: number[] = [];
  const argsArray: unknown[] = [];
  const op = (fn: number, args: unknown = null) => {
    fnArray.push(fn);
    argsArray.push(args);
  };
  for (const it of items) {
    op(TEXT_OPS.save);
    if (it.clip) {
      const [x0, y0, x1, y1] = it.clip;
      op(TEXT_OPS.clip);
      const buf = [DRAW_OPS.moveTo, x0, y0, DRAW_OPS.lineTo, x1, y0, DRAW_OPS.lineTo, x1, y1, DRAW_OPS.lineTo, x0, y1];
      op(TEXT_OPS.constructPath, [28, [Float32Array.from(buf)], null]);
    }
    op(TEXT_OPS.beginText);
    op(TEXT_OPS.setFont, ['F1', 10]);
    op(TEXT_OPS.setTextMatrix, [[1, 0, 0, 1, it.x, it.y]]);
    op(TEXT_OPS.showText, [glyphs(it.text)]);
    op(TEXT_OPS.restore);
  }
  return { fnArray, argsArray };
}

const texts = (ops: ReturnType<typeof page>) =>
  runsFromOperatorList(ops, frame, () => font)?.runs.map((r) => r.text) ?? null;

describe('runsFromOperatorList: clipping', () => {
  it('keeps text inside its clip and text with no clip', () => {
    expect(
      texts(
        page([
          { text: '收入', x: 100, y: 700, clip: [0, 0, 600, 800] },
          { text: '支出', x: 100, y: 600 },
        ]),
      ),
    ).toEqual(['收入', '支出']);
  });
  it('drops text the page clips away (a page carrying its neighbour’s overflow, hidden)', () => {
    expect(
      texts(
        page([
          { text: '隐藏', x: 100, y: 20, clip: [0, 100, 600, 800] },
          { text: '可见', x: 100, y: 700 },
        ]),
      ),
    ).toEqual(['可见']);
  });
  it('a clip ends with the graphics state that set it', () => {
    const ops = page([
      { text: '甲', x: 100, y: 700, clip: [0, 650, 600, 800] },
      { text: '乙', x: 100, y: 20 },
    ]);
    expect(texts(ops)).toEqual(['甲', '乙']);
  });
});
