// One chart with its accessible alternative: a table (toggle) whose first column opens the lists
// behind each bar, a PNG download, and bars that open their list on click. The chart itself is
// keyboard-navigable (recharts' accessibility layer: Tab to focus, arrows to move between bars).
import { ActionIcon, Button, Card, Group, Tooltip as MTooltip, Table, Text, Title } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { lazy, Suspense, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CountLink } from './CountLink';
import { formatCount } from './format';
import { type Cell, listTarget, type ScopeProcedure } from './links';
import { saveSvgAsPng } from './png';

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

// recharts and the drawing code: a chunk of their own, fetched once a chart is shown.
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
  const tableId = useId();
  const navigate = useNavigate();
  const data = rows.map((r) => ({ label: r.label, ...r.values }));

  const openRow = (index: number) => {
    const row = rows[index];
    const open = (row?.cells ?? []).filter((c) => c.count > 0 && procedures.get(c.procedure)?.linkable);
    if (open.length === 1) {
      void navigate(listTarget(procedures.get(open[0].procedure)!, open[0].filters));
    } else if (open.length > 1) {
      // Several lists behind one bar: show the table, where the row offers each of them.
      setShowTable(true);
      setTimeout(
        () =>
          document
            .getElementById(`${tableId}-row-${index}`)
            ?.querySelector<HTMLElement>('button, a')
            ?.focus(),
        50,
      );
    }
  };
  const clickable = rows.some((r) => (r.cells ?? []).length > 0);

  const height = kind === 'barh' ? Math.max(220, rows.length * 34 + 60) : 280;
  return (
    <Card withBorder padding="md" component="section" aria-label={title}>
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
                    {series.map((s) => (
                      <Table.Td key={s.key} ta="end" style={{ fontVariantNumeric: 'tabular-nums' }}>
                        {format(r.values[s.key] ?? 0)}
                      </Table.Td>
                    ))}
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
