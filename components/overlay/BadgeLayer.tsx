/**
 * The layer of badges, table chips and cell highlights over a page (or over one PDF page). Positions arrive as CSS
 * lengths computed by the controller (lib/overlay/placement.ts); this component only draws them. Props only.
 */
import type { MarkLevel } from '../../lib/overlay/levels';
import { Badge, type BadgeView } from './Badge';

export interface ChipView {
  key: string;
  table: number;
  left: string;
  top: string;
  /** The table's kind in words. */
  kind: string;
  /** e.g. `✓ 12 · ✕ 1`; spoken through `label`. */
  text: string;
  label: string;
  level: MarkLevel | null;
  /** `left` is the chip's right edge (placed over the table's right end). */
  rightAligned?: boolean;
}

export interface BoxView {
  key: string;
  left: string;
  top: string;
  width: string;
  height: string;
  /**
   * The stated cell or statement (outlined strongly), a term (outlined lightly), or the statement whose badge the
   * pointer or focus is on (marked, not outlined: which of several badges on a line is which).
   */
  role: 'stated' | 'term' | 'preview';
}

export interface BadgeLayerProps {
  label: string;
  badges: BadgeView[];
  chips: ChipView[];
  highlights: BoxView[];
  activeKey: string | null;
  onOpen: (key: string, el: HTMLElement) => void;
  onPreview?: (key: string | null) => void;
}

export function BadgeLayer({ label, badges, chips, highlights, activeKey, onOpen, onPreview }: BadgeLayerProps) {
  return (
    <section class="bl-layer" aria-label={label}>
      {highlights.map((h) => (
        <div
          key={h.key}
          class={`bl-highlight bl-highlight--${h.role}`}
          style={{ left: h.left, top: h.top, width: h.width, height: h.height }}
          data-testid="budget-lens-highlight"
          aria-hidden="true"
        />
      ))}
      {chips.map((c) => (
        <div
          key={c.key}
          class={`bl-chip${c.level ? ` bl-chip--${c.level}` : ''}`}
          style={{ left: c.left, top: c.top, ...(c.rightAligned ? { transform: 'translateX(-100%)' } : {}) }}
          data-testid="budget-lens-chip"
          data-table={c.table}
          role="note"
          aria-label={c.label}
        >
          <span class="bl-chip__kind">{c.kind}</span>
          {c.text ? <span class="bl-chip__counts">{c.text}</span> : null}
        </div>
      ))}
      {badges.map((b) => (
        <Badge key={b.key} badge={b} active={b.key === activeKey} onOpen={onOpen} onPreview={onPreview} />
      ))}
    </section>
  );
}
