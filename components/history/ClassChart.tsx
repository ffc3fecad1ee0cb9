/**
 * History page: a small line chart of the function classes (类) across the stored years, drawn as inline SVG (no chart
 * library). Props only; values are decimal strings, scaled with decimal.js and only turned into pixel floats at the end.
 */
import Decimal from 'decimal.js';
import type { ClassSeries } from '../../lib/history/compare-years';

const PALETTE = ['#b3261e', '#1a73e8', '#188038', '#e37400', '#8430ce', '#007b83', '#c5221f', '#5f6368', '#a142f4'];
const W = 640;
const H = 260;
const PAD = { left: 64, right: 24, top: 28, bottom: 32 };

export interface ClassChartProps {
  series: ClassSeries;
  label: string;
}

export function ClassChart({ series, label }: ClassChartProps) {
  const { years, classes, unit } = series;
  let max = new Decimal(0);
  for (const c of classes) for (const v of c.values) if (v !== null && new Decimal(v).gt(max)) max = new Decimal(v);
  const top = max.isZero() ? new Decimal(1) : max.times(1.1);
  const x = (i: number) =>
    years.length <= 1
      ? (PAD.left + W - PAD.right) / 2
      : PAD.left + ((W - PAD.left - PAD.right) * i) / (years.length - 1);
  const y = (v: string) =>
    H -
    PAD.bottom -
    new Decimal(v)
      .div(top)
      .times(H - PAD.top - PAD.bottom)
      .toNumber();
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => top.times(f));
  return (
    <figure class="chart">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        width={W}
        height={H}
        role="img"
        aria-label={label}
        data-testid="class-chart"
        data-series={classes.length}
      >
        {ticks.map((tv) => {
          const ty = y(tv.toFixed());
          return (
            <g key={tv.toFixed()} class="tick">
              <line x1={PAD.left} x2={W - PAD.right} y1={ty} y2={ty} stroke="#e0e0e0" />
              <text x={PAD.left - 6} y={ty + 4} text-anchor="end" font-size="11" fill="#555">
                {tv.toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toFixed()}
              </text>
            </g>
          );
        })}
        <text x={PAD.left - 6} y={12} text-anchor="end" font-size="11" fill="#555">
          {unit}
        </text>
        {years.map((yr, i) => (
          <text key={yr} x={x(i)} y={H - 10} text-anchor="middle" font-size="12" fill="#333">
            {yr}
          </text>
        ))}
        {classes.map((c, ci) => {
          const color = PALETTE[ci % PALETTE.length];
          const pts = c.values
            .map((v, i) => (v === null ? null : `${x(i).toFixed(1)},${y(v).toFixed(1)}`))
            .filter((p): p is string => p !== null);
          return (
            <g key={c.code} class="series" data-testid="class-series" data-code={c.code}>
              <title>{`${c.code} ${c.name}`}</title>
              {pts.length > 1 && <polyline points={pts.join(' ')} fill="none" stroke={color} stroke-width="2" />}
              {c.values.map((v, i) =>
                v === null ? null : (
                  <circle key={years[i]} cx={x(i)} cy={y(v)} r="3.5" fill={color}>
                    <title>{`${c.code} ${c.name} ${years[i]}: ${v} ${unit}`}</title>
                  </circle>
                ),
              )}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul class="legend">
          {classes.map((c, ci) => (
            <li key={c.code}>
              <span class="swatch" style={{ background: PALETTE[ci % PALETTE.length] }} aria-hidden="true" />
              {c.code} {c.name}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
