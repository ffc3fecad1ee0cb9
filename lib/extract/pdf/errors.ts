/**
 * Stage 1 (extract): classification of PDFs that cannot be read. Each failure becomes one PdfInputError with a code
 * the UI can branch on and a bilingual message it can show as is. It must not decide what to do about the failure
 * (retry, ask for a password): that is the caller's business.
 */

export type PdfInputErrorCode = 'encrypted' | 'corrupt' | 'no-text' | 'empty';

const MESSAGES: Record<PdfInputErrorCode, string> = {
  encrypted: '该 PDF 已加密（需要密码），无法读取。 / The PDF is encrypted (password protected) and cannot be read.',
  corrupt: '该 PDF 已损坏或不是有效的 PDF 文件。 / The file is damaged or is not a valid PDF.',
  'no-text':
    '该 PDF 没有文本层（可能是扫描件），无法提取表格。 / The PDF has no text layer (probably scanned); tables cannot be extracted.',
  empty: '该 PDF 为空（没有内容或没有页面）。 / The PDF is empty (no bytes or no pages).',
};

/** A PDF the extractor cannot read; `message` is Chinese + English, `detail` the underlying cause for diagnostics. */
export class PdfInputError extends Error {
  readonly code: PdfInputErrorCode;
  readonly detail: string | undefined;
  constructor(code: PdfInputErrorCode, detail?: string) {
    super(MESSAGES[code]);
    this.name = 'PdfInputError';
    this.code = code;
    this.detail = detail;
  }
}

export function pdfInputMessage(code: PdfInputErrorCode): string {
  return MESSAGES[code];
}

/**
 * Maps whatever pdf.js threw while opening a document to a PdfInputError. pdf.js signals failures through error
 * names (PasswordException, InvalidPDFException, …) rather than classes we can import, so match on the name.
 */
export function classifyOpenError(err: unknown, byteLength: number): PdfInputError {
  if (err instanceof PdfInputError) return err;
  const name = typeof err === 'object' && err !== null && 'name' in err ? String(err.name) : '';
  const message = err instanceof Error ? err.message : String(err);
  if (byteLength === 0 || /\bempty\b/i.test(message)) return new PdfInputError('empty', message);
  if (name === 'PasswordException' || /password|encrypt/i.test(message)) return new PdfInputError('encrypted', message);
  return new PdfInputError('corrupt', `${name}: ${message}`);
}
