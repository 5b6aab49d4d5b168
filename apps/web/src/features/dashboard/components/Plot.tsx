// The drawing of one chart (recharts). Its own chunk, loaded by ChartCard when a chart is drawn:
// the dashboard's figures, filters and tables do not wait for recharts.

import { type RefObject, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  useActiveTooltipLabel,
  XAxis,
  YAxis,
} from 'recharts';
import type { ChartKind, Series } from './ChartCard';

const AXIS = { fontSize: 12, fill: '#343a40' };

/** Room for the category labels of a horizontal bar chart: the longest label, within bounds. */
const labelWidth = (data: Record<string, string | number>[]): number =>
  Math.min(260, Math.max(96, 16 + 6.6 * Math.max(0, ...data.map((d) => String(d.label ?? '').length))));

/** Keeps the category the chart's keyboard layer (arrow keys) has reached, for Enter below. */
function ActivePoint({ into }: { into: RefObject<unknown> }) {
  const label = useActiveTooltipLabel();
  useEffect(() => {
    into.current = label;
  }, [label, into]);
  return null;
}

export default function Plot({
  data,
  series,
  kind,
  format,
  clickable,
  openRow,
}: {
  data: Record<string, string | number>[];
  series: Series[];
  kind: ChartKind;
  format: (v: number) => string;
  clickable: boolean;
  /** a click on a bar or point: the row and the series clicked (none from the keyboard: every
   * series of the row, so a row behind several lists opens the table at that row) */
  openRow: (index: number, series?: string) => void;
}) {
  const active = useRef<unknown>(undefined);
  // The chart is focusable (accessibilityLayer): arrows move from category to category and Enter
  // opens the same list as a click on that category's bar or point.
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key !== 'Enter' || !clickable || active.current === undefined) return;
    const index = data.findIndex((d) => d.label === active.current);
    if (index < 0) return;
    e.preventDefault();
    openRow(index);
  };
  // Right to left (Arabic): the category axis runs from the right, the value axis sits on the right
  // and the labels stand beside it, outside the bars. The SVG itself is drawn left to right (dir=ltr
  // below): in an RTL document SVG text anchors flip, which put the labels over the bars.
  const { i18n } = useTranslation();
  const rtl = i18n.dir() === 'rtl';
  const side = rtl ? ('right' as const) : ('left' as const);
  const margin = { top: 8, bottom: 8, right: rtl ? 0 : 16, left: rtl ? 16 : 0 };
  const textDir = { direction: rtl ? ('rtl' as const) : ('ltr' as const) };
  const tooltip = (
    <Tooltip
      formatter={(v) => format(Number(v))}
      contentStyle={{ ...textDir, textAlign: rtl ? 'right' : 'left' }}
    />
  );
  let chart: React.ReactElement;
  if (kind === 'line') {
    chart = (
      <LineChart data={data} accessibilityLayer margin={margin}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="label" tick={AXIS} reversed={rtl} />
        <YAxis tick={AXIS} tickFormatter={(v) => format(Number(v))} width={64} orientation={side} />
        {tooltip}
        <ActivePoint into={active} />
        <Legend wrapperStyle={textDir} />
        {series.map((s) => (
          <Line
            key={s.key}
            dataKey={s.key}
            name={s.name}
            stroke={s.color}
            strokeWidth={2}
            dot={{ r: 3 }}
            activeDot={{
              r: 6,
              cursor: clickable ? 'pointer' : undefined,
              onClick: (_e: unknown, p: unknown) => openRow((p as { index: number }).index, s.key),
            }}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    );
  } else {
    const horizontal = kind === 'barh';
    chart = (
      <BarChart
        data={data}
        layout={horizontal ? 'vertical' : 'horizontal'}
        accessibilityLayer
        margin={margin}
      >
        <CartesianGrid strokeDasharray="3 3" />
        {horizontal ? (
          <>
            <XAxis type="number" tick={AXIS} tickFormatter={(v) => format(Number(v))} reversed={rtl} />
            <YAxis type="category" dataKey="label" tick={AXIS} width={labelWidth(data)} orientation={side} />
          </>
        ) : (
          <>
            <XAxis dataKey="label" tick={AXIS} reversed={rtl} />
            <YAxis tick={AXIS} tickFormatter={(v) => format(Number(v))} width={64} orientation={side} />
          </>
        )}
        {tooltip}
        <ActivePoint into={active} />
        {series.length > 1 && <Legend wrapperStyle={textDir} />}
        {series.map((s) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.name}
            fill={s.color}
            cursor={clickable ? 'pointer' : undefined}
            onClick={(_d, index) => openRow(index, s.key)}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    );
  }

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the keys come from the focusable chart inside (its accessibility layer), not from this wrapper
    <div dir="ltr" style={{ width: '100%', height: '100%' }} onKeyDown={onKeyDown}>
      <ResponsiveContainer width="100%" height="100%">
        {chart}
      </ResponsiveContainer>
    </div>
  );
}
