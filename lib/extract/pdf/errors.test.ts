import { describe, expect, it } from 'vitest';
import { PdfInputError } from './errors';
import { openPdfNode } from './open-node';
import { buildPdf, text } from './test-pdf';

async function openError(bytes: Uint8Array): Promise<PdfInputError> {
  try {
    await openPdfNode(bytes);
  } catch (err) {
    expect(err).toBeInstanceOf(PdfInputError);
    return err as PdfInputError;
  }
  throw new Error('expected openPdfNode to fail');
}

describe('openPdfNode classifies unreadable input', () => {
  const valid = buildPdf([{ content: text(50, 700, 'Hello') }]);

  it('opens a valid hand-made PDF', async () => {
    const pdf = await openPdfNode(valid);
    expect(pdf.numPages).toBe(1);
    await pdf.loadingTask.destroy();
  });

  it('encrypted (password needed)', async () => {
    const err = await openError(buildPdf([{ content: text(50, 700, 'Secret') }], { encrypt: true }));
    expect(err.code).toBe('encrypted');
    expect(err.message).toMatch(/加密/);
    expect(err.message).toMatch(/encrypted/);
  });

  it('zero bytes', async () => {
    expect((await openError(new Uint8Array())).code).toBe('empty');
  });

  it('garbage bytes', async () => {
    const garbage = new Uint8Array(2048).map((_, i) => (i * 7919) % 251);
    const err = await openError(garbage);
    expect(err.code).toBe('corrupt');
    expect(err.message).toMatch(/损坏.*damaged/);
  });

  it('truncated file (header only)', async () => {
    expect((await openError(valid.slice(0, 20))).code).toBe('corrupt');
  });

  it('does not detach the caller’s buffer', async () => {
    const copy = valid.slice();
    const pdf = await openPdfNode(copy);
    expect(copy.byteLength).toBe(valid.byteLength);
    await pdf.loadingTask.destroy();
  });
});
