/**
 * Test support for the metrics and history stages: builds the typed model of a corpus document the way the
 * pipeline does (extractHtml / extractPdf, then recogniseDocument). Node-only (reads files, linkedom, pdf.js);
 * never imported by the extension bundle.
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { extractHtml } from '../../extract/html';
import { extractPdf } from '../../extract/pdf';
import { openPdfNode } from '../../extract/pdf/open-node';
import type { ExtractedDocument } from '../../extract/types';
import type { BudgetDocument } from '../../model/budget-document';
import { recogniseDocument } from '../../recognise/recognise-document';

export interface Loaded {
  extracted: ExtractedDocument;
  model: BudgetDocument;
}

const cache = new Map<string, Promise<Loaded>>();

/** The model of an HTML page, as the content script would build it. */
export function loadHtml(path: string, uri = 'https://example.gov.cn/page.html'): Loaded {
  const { document } = parseHTML(readFileSync(path, 'utf8'));
  const extracted = extractHtml(document as unknown as Document, uri);
  return { extracted, model: recogniseDocument(extracted) };
}

/** The model of a PDF, as the viewer/CLI would build it (cached per path: extraction takes seconds). */
export function loadPdf(path: string): Promise<Loaded> {
  let p = cache.get(path);
  if (!p) {
    p = (async () => {
      const pdf = await openPdfNode(new Uint8Array(readFileSync(path)));
      try {
        const extracted = await extractPdf(pdf, path);
        return { extracted, model: recogniseDocument(extracted) };
      } finally {
        const h = pdf as unknown as { destroy?: () => Promise<void>; loadingTask?: { destroy?: () => Promise<void> } };
        await (h.destroy?.() ?? h.loadingTask?.destroy?.())?.catch(() => undefined);
      }
    })();
    cache.set(path, p);
  }
  return p;
}

/** Text of a grid cell of an extracted table ('' when out of range). */
export function cellText(ex: ExtractedDocument, ref: { table: number; row: number; col: number }): string {
  return ex.tables[ref.table]?.rows[ref.row]?.[ref.col]?.text ?? '';
}
