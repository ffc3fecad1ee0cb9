import { describe, expect, it } from 'vitest';
import { loadPdfjsNode } from './open-node';
import { DRAW_OPS, OPS } from './pdfjs-types';
import { TEXT_OPS } from './text-from-ops';

describe('pinned pdf.js operator codes', () => {
  it('match the installed pdf.js build', async () => {
    const pdfjs = await loadPdfjsNode();
    const real = pdfjs.OPS as Record<string, number>;
    for (const [name, code] of Object.entries({ ...OPS, ...TEXT_OPS })) expect(real[name], name).toBe(code);
    const draw = (pdfjs as unknown as { DrawOPS?: Record<string, number> }).DrawOPS;
    if (draw) for (const [name, code] of Object.entries(DRAW_OPS)) expect(draw[name], name).toBe(code);
  });
});
