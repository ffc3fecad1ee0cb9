/**
 * The viewer's toolbar: document name, page navigation, zoom, find, open a local file, and the way back to the
 * browser's own viewer for a PDF from the web. Props only.
 */
import type { Translate } from '../../lib/i18n/strings';

export interface ToolbarProps {
  t: Translate;
  name: string;
  page: number;
  pages: number;
  scalePercent: number;
  onPage: (n: number) => void;
  onZoom: (direction: 1 | -1) => void;
  onFind: (query: string) => void;
  onFile: (file: File) => void;
  /** The PDF's own address, marked so auto-open lets the browser show it (absent for a local file). */
  originalHref?: string | null;
  /**
   * The shown file is a disclosure's text whose tables are in another file: offer to add that file, read with it as
   * one document.
   */
  onCompanion?: ((file: File) => void) | null;
}

export function Toolbar({
  t,
  name,
  page,
  pages,
  scalePercent,
  onPage,
  onZoom,
  onFind,
  onFile,
  originalHref,
  onCompanion,
}: ToolbarProps) {
  return (
    <header class="toolbar">
      <strong class="brand">{t('brand')}</strong>
      <span class="name" title={name}>
        {name}
      </span>
      <nav class="pager" aria-label={t('viewerPages')}>
        <input
          type="number"
          min={1}
          max={Math.max(pages, 1)}
          value={page}
          aria-label="page"
          onChange={(e) => onPage(Number((e.target as HTMLInputElement).value))}
        />
        <span>/ {pages}</span>
      </nav>
      <div class="zoom">
        <button type="button" onClick={() => onZoom(-1)} aria-label={t('zoomOut')} title={t('zoomOut')}>
          −
        </button>
        <output aria-live="polite">{scalePercent}%</output>
        <button type="button" onClick={() => onZoom(1)} aria-label={t('zoomIn')} title={t('zoomIn')}>
          +
        </button>
      </div>
      <input
        type="search"
        class="find"
        placeholder="查找 / Find"
        aria-label="查找 / Find"
        onKeyDown={(e) => e.key === 'Enter' && onFind((e.target as HTMLInputElement).value)}
      />
      {originalHref ? (
        <a class="original" href={originalHref} data-testid="budget-lens-original">
          {t('viewerOriginal')}
        </a>
      ) : null}
      {onCompanion ? (
        <label class="file companion" data-testid="budget-lens-add-companion" title={t('viewerCompanionHint')}>
          {t('viewerCompanion')}
          <input
            type="file"
            accept="application/pdf,.pdf"
            onChange={(e) => {
              const f = (e.target as HTMLInputElement).files?.[0];
              if (f) onCompanion(f);
            }}
          />
        </label>
      ) : null}
      <label class="file">
        {t('popupOpenViewer')}
        <input
          type="file"
          accept="application/pdf,.pdf"
          onChange={(e) => {
            const f = (e.target as HTMLInputElement).files?.[0];
            if (f) onFile(f);
          }}
        />
      </label>
    </header>
  );
}
