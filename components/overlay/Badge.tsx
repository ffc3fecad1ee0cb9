/** One badge beside a number: a distinct glyph per level, a count when several results share the cell. Props only. */
import { LEVEL_GLYPH, type MarkLevel } from '../../lib/overlay/levels';

export interface BadgeView {
  key: string;
  level: MarkLevel;
  /** Results behind the badge (findings + verified checks). */
  count: number;
  /** CSS lengths in the layer's coordinate space. */
  left: string;
  top: string;
  /** Full accessible name: level, message, cell. */
  label: string;
  /** Where the annotated source lives (`html:table:row:cell` or `pdf:page`), for tests and debugging. */
  anchor?: string;
  /** The annotated cell's text as extracted, for tests and debugging. */
  text?: string;
}

export interface BadgeProps {
  badge: BadgeView;
  active: boolean;
  onOpen: (key: string, el: HTMLElement) => void;
  /** Pointer over the badge or focus on it (the key), and away again (null): the controller may show what it marks. */
  onPreview?: (key: string | null) => void;
}

export function Badge({ badge, active, onOpen, onPreview }: BadgeProps) {
  const preview = onPreview && {
    onPointerEnter: () => onPreview(badge.key),
    onPointerLeave: () => onPreview(null),
    onFocus: () => onPreview(badge.key),
    onBlur: () => onPreview(null),
  };
  return (
    <button
      type="button"
      class={`bl-badge bl-badge--${badge.level}${active ? ' is-active' : ''}`}
      style={{ left: badge.left, top: badge.top }}
      aria-label={badge.label}
      aria-expanded={active}
      title={badge.label}
      data-testid="budget-lens-badge"
      data-level={badge.level}
      data-key={badge.key}
      data-anchor={badge.anchor}
      data-text={badge.text}
      onClick={(e) => onOpen(badge.key, e.currentTarget)}
      {...preview}
    >
      <span aria-hidden="true">{LEVEL_GLYPH[badge.level]}</span>
      {badge.count > 1 && badge.level !== 'verified' ? (
        <span class="bl-badge__count" aria-hidden="true">
          {badge.count}
        </span>
      ) : null}
    </button>
  );
}
