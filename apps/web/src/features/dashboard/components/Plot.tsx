// The drawing of one chart (recharts). Its own chunk, loaded by ChartCard when a chart is drawn:
// the dashboard's figures, filters and tables do not wait for recharts.
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { ChartKind, Series } from './ChartCard';

const AXIS = { fontSize: 12, fill: '#343a40' };

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
  openRow: (index: number) => void;
}) {
  const tooltip = <Tooltip formatter={(v) => format(Number(v))} />;
  let chart: React.ReactElement;
  if (kind === 'line') {
    chart = (
      <LineChart data={data} accessibilityLayer margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="label" tick={AXIS} />
        <YAxis tick={AXIS} tickFormatter={(v) => format(Number(v))} width={64} />
        {tooltip}
        <Legend />
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
              onClick: (_e: unknown, p: unknown) => openRow((p as { index: number }).index),
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
        margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
      >
        <CartesianGrid strokeDasharray="3 3" />
        {horizontal ? (
          <>
            <XAxis type="number" tick={AXIS} tickFormatter={(v) => format(Number(v))} />
            <YAxis type="category" dataKey="label" tick={AXIS} width={170} />
          </>
        ) : (
          <>
            <XAxis dataKey="label" tick={AXIS} />
            <YAxis tick={AXIS} tickFormatter={(v) => format(Number(v))} width={64} />
          </>
        )}
        {tooltip}
        {series.length > 1 && <Legend />}
        {series.map((s) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.name}
            fill={s.color}
            cursor={clickable ? 'pointer' : undefined}
            onClick={(_d, index) => openRow(index)}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    );
  }

  return (
    <ResponsiveContainer width="100%" height="100%">
      {chart}
    </ResponsiveContainer>
  );
}
