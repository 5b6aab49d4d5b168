// One chart with its accessible alternative: a table (toggle) whose first column opens the lists
// behind each row and whose values open the lists behind each bar, a CSV and a PNG download, and
// bars that open their list on click. The chart itself is keyboard-navigable (recharts'
// accessibility layer: Tab to focus, arrows to move between bars); the table's links are the
// keyboard's way to the lists.
import { ActionIcon, Button, Card, Group, Tooltip as MTooltip, Table, Text, Title } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { lazy, Suspense, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CountLink } from './CountLink';
import { formatCount } from './format';
import { type Cell, listTarget, type ScopeProcedure } from './links';
import { downloadCsv, saveSvgAsPng } from './png';
import { useNearViewport } from './useNearViewport';

export interface Series {
  key: string;
  name: string;
  color: string;
}

export interface ChartRow {
  label: string;
  values: Record<string, number>;
  /** the lists behind the row (absent: no list can show it) */
  cells?: Cell[];
}

export type ChartKind = 'bar' | 'barh' | 'line';

// recharts and the drawing code: a chunk of their own, fetched once a chart comes into view.
const Plot = lazy(() => import('./Plot'));

export function ChartCard({
  title,
  fileName,
  series,
  rows,
  kind,
  procedures,
  format = formatCount,
  empty,
}: {
  title: string;
  fileName: string;
  series: Series[];
  rows: ChartRow[];
  kind: ChartKind;
  procedures: Map<string, ScopeProcedure>;
  format?: (v: number) => string;
  empty: boolean;
}) {
  const { t } = useTranslation();
  const [showTable, setShowTable] = useState(false);
  const chartRef = useRef<HTMLDivElement>(null);
  // Below the first screen, a chart (and recharts) waits until the reader scrolls near it.
  const cardRef = useRef<HTMLDivElement>(null);
  const drawn = useNearViewport(cardRef);
  const tableId = useId();
  const navigate = useNavigate();
  const data = rows.map((r) => ({ label: r.label, ...r.values }));

  /** The series a cell counts in: its own, else its procedure's direction (import / export). */
  const seriesOf = (c: Cell) => c.series ?? procedures.get(c.procedure)?.direction;
  const cellsOf = (row: ChartRow | undefined, key?: string) => {
    const all = row?.cells ?? [];
    const mine = key === undefined ? [] : all.filter((c) => seriesOf(c) === key);
    return mine.length > 0 ? mine : all;
  };
  const openRow = (index: number, key?: string) => {
    const cells = cellsOf(rows[index], key);
    const open = cells.filter((c) => c.count > 0 && procedures.get(c.procedure)?.linkable);
    if (open.length === 1) {
      void navigate(listTarget(procedures.get(open[0].procedure)!, open[0].filters));
    } else if (open.length > 1) {
      // Several lists behind one bar: show the table, where the bar's value offers each of them.
      setShowTable(true);
      setTimeout(() => {
        const cell = key ? document.getElementById(`${tableId}-row-${index}-${key}`) : null;
        (cell ?? document.getElementById(`${tableId}-row-${index}`))
          ?.querySelector<HTMLElement>('button, a')
          ?.focus();
      }, 50);
    }
  };
  const saveCsv = () =>
    downloadCsv(`${fileName}.csv`, [
      [title],
      [t('dashboard.chart.category'), ...series.map((s) => s.name)],
      ...rows.map((r) => [
        r.label,
        ...series.map((s) =>
          format === formatCount ? (r.values[s.key] ?? 0) : format(r.values[s.key] ?? 0),
        ),
      ]),
    ]);
  const clickable = rows.some((r) => (r.cells ?? []).length > 0);

  const height = kind === 'barh' ? Math.max(220, rows.length * 34 + 60) : 280;
  return (
    <Card ref={cardRef} withBorder padding="md" component="section" aria-label={title}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" mb="xs">
        <Title order={3} size="h5">
          {title}
        </Title>
        <Group gap={4} wrap="nowrap">
          <Button
            size="compact-xs"
            variant="default"
            aria-expanded={showTable}
            aria-controls={tableId}
            onClick={() => setShowTable((v) => !v)}
          >
            {showTable ? t('dashboard.chart.hideTable') : t('dashboard.chart.showTable')}
          </Button>
          <Button
            size="compact-xs"
            variant="default"
            aria-label={t('dashboard.chart.saveCsvOf', { title })}
            disabled={empty}
            onClick={saveCsv}
          >
            {t('dashboard.chart.csv')}
          </Button>
          <MTooltip label={t('dashboard.chart.savePng')}>
            <ActionIcon
              variant="default"
              size="sm"
              aria-label={t('dashboard.chart.savePngOf', { title })}
              disabled={empty}
              onClick={() => {
                const svg = chartRef.current?.querySelector('svg.recharts-surface');
                if (svg) void saveSvgAsPng(svg as SVGSVGElement, `${fileName}.png`, title);
              }}
            >
              <svg
                width="14"
                height="14"
                viewBox="0 0 24 24"
                aria-hidden="true"
                fill="none"
                stroke="currentColor"
                strokeWidth="2"
              >
                <path d="M12 3v12m0 0l-5-5m5 5l5-5M4 21h16" />
              </svg>
            </ActionIcon>
          </MTooltip>
        </Group>
      </Group>
      {empty ? (
        <Text c="dimmed" size="sm" py="xl" ta="center">
          {t('dashboard.chart.empty')}
        </Text>
      ) : (
        <div ref={chartRef} style={{ width: '100%', height }}>
          {drawn && (
            <Suspense fallback={null}>
              <Plot
                data={data}
                series={series}
                kind={kind}
                format={format}
                clickable={clickable}
                openRow={openRow}
              />
            </Suspense>
          )}
        </div>
      )}
      {clickable && !empty && (
        <Text size="xs" c="dimmed" mt={4}>
          {t('dashboard.chart.clickHint')}
        </Text>
      )}
      <div id={tableId} hidden={!showTable}>
        {showTable && (
          <Table.ScrollContainer minWidth={320} mt="sm">
            <Table striped withTableBorder fz="sm">
              <Table.Caption>{title}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('dashboard.chart.category')}</Table.Th>
                  {series.map((s) => (
                    <Table.Th key={s.key} scope="col" ta="end">
                      {s.name}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((r, i) => (
                  <Table.Tr key={r.label} id={`${tableId}-row-${i}`}>
                    <Table.Th scope="row" fw={400}>
                      {r.cells && r.cells.length > 0 ? (
                        <CountLink cells={r.cells} procedures={procedures} label={`${title} — ${r.label}`}>
                          {r.label}
                        </CountLink>
                      ) : (
                        r.label
                      )}
                    </Table.Th>
                    {series.map((s) => {
                      const cells = (r.cells ?? []).filter((c) => seriesOf(c) === s.key);
                      const value = format(r.values[s.key] ?? 0);
                      return (
                        <Table.Td
                          key={s.key}
                          id={`${tableId}-row-${i}-${s.key}`}
                          ta="end"
                          style={{ fontVariantNumeric: 'tabular-nums' }}
                        >
                          {cells.length > 0 ? (
                            <CountLink
                              cells={cells}
                              procedures={procedures}
                              label={`${title} — ${r.label} — ${s.name}`}
                            >
                              {value}
                            </CountLink>
                          ) : (
                            value
                          )}
                        </Table.Td>
                      );
                    })}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </div>
    </Card>
  );
}
