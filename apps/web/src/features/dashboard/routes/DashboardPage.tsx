// Tableau de bord (guide §II: « une vue globale des opérations d'importation et d'exportation »).
// Figures and charts count the dossiers submitted in the period, in the user's scope; each count
// opens the list(s) that show exactly those dossiers.

import {
  Alert,
  Button,
  Card,
  Group,
  Loader,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import type { DashboardFigures, DashboardResponse } from '@portail/contracts';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { type ComponentProps, type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../components/format';
import { PageHeader } from '../../../components/PageHeader';
import { useSessionUser } from '../../../components/useSessionUser';
import { ApiError } from '../../../lib/api';
import { useDashboard } from '../api/dashboard';
import { ChartCard, type ChartRow, type Series } from '../components/ChartCard';
import { CountLink } from '../components/CountLink';
import { formatCount, formatDuration, formatMonth, formatPercent } from '../components/format';
import type { Cell, ListFilters, ScopeProcedure } from '../components/links';
import { downloadCsv } from '../components/png';
import { type DashboardSearch, PERIODS, type Period } from '../search';

const COLORS = { import: '#1864ab', export: '#c2410c' };
const STATE_COLORS: Record<string, string> = {
  soumise: '#1864ab',
  en_instruction: '#0b7285',
  complement_demande: '#c2410c',
  attente_avis: '#8a6100',
  acceptee: '#2b8a3e',
  transmise_douane: '#5f3dc4',
  imputee: '#087f5b',
  rejetee: '#c92a2a',
  annulee: '#495057',
};
const STATE_ORDER = Object.keys(STATE_COLORS);
type Direction = 'import' | 'export';
const DIRECTIONS: Direction[] = ['import', 'export'];

/** Figure → the states it counts (null: every state). */
const FIGURE_STATES: Record<string, string[] | null> = {
  received: null,
  inProgress: ['soumise', 'en_instruction'],
  awaitingOperator: ['complement_demande'],
  awaitingOpinions: ['attente_avis'],
  accepted: ['acceptee', 'transmise_douane', 'imputee'],
  rejected: ['rejetee'],
};

export default function DashboardPage() {
  const { t } = useTranslation();
  const search = useSearch({ strict: false }) as DashboardSearch;
  const navigate = useNavigate();
  const query = useDashboard(search);
  const d = query.data;
  const user = useSessionUser();

  const setSearch = (patch: SearchPatch) =>
    void navigate({ to: '.', search: clean({ ...search, ...patch }) as never, resetScroll: false });

  const error = query.error instanceof ApiError ? query.error : null;
  return (
    <>
      <PageHeader
        title={t('nav.dashboard')}
        crumbs={[{ label: t('nav.dashboard') }]}
        actions={
          d && (
            <Button variant="default" onClick={() => exportCsv(d, t)}>
              {t('dashboard.exportCsv')}
            </Button>
          )
        }
      />
      <Text mb="sm">
        {t('dashboard.welcome', { name: user?.displayName ?? '' })} {t('dashboard.intro')}
      </Text>
      <Filters search={search} data={d} onChange={setSearch} />
      {error && (
        <Alert color="red" title={t('dashboard.error')} mb="md" role="alert">
          {error.details?.fields?.map((f) => f.message).join(' ') || error.message}
        </Alert>
      )}
      {!d && query.isPending && (
        <Group justify="center" py="xl">
          <Loader aria-label={t('common.loading')} />
        </Group>
      )}
      {d && <Dashboard d={d} stale={query.isPlaceholderData} search={search} />}
    </>
  );
}

function clean(s: DashboardSearch): DashboardSearch {
  const out: DashboardSearch = {};
  for (const [k, v] of Object.entries(s)) if (v) (out as Record<string, string>)[k] = v;
  if (out.period !== 'personnalisee') {
    delete out.submittedFrom;
    delete out.submittedTo;
  }
  return out;
}

function Filters({
  search,
  data,
  onChange,
}: {
  search: DashboardSearch;
  data: DashboardResponse | undefined;
  onChange: (patch: SearchPatch) => void;
}) {
  const { t } = useTranslation();
  const period = search.period ?? '12m';
  const [from, setFrom] = useState(search.submittedFrom ?? data?.period.from ?? '');
  const [to, setTo] = useState(search.submittedTo ?? data?.period.to ?? '');
  const procedures = data?.scope.procedures ?? [];
  return (
    <Paper
      withBorder
      p="md"
      mb="lg"
      component="form"
      role="search"
      aria-label={t('dashboard.filters.title')}
      onSubmit={(e) => {
        e.preventDefault();
        onChange({ period: 'personnalisee', submittedFrom: from, submittedTo: to });
      }}
    >
      <Group align="flex-end" gap="md" wrap="wrap">
        <Select
          label={t('dashboard.filters.period')}
          data={PERIODS.map((p) => ({ value: p, label: t(`dashboard.periods.${p}`) }))}
          value={period}
          allowDeselect={false}
          onChange={(v) => {
            if (v === 'personnalisee') {
              setFrom(data?.period.from ?? '');
              setTo(data?.period.to ?? '');
              onChange({
                period: 'personnalisee',
                submittedFrom: data?.period.from,
                submittedTo: data?.period.to,
              });
            } else if (v) onChange({ period: v as Period });
          }}
          w={200}
        />
        {period === 'personnalisee' && (
          <>
            <TextInput
              type="date"
              label={t('dashboard.filters.from')}
              value={from}
              onChange={(e) => setFrom(e.currentTarget.value)}
              w={170}
            />
            <TextInput
              type="date"
              label={t('dashboard.filters.to')}
              value={to}
              onChange={(e) => setTo(e.currentTarget.value)}
              w={170}
            />
            <Button type="submit" variant="default">
              {t('dashboard.filters.apply')}
            </Button>
          </>
        )}
        <Select
          label={t('dashboard.filters.procedure')}
          placeholder={t('dashboard.filters.allProcedures')}
          data={[
            {
              group: t('nav.import'),
              items: procedures
                .filter((p) => p.direction === 'import')
                .map((p) => ({ value: p.code, label: p.name })),
            },
            {
              group: t('nav.export'),
              items: procedures
                .filter((p) => p.direction === 'export')
                .map((p) => ({ value: p.code, label: p.name })),
            },
          ].filter((g) => g.items.length > 0)}
          value={search.procedure ?? null}
          onChange={(v) => onChange({ procedure: v ?? undefined })}
          clearable
          searchable
          w={300}
        />
        <Select
          label={t('dashboard.filters.customsOffice')}
          placeholder={t('dashboard.filters.allOffices')}
          data={(data?.scope.customsOffices ?? []).map((o) => ({
            value: o.code,
            label: `${o.name} (${o.code})`,
          }))}
          value={search.customsOffice ?? null}
          onChange={(v) => onChange({ customsOffice: v ?? undefined })}
          clearable
          searchable
          w={260}
        />
        {data?.scope.organisations && (
          <Select
            label={t('dashboard.filters.organisation')}
            placeholder={t('dashboard.filters.allOrganisations')}
            data={data.scope.organisations.map((o) => ({ value: o.code, label: o.name }))}
            value={search.organisation ?? null}
            onChange={(v) => onChange({ organisation: v ?? undefined, procedure: undefined })}
            clearable
            searchable
            w={260}
          />
        )}
      </Group>
    </Paper>
  );
}

function Dashboard({ d, stale, search }: { d: DashboardResponse; stale: boolean; search: DashboardSearch }) {
  const office = search.customsOffice;
  const { t } = useTranslation();
  const procedures = useMemo(() => new Map(d.scope.procedures.map((p) => [p.code, p])), [d]);
  const base: ListFilters = { submittedFrom: d.period.from, submittedTo: d.period.to, customsOffice: office };
  const dirOf = (code: string) => procedures.get(code)?.direction;
  const stateLabel = (s: string) => t(`dashboard.states.${s}`, { defaultValue: s });
  const inScope = d.scope.procedures.filter((p) => !search.procedure || p.code === search.procedure);

  const cellsFor = (dir: Direction, states: string[] | null): Cell[] => {
    if (states === null) {
      return inScope
        .filter((p) => p.direction === dir)
        .map((p) => ({
          procedure: p.code,
          count: d.byState.filter((c) => c.procedure === p.code).reduce((s, c) => s + c.count, 0),
          filters: base,
        }));
    }
    return d.byState
      .filter((c) => dirOf(c.procedure) === dir && states.includes(c.state))
      .map((c) => ({
        procedure: c.procedure,
        count: c.count,
        filters: { ...base, state: c.state },
        detail: stateLabel(c.state),
      }));
  };

  // Monthly trend: every month of the period, import vs export.
  const months: string[] = [];
  for (let m = d.period.from.slice(0, 7); m <= d.period.to.slice(0, 7); ) {
    months.push(m);
    const [y, mo] = m.split('-').map(Number);
    m = mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, '0')}`;
  }
  const monthRange = (m: string): ListFilters => {
    const [y, mo] = m.split('-').map(Number);
    const end = new Date(Date.UTC(y, mo, 0)).toISOString().slice(0, 10);
    return {
      ...base,
      submittedFrom: [`${m}-01`, d.period.from].sort()[1],
      submittedTo: [end, d.period.to].sort()[0],
    };
  };
  /** Decided within / beyond the deadline, per procedure: the two lists behind an SLA share. */
  const slaCells = (
    rows: { procedure: string; withinSla: number; late: number }[],
    filters: ListFilters,
    detail?: string,
  ): Cell[] => {
    const by = new Map<string, { within: number; late: number }>();
    for (const r of rows) {
      const x = by.get(r.procedure) ?? { within: 0, late: 0 };
      x.within += r.withinSla;
      x.late += r.late;
      by.set(r.procedure, x);
    }
    const prefix = detail ? `${detail} — ` : '';
    return [...by].flatMap(([procedure, x]) => [
      {
        procedure,
        count: x.within,
        filters: { ...filters, decidedWithinSla: 'true' as const },
        detail: `${prefix}${t('dashboard.links.withinSla')}`,
      },
      {
        procedure,
        count: x.late,
        filters: { ...filters, decidedWithinSla: 'false' as const },
        detail: `${prefix}${t('dashboard.links.beyondSla')}`,
      },
    ]);
  };
  // The lists behind the figures that are not counts of states (medians, shares, overdue).
  const figureCells = (dir: Direction) => ({
    decided: inScope
      .filter((p) => p.direction === dir)
      .map((p) => ({
        procedure: p.code,
        count: d.durationsByProcedure.filter((c) => c.procedure === p.code).reduce((s, c) => s + c.count, 0),
        filters: { ...base, processingDays: '0-' },
        detail: t('dashboard.links.decided'),
      })),
    withinSla: slaCells(
      d.byMonth.filter((r) => dirOf(r.procedure) === dir),
      base,
    ),
    acceptance: cellsFor(dir, [...(FIGURE_STATES.accepted ?? []), 'rejetee']),
    overdue: d.overdueByProcedure
      .filter((o) => dirOf(o.procedure) === dir)
      .map((o) => ({
        procedure: o.procedure,
        count: o.count,
        filters: { ...base, overdue: 'true' as const },
        detail: t('dashboard.links.overdue'),
      })),
  });
  const trendRows: ChartRow[] = months.map((m) => {
    const rows = d.byMonth.filter((r) => r.month === m);
    return {
      label: formatMonth(m),
      values: Object.fromEntries(
        DIRECTIONS.map((dir) => [
          dir,
          rows.filter((r) => dirOf(r.procedure) === dir).reduce((s, r) => s + r.count, 0),
        ]),
      ),
      cells: rows.map((r) => ({
        procedure: r.procedure,
        count: r.count,
        filters: monthRange(m),
        detail: formatMonth(m, 'long'),
      })),
    };
  });
  const slaRows: ChartRow[] = months.map((m) => {
    const rows = d.byMonth.filter((r) => r.month === m);
    const v = (dir: Direction) => {
      const ok = rows.filter((r) => dirOf(r.procedure) === dir).reduce((s, r) => s + r.withinSla, 0);
      const late = rows.filter((r) => dirOf(r.procedure) === dir).reduce((s, r) => s + r.late, 0);
      return ok + late > 0 ? ok / (ok + late) : 0;
    };
    return {
      label: formatMonth(m),
      values: { import: v('import'), export: v('export') },
      cells: slaCells(rows, monthRange(m), formatMonth(m, 'long')),
    };
  });
  const stateRows: ChartRow[] = STATE_ORDER.filter((s) => d.byState.some((c) => c.state === s)).map((s) => {
    const cells = d.byState.filter((c) => c.state === s);
    return {
      label: stateLabel(s),
      values: Object.fromEntries(
        DIRECTIONS.map((dir) => [
          dir,
          cells.filter((c) => dirOf(c.procedure) === dir).reduce((a, c) => a + c.count, 0),
        ]),
      ),
      cells: cells.map((c) => ({
        procedure: c.procedure,
        count: c.count,
        filters: { ...base, state: s },
        detail: stateLabel(s),
      })),
    };
  });
  const procRows: ChartRow[] = inScope
    .map((p) => {
      const count = d.byState.filter((c) => c.procedure === p.code).reduce((s, c) => s + c.count, 0);
      return {
        label: p.name,
        values: { [p.direction]: count },
        cells: [{ procedure: p.code, count, filters: base }],
      };
    })
    .filter((r) => (r.values.import ?? 0) + (r.values.export ?? 0) > 0)
    .sort((a, b) => (b.values.import ?? b.values.export ?? 0) - (a.values.import ?? a.values.export ?? 0));
  const groupTop = <K extends string>(
    items: { procedure: string; count: number }[],
    keyOf: (i: never) => K,
    labelOf: (k: K) => string,
    filter: (k: K) => FilterPatch,
  ) => {
    const by = new Map<K, { procedure: string; count: number }[]>();
    for (const i of items) {
      const k = keyOf(i as never);
      by.set(k, [...(by.get(k) ?? []), i]);
    }
    return [...by]
      .map(([k, list]) => ({
        label: labelOf(k),
        values: Object.fromEntries(
          DIRECTIONS.map((dir) => [
            dir,
            list.filter((c) => dirOf(c.procedure) === dir).reduce((a, c) => a + c.count, 0),
          ]),
        ),
        cells: list.map((c) => ({
          procedure: c.procedure,
          count: c.count,
          filters: { ...base, ...filter(k) },
          detail: labelOf(k),
        })),
      }))
      .sort((a, b) => b.values.import + b.values.export - (a.values.import + a.values.export));
  };
  const officeName = new Map(d.byOffice.map((o) => [o.office, o.name]));
  const officeRows = groupTop(
    d.byOffice,
    (o: { office: string }) => o.office,
    (k) => officeName.get(k) ?? k,
    (k) => ({ customsOffice: k }),
  );
  const chapterLabel = new Map(d.byChapter.map((c) => [c.chapter, c.label]));
  const chapterRows = groupTop(
    d.byChapter,
    (c: { chapter: string }) => c.chapter,
    (k) => `${k} — ${truncate(chapterLabel.get(k) ?? '', 38)}`,
    (k) => ({ hsCode: k }),
  );
  const durationRows: ChartRow[] = [];
  for (const c of d.durations.filter((x) => x.direction === 'import')) {
    const other = d.durations.find((x) => x.direction === 'export' && x.fromDays === c.fromDays);
    const label =
      c.toDays === null
        ? t('dashboard.duration.over', { from: c.fromDays })
        : t('dashboard.duration.between', { from: c.fromDays, to: c.toDays });
    durationRows.push({
      label,
      values: { import: c.count, export: other?.count ?? 0 },
      cells: d.durationsByProcedure
        .filter((x) => x.fromDays === c.fromDays)
        .map((x) => ({
          procedure: x.procedure,
          count: x.count,
          filters: { ...base, processingDays: `${x.fromDays}-${x.toDays ?? ''}` },
          detail: label,
        })),
    });
  }
  const series = DIRECTIONS.map((dir) => ({ key: dir, name: t(`nav.${dir}`), color: COLORS[dir] }));
  const showDirs = DIRECTIONS.filter((dir) => inScope.some((p) => p.direction === dir));
  const sum = (rows: ChartRow[]) =>
    rows.reduce((s, r) => s + Object.values(r.values).reduce((a, b) => a + b, 0), 0);
  // Each chart: its title, the PNG's file name, its rows; import vs export unless said otherwise.
  const charts: ChartSpec[] = [
    {
      title: t('dashboard.charts.trend'),
      fileName: 'tendance-mensuelle',
      rows: trendRows,
      kind: 'bar',
      empty: sum(trendRows) === 0,
    },
    {
      title: t('dashboard.charts.byState'),
      fileName: 'par-etat',
      rows: stateRows,
      kind: 'barh',
      empty: stateRows.length === 0,
    },
    {
      title: t('dashboard.charts.byProcedure'),
      fileName: 'par-procedure',
      rows: procRows,
      kind: 'barh',
      empty: procRows.length === 0,
    },
    {
      title: t('dashboard.charts.byOffice'),
      fileName: 'par-bureau-douanier',
      rows: officeRows,
      kind: 'barh',
      empty: officeRows.length === 0,
    },
    {
      title: t('dashboard.charts.byChapter'),
      fileName: 'par-chapitre-sh',
      rows: chapterRows,
      kind: 'barh',
      empty: chapterRows.length === 0,
    },
    {
      title: t('dashboard.charts.durations'),
      fileName: 'delais-de-traitement',
      rows: durationRows,
      kind: 'bar',
      empty: sum(durationRows) === 0,
    },
    {
      title: t('dashboard.charts.sla'),
      fileName: 'respect-des-delais',
      rows: slaRows,
      kind: 'line',
      format: (v) => formatPercent(v),
      empty: d.byMonth.every((r) => r.withinSla + r.late === 0),
    },
  ];
  if (d.agents)
    charts.push({
      title: t('dashboard.charts.agents'),
      fileName: 'charge-par-agent',
      series: [
        { key: 'open', name: t('dashboard.agents.open'), color: '#1864ab' },
        { key: 'decided', name: t('dashboard.agents.decided'), color: '#2b8a3e' },
      ],
      rows: d.agents.map((a) => ({
        label: a.name,
        values: { open: a.open, decided: a.decided },
        cells: a.byProcedure.flatMap((x) =>
          (['open', 'decided'] as const).map((stage) => ({
            procedure: x.procedure,
            count: x[stage],
            filters: { ...base, agent: String(a.userId), stage },
            detail: `${a.name} — ${t(`dashboard.agents.${stage}`)}`,
            series: stage,
          })),
        ),
      })),
      kind: 'barh',
      empty: d.agents.length === 0,
    });

  return (
    <Stack gap="lg" style={{ opacity: stale ? 0.6 : 1, transition: 'opacity 150ms' }} aria-busy={stale}>
      <Text size="sm" c="dimmed">
        {t('dashboard.periodCaption', { from: formatDate(d.period.from), to: formatDate(d.period.to) })}
      </Text>
      {d.scope.procedures.length === 0 && <Alert color="gray">{t('dashboard.noScope')}</Alert>}
      {showDirs.map((dir) => (
        <FiguresSection
          key={dir}
          dir={dir}
          f={d.figures[dir]}
          cellsFor={cellsFor}
          links={figureCells(dir)}
          procedures={procedures}
        />
      ))}
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        {charts.map((c) => (
          <ChartCard key={c.fileName} series={series} procedures={procedures} {...c} />
        ))}
      </SimpleGrid>
      <Text size="xs" c="dimmed">
        {t('dashboard.footnote', {
          at: new Date(d.generatedAt).toLocaleTimeString('fr-FR', { timeZone: 'Africa/Casablanca' }),
        })}
      </Text>
    </Stack>
  );
}

type SearchPatch = { [K in keyof DashboardSearch]?: DashboardSearch[K] };
/** A chart of the page; the series default to import vs export. */
type ChartSpec = Omit<ComponentProps<typeof ChartCard>, 'series' | 'procedures'> & { series?: Series[] };
type FilterPatch = { customsOffice?: string; hsCode?: string };

const truncate = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function FiguresSection({
  dir,
  f,
  cellsFor,
  links,
  procedures,
}: {
  dir: Direction;
  f: DashboardFigures;
  cellsFor: (dir: Direction, states: string[] | null) => Cell[];
  /** the lists behind the figures that are not counts of states */
  links: { decided: Cell[]; withinSla: Cell[]; acceptance: Cell[]; overdue: Cell[] };
  procedures: Map<string, ScopeProcedure>;
}) {
  const { t } = useTranslation();
  const units = { h: t('dashboard.units.h'), d: t('dashboard.units.d') };
  const title = t(`nav.${dir}`);
  const counted = (key: keyof typeof FIGURE_STATES) => {
    const label = `${t(`dashboard.figures.${key}`)} — ${title}`;
    return (
      <Figure label={t(`dashboard.figures.${key}`)}>
        <CountLink cells={cellsFor(dir, FIGURE_STATES[key])} procedures={procedures} label={label}>
          {formatCount(f[key as 'received'])}
        </CountLink>
      </Figure>
    );
  };
  // Shares, medians and p90 are not counts: they open the lists they are computed over.
  const linked = (key: string, cells: Cell[], text: string, tone?: 'alert') => (
    <Figure label={t(`dashboard.figures.${key}`)} tone={tone}>
      <CountLink cells={cells} procedures={procedures} label={`${t(`dashboard.figures.${key}`)} — ${title}`}>
        {text}
      </CountLink>
    </Figure>
  );
  return (
    <section aria-labelledby={`fig-${dir}`}>
      <Title order={2} size="h4" id={`fig-${dir}`} mb="xs" c={dir === 'import' ? 'portnet.9' : undefined}>
        {title}
      </Title>
      <SimpleGrid cols={{ base: 2, sm: 3, md: 4, xl: 6 }} spacing="sm">
        {counted('received')}
        {counted('inProgress')}
        {counted('awaitingOperator')}
        {counted('awaitingOpinions')}
        {counted('accepted')}
        {counted('rejected')}
        {linked('acceptanceRate', links.acceptance, formatPercent(f.acceptanceRate))}
        {linked('median', links.decided, formatDuration(f.medianHours, units))}
        {linked('p90', links.decided, formatDuration(f.p90Hours, units))}
        {linked('withinSla', links.withinSla, formatPercent(f.withinSlaRate))}
        {linked('overdue', links.overdue, formatCount(f.overdue), f.overdue > 0 ? 'alert' : undefined)}
      </SimpleGrid>
    </section>
  );
}

function Figure({ label, children, tone }: { label: string; children: ReactNode; tone?: 'alert' }) {
  return (
    <Card withBorder padding="sm">
      <Text size="xs" c="dimmed" fw={500} style={{ minHeight: '2.4em' }}>
        {label}
      </Text>
      <Text
        fz={26}
        fw={700}
        c={tone === 'alert' ? 'red.9' : 'portnet.9'}
        style={{ fontVariantNumeric: 'tabular-nums' }}
      >
        {children}
      </Text>
    </Card>
  );
}

function exportCsv(d: DashboardResponse, t: (k: string, o?: Record<string, unknown>) => string): void {
  const name = new Map(d.scope.procedures.map((p) => [p.code, p.name]));
  const dec = (v: number | null, digits = 1) => (v === null ? '' : v.toFixed(digits).replace('.', ','));
  const rows: (string | number)[][] = [
    [t('nav.dashboard'), `${d.period.from} → ${d.period.to}`],
    [],
    [t('dashboard.csv.figure'), t('nav.import'), t('nav.export')],
  ];
  const keys = [
    'received',
    'inProgress',
    'awaitingOperator',
    'awaitingOpinions',
    'accepted',
    'rejected',
    'cancelled',
    'overdue',
  ] as const;
  for (const k of keys) rows.push([t(`dashboard.figures.${k}`), d.figures.import[k], d.figures.export[k]]);
  rows.push([
    t('dashboard.figures.acceptanceRate'),
    dec(pct(d.figures.import.acceptanceRate)),
    dec(pct(d.figures.export.acceptanceRate)),
  ]);
  rows.push([
    t('dashboard.csv.medianHours'),
    dec(d.figures.import.medianHours),
    dec(d.figures.export.medianHours),
  ]);
  rows.push([t('dashboard.csv.p90Hours'), dec(d.figures.import.p90Hours), dec(d.figures.export.p90Hours)]);
  rows.push([
    t('dashboard.figures.withinSla'),
    dec(pct(d.figures.import.withinSlaRate)),
    dec(pct(d.figures.export.withinSlaRate)),
  ]);
  rows.push([], [t('dashboard.csv.procedure'), t('dashboard.csv.state'), t('dashboard.csv.count')]);
  for (const c of d.byState)
    rows.push([name.get(c.procedure) ?? c.procedure, t(`dashboard.states.${c.state}`), c.count]);
  rows.push(
    [],
    [
      t('dashboard.csv.procedure'),
      t('dashboard.csv.month'),
      t('dashboard.csv.count'),
      t('dashboard.csv.withinSla'),
      t('dashboard.csv.late'),
    ],
  );
  for (const m of d.byMonth)
    rows.push([name.get(m.procedure) ?? m.procedure, m.month, m.count, m.withinSla, m.late]);
  rows.push(
    [],
    [t('dashboard.csv.procedure'), t('dashboard.filters.customsOffice'), t('dashboard.csv.count')],
  );
  for (const o of d.byOffice)
    rows.push([name.get(o.procedure) ?? o.procedure, `${o.name} (${o.office})`, o.count]);
  rows.push([], [t('dashboard.csv.procedure'), t('dashboard.csv.chapter'), t('dashboard.csv.count')]);
  for (const c of d.byChapter)
    rows.push([name.get(c.procedure) ?? c.procedure, `${c.chapter} ${c.label}`, c.count]);
  rows.push([], [t('dashboard.csv.procedure'), t('dashboard.csv.processingTime'), t('dashboard.csv.count')]);
  for (const c of d.durationsByProcedure) {
    const range =
      c.toDays === null
        ? t('dashboard.duration.over', { from: c.fromDays })
        : t('dashboard.duration.between', { from: c.fromDays, to: c.toDays });
    rows.push([name.get(c.procedure) ?? c.procedure, range, c.count]);
  }
  rows.push([], [t('dashboard.csv.procedure'), t('dashboard.figures.overdue')]);
  for (const o of d.overdueByProcedure) rows.push([name.get(o.procedure) ?? o.procedure, o.count]);
  if (d.agents) {
    rows.push(
      [],
      [
        t('dashboard.csv.agent'),
        t('dashboard.csv.procedure'),
        t('dashboard.agents.open'),
        t('dashboard.agents.decided'),
      ],
    );
    for (const a of d.agents) {
      rows.push([a.name, t('dashboard.csv.allProcedures'), a.open, a.decided]);
      for (const x of a.byProcedure)
        rows.push([a.name, name.get(x.procedure) ?? x.procedure, x.open, x.decided]);
    }
  }
  downloadCsv(`tableau-de-bord-${d.period.from}-${d.period.to}.csv`, rows);
}

const pct = (v: number | null) => (v === null ? null : v * 100);
