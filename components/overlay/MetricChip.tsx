/**
 * A per-capita chip beside a numerator cell (`49.68 元/人`): a button that opens the metric card. Positions arrive as
 * CSS lengths from the controller; this component only draws. Props only.
 */
export interface MetricChipView {
  key: string;
  metricId: string;
  left: string;
  top: string;
  text: string;
  label: string;
  /** Where the numerator cell lives (`html:table:row:cell` or `pdf:page`), for tests and debugging. */
  anchor?: string;
}

export function MetricChip({
  chip,
  active,
  onOpen,
}: {
  chip: MetricChipView;
  active: boolean;
  onOpen: (key: string) => void;
}) {
  return (
    <button
      type="button"
      class={`bl-metric${active ? ' is-active' : ''}`}
      style={{ left: chip.left, top: chip.top }}
      aria-label={chip.label}
      aria-expanded={active}
      title={chip.label}
      data-testid="budget-lens-metric-chip"
      data-metric={chip.metricId}
      data-key={chip.key}
      data-anchor={chip.anchor}
      onClick={() => onOpen(chip.key)}
    >
      {chip.text}
    </button>
  );
}
