// « Gestion des demandes »: the same page for every procedure, driven by its definition — the
// filters of « Paramètres de recherche », the columns in the definition's order, the workflow's states.
import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Group,
  Paper,
  Skeleton,
  Stack,
  Text,
  ThemeIcon,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { DossierListItem, ListColumn } from '@portail/contracts';
import { IconAlertTriangle, IconFileSpreadsheet, IconFileTypeCsv, IconInbox } from '@tabler/icons-react';
import { Link, useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type DataColumn, DataTable } from '../../../components/DataTable';
import { formatDate, formatNumber } from '../../../components/format';
import { labelOf } from '../../../components/localized';
import { PageHeader } from '../../../components/PageHeader';
import { StateBadge, toneForState } from '../../../components/StateBadge';
import { useSessionUser } from '../../../components/useSessionUser';
import { ApiError } from '../../../lib/api';
import { useAgentName } from '../api/agents';
import { exportHref, useDossierList } from '../api/list';
import { useSaveListPreferences } from '../api/preferences';
import { pick, useProcedureBySlug } from '../api/procedure';
import { BulkAssign } from '../components/actions/registry';
import { ColumnsMenu } from '../components/ColumnsMenu';
import { FilterPanel } from '../components/FilterPanel';
import { LinkFilters } from '../components/LinkFilters';
import { ListPager } from '../components/ListPager';
import { opinionLabel, stateLabel } from '../components/labels';
import { DEFAULT_PAGE_SIZE, type Filters, filtersOf, type ListSearch } from '../search';

export default function DossierListPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { slug } = useParams({ strict: false }) as { slug: string };
  const search = useSearch({ strict: false }) as ListSearch;
  const navigate = useNavigate();
  const { entry, procedure, isPending, notFound, error: procedureError } = useProcedureBySlug(slug);
  const definition = procedure.data?.definition;
  const code = entry?.code ?? '';
  const list = useDossierList(code, search, !!definition);
  const savePrefs = useSaveListPreferences(code);
  const shownPage = useRef(1);

  // A chef de service selects dossiers of the page and (re)assigns them in one go.
  const canBulkAssign = useSessionUser()?.roles.includes('chef_service') ?? false;
  const [selected, setSelected] = useState<number[]>([]);
  const searchKey = JSON.stringify(search);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new page or new filters clear the selection
  useEffect(() => setSelected([]), [searchKey]);

  const go = (next: ListSearch, replace = false) =>
    navigate({ to: '.', search: next as never, replace, resetScroll: false });
  const filters = filtersOf(search);
  const agentName = useAgentName(search.agent, canBulkAssign);
  const control = { sort: search.sort, dir: search.dir, pageSize: search.pageSize };

  const direction = definition?.direction ?? entry?.direction ?? 'import';
  const sectionLabel = t(direction === 'export' ? 'nav.export' : 'nav.import');
  const procedureName = definition ? pick(definition.name, lang) : (entry?.name ?? '');
  const crumbs = [
    { label: t('nav.dashboard'), to: '/portail/tableau-de-bord' },
    { label: sectionLabel },
    ...(procedureName ? [{ label: procedureName }] : []),
  ];

  const defColumns = useMemo(
    () => (definition?.listColumns ?? []).map((c) => ({ key: c.key, label: pick(c.label, lang) })),
    [definition, lang],
  );
  // The choice shows at once; the saved one (from the list response) takes over once refetched.
  const [pendingColumns, setPendingColumns] = useState<ListColumn[] | null>(null);
  const visible: ListColumn[] = (pendingColumns ?? list.data?.columns ?? defColumns.map((c) => c.key)).filter(
    (k) => defColumns.some((c) => c.key === k),
  );

  const renderers: Record<ListColumn, Omit<DataColumn<DossierListItem>, 'key' | 'label'>> = {
    reference: {
      sortable: true,
      nowrap: true,
      render: (d) => (
        <Anchor
          component={Link}
          to={`/portail/dossiers/${d.id}`}
          fw={700}
          fz="inherit"
          aria-label={t('dossiers.list.openDossier', { reference: d.reference })}
        >
          {d.reference}
        </Anchor>
      ),
    },
    category: {
      sortable: true,
      render: (d) => (d.category ? labelOf(d.category, lang) : t('dossiers.list.none')),
    },
    importer: {
      sortable: true,
      render: (d) => (
        <>
          <Text fz="inherit" fw={600} lh={1.3}>
            {d.importer.name}
          </Text>
          <Text size="xs" c="dimmed" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
            {t('dossiers.dossier.operator.ice')} {d.importer.ice}
          </Text>
        </>
      ),
    },
    submittedAt: { sortable: true, nowrap: true, render: (d) => formatDate(d.submittedAt) },
    opinion: {
      sortable: true,
      render: (d) => (d.opinion ? opinionLabel(t, d.opinion) : t('dossiers.list.none')),
    },
    customsOffice: {
      sortable: true,
      render: (d) => d.customsOffice?.label ?? t('dossiers.list.none'),
    },
    goods: {
      sortable: true,
      minWidth: 140,
      render: (d) => (
        <Text fz="inherit" lineClamp={2} maw={240} title={d.goods}>
          {d.goods}
        </Text>
      ),
    },
    hsCode: {
      sortable: true,
      nowrap: true,
      render: (d) => (
        <Text span fz="inherit" ff="monospace">
          {d.hsCode}
        </Text>
      ),
    },
    decisionNumber: {
      sortable: true,
      nowrap: true,
      render: (d) => d.decisionNumber ?? t('dossiers.list.none'),
    },
    state: {
      sortable: true,
      render: (d) => <StateBadge label={stateLabel(t, d.state)} tone={toneForState(d.state.code)} />,
    },
  };
  const saveColumns = (cols: ListColumn[]) => {
    setPendingColumns(cols);
    savePrefs.mutate(cols, {
      onSettled: () => setPendingColumns(null),
      onError: () => notifications.show({ color: 'red', message: t('dossiers.list.columnsSaveError') }),
    });
  };
  const selectionColumn: DataColumn<DossierListItem> = {
    key: 'select',
    label: t('dossiers.list.select'),
    render: (d) => (
      <Checkbox
        aria-label={t('dossiers.list.selectOne', { reference: d.reference })}
        checked={selected.includes(d.id)}
        onChange={(e) => {
          const on = e.currentTarget.checked;
          setSelected((ids) => (on ? [...ids, d.id] : ids.filter((id) => id !== d.id)));
        }}
      />
    ),
  };
  const columns: DataColumn<DossierListItem>[] = [
    ...(canBulkAssign ? [selectionColumn] : []),
    ...defColumns
      .filter((c) => visible.includes(c.key))
      .map((c) => ({ key: c.key, label: c.label, ...renderers[c.key] })),
  ];

  if (notFound || (procedureError && !isPending)) {
    return (
      <>
        <PageHeader title={t('dossiers.list.title')} crumbs={crumbs} />
        <Alert color="red" icon={<IconAlertTriangle aria-hidden />} role="alert">
          <Text>{notFound ? t('dossiers.list.procedureError') : t('dossiers.list.error')}</Text>
          <Anchor component={Link} to="/portail/tableau-de-bord" mt="xs" display="inline-block">
            {t('dossiers.list.backToDashboard')}
          </Anchor>
        </Alert>
      </>
    );
  }

  const data = list.data;
  const hasFilters = Object.keys(filters).length > 0;
  const pageSize = data?.pageSize ?? search.pageSize ?? DEFAULT_PAGE_SIZE;
  const page = search.page ?? 1;
  // While the next page loads, the previous one stays on screen (placeholder data): the range and
  // the buttons describe what is shown, not what was asked for.
  const shown = list.isPlaceholderData ? shownPage.current : page;
  if (!list.isPlaceholderData && data) shownPage.current = page;
  const showPager = !!data && (data.items.length !== 0 || page !== 1);
  const onFirstPages = page <= 2 || !data?.prevCursor;
  const badRequest = list.error instanceof ApiError && list.error.status === 400 ? list.error : null;

  return (
    <>
      <PageHeader title={t('dossiers.list.title')} crumbs={crumbs} />
      {definition ? (
        <FilterPanel
          definition={definition}
          value={filters}
          onSubmit={(f: Filters) => go({ ...f, ...control })}
          onClear={() => go({ ...control })}
        />
      ) : (
        <Skeleton height={180} radius="md" mb="md" />
      )}
      <LinkFilters
        value={filters}
        agentName={agentName}
        onRemove={(k) => go({ ...filters, [k]: undefined, ...control })}
      />

      <Paper withBorder p={{ base: 'sm', sm: 'md' }}>
        <Group justify="space-between" mb="sm" gap="sm" wrap="wrap">
          <Text fw={700} size="lg" c="portnet.9" role="status" aria-live="polite">
            {data
              ? data.total.exact
                ? t('dossiers.list.total', {
                    count: data.total.count,
                    formatted: formatNumber(data.total.count),
                  })
                : t('dossiers.list.totalMore', { formatted: formatNumber(data.total.count) })
              : isPending || list.isPending
                ? t('dossiers.list.loading')
                : ''}
          </Text>
          {definition ? (
            <Group gap="xs" wrap="wrap">
              {canBulkAssign ? (
                <Suspense fallback={null}>
                  <BulkAssign
                    dossierIds={selected}
                    onDone={() => {
                      setSelected([]);
                      void list.refetch();
                    }}
                  />
                </Suspense>
              ) : null}
              <ColumnsMenu
                columns={defColumns}
                visible={visible}
                saving={savePrefs.isPending}
                onChange={saveColumns}
                onReset={() => saveColumns(defColumns.map((c) => c.key))}
              />
              <Button
                component="a"
                href={exportHref(code, 'csv', search)}
                download
                variant="default"
                size="sm"
                leftSection={<IconFileTypeCsv size={16} aria-hidden />}
                title={t('dossiers.list.exportHint')}
              >
                {t('dossiers.list.exportCsv')}
              </Button>
              <Button
                component="a"
                href={exportHref(code, 'xlsx', search)}
                download
                variant="default"
                size="sm"
                leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
                title={t('dossiers.list.exportHint')}
              >
                {t('dossiers.list.exportXlsx')}
              </Button>
            </Group>
          ) : null}
        </Group>

        {list.error ? (
          <Alert color="red" icon={<IconAlertTriangle aria-hidden />} role="alert" mb="sm">
            <Text size="sm">{badRequest ? badRequest.message : t('dossiers.list.error')}</Text>
            {badRequest?.details?.fields?.length ? (
              <ul style={{ margin: '4px 0 0', paddingInlineStart: 18 }}>
                {badRequest.details.fields.map((f) => (
                  <li key={f.path}>
                    <Text size="sm">{f.message}</Text>
                  </li>
                ))}
              </ul>
            ) : null}
            {!badRequest ? (
              <Button size="xs" variant="white" color="red" mt="xs" onClick={() => list.refetch()}>
                {t('common.retry')}
              </Button>
            ) : null}
          </Alert>
        ) : null}

        <DataTable<DossierListItem>
          caption={t('dossiers.list.caption', { procedure: procedureName })}
          columns={columns.length ? columns : defColumns.map((c) => ({ ...c, render: () => null }))}
          rows={list.error ? [] : (data?.items ?? [])}
          rowKey={(d) => String(d.id)}
          sort={{ key: data?.sort ?? search.sort ?? 'submittedAt', dir: data?.dir ?? search.dir ?? 'desc' }}
          onSort={(key, dir) => go({ ...filters, sort: key as ListColumn, dir, pageSize: search.pageSize })}
          loading={isPending || list.isFetching}
          labels={{
            loading: t('dossiers.list.loading'),
            sortHint: (column, next) =>
              t(next === 'asc' ? 'dossiers.list.sortAsc' : 'dossiers.list.sortDesc', { column }),
          }}
          minWidth={Math.max(560, columns.length * 100)}
          empty={
            list.error ? null : (
              <Stack align="center" gap={6} maw={520} mx="auto" ta="center">
                <ThemeIcon variant="light" size={48} radius="xl" color="gray" aria-hidden>
                  <IconInbox size={28} />
                </ThemeIcon>
                <Text fw={700}>
                  {hasFilters ? t('dossiers.list.emptyFiltered') : t('dossiers.list.emptyAll')}
                </Text>
                <Text size="sm" c="dimmed">
                  {hasFilters ? t('dossiers.list.emptyFilteredHint') : t('dossiers.list.emptyAllHint')}
                </Text>
                {hasFilters ? (
                  <Button variant="light" size="sm" mt={4} onClick={() => go({ ...control })}>
                    {t('dossiers.list.clear')}
                  </Button>
                ) : null}
              </Stack>
            )
          }
        />

        {data && showPager ? (
          <ListPager
            page={shown}
            size={pageSize}
            count={data.items.length}
            hasPrevious={!list.isPlaceholderData && (page !== 1 || !!data.prevCursor)}
            hasNext={!list.isPlaceholderData && !!data.nextCursor}
            onPrevious={() =>
              onFirstPages || !data.prevCursor
                ? go({ ...filters, ...control })
                : go({ ...filters, ...control, cursor: data.prevCursor, page: page - 1 })
            }
            onNext={() =>
              data.nextCursor && go({ ...filters, ...control, cursor: data.nextCursor, page: page + 1 })
            }
            onSize={(size) => go({ ...filters, sort: search.sort, dir: search.dir, pageSize: size })}
          />
        ) : null}
      </Paper>
    </>
  );
}
