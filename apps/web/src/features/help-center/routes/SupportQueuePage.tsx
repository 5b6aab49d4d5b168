// The support desk's queue: every ticket, filters in the URL, SLA highlighted.

import { Alert, Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import type { TicketStatus, TicketSummary, TicketType } from '@portail/contracts';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { type DataColumn, DataTable } from '../../../components/DataTable';
import { formatDate, formatDateTime } from '../../../components/format';
import { PageHeader } from '../../../components/PageHeader';
import { useDesk } from '../api/tickets';
import { ERROR_COLOR } from '../components/labels';
import { Pager } from '../components/Pager';
import { TicketFilters, type TicketSearch } from '../components/TicketFilters';
import { TicketStatusBadge } from '../components/TicketStatusBadge';

export default function SupportQueuePage() {
  const { t } = useTranslation();
  const search = useSearch({ strict: false }) as TicketSearch;
  const navigate = useNavigate();
  const list = useDesk({
    status: search.statut,
    type: search.type,
    q: search.q,
    page: search.page,
    assignee: search.affectation,
    overdue: search.retard,
  });
  const go = (s: TicketSearch) => navigate({ to: '/portail/support', search: s as never });

  const columns: DataColumn<TicketSummary>[] = [
    {
      key: 'reference',
      label: t('helpCenter.columns.reference'),
      nowrap: true,
      render: (r) => (
        <Anchor component={Link} to={`/portail/support/reclamations/${r.reference}`} fw={600}>
          {r.reference}
        </Anchor>
      ),
    },
    {
      key: 'type',
      label: t('helpCenter.columns.type'),
      render: (r) => t(`helpCenter.types.${r.type as TicketType}`),
    },
    { key: 'service', label: t('helpCenter.columns.service'), render: (r) => r.serviceLabel },
    { key: 'subject', label: t('helpCenter.columns.subject'), render: (r) => r.subject },
    {
      key: 'requester',
      label: t('helpCenter.desk.requester'),
      render: (r) => `${r.requester.displayName} (${r.requester.organisationCode})`,
    },
    {
      key: 'date',
      label: t('helpCenter.columns.date'),
      nowrap: true,
      render: (r) => formatDate(r.createdAt),
    },
    {
      key: 'assignee',
      label: t('helpCenter.desk.assignee'),
      render: (r) =>
        r.assignee?.displayName ?? (
          <Text c="dimmed" size="sm">
            {t('helpCenter.desk.unassigned')}
          </Text>
        ),
    },
    {
      key: 'sla',
      label: t('helpCenter.desk.sla'),
      render: (r) => (
        <Stack gap={2}>
          <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
            {formatDateTime(r.firstResponseOverdue ? r.firstResponseDueAt : r.resolutionDueAt)}
          </Text>
          {r.firstResponseOverdue || r.resolutionOverdue ? (
            <Group gap={4}>
              <Badge color="red.9" variant="filled" tt="none">
                {r.firstResponseOverdue
                  ? t('helpCenter.desk.overdueFirst')
                  : t('helpCenter.desk.overdueResolution')}
              </Badge>
            </Group>
          ) : null}
        </Stack>
      ),
    },
    {
      key: 'status',
      label: t('helpCenter.columns.status'),
      render: (r) => <TicketStatusBadge status={r.status as TicketStatus} />,
    },
  ];

  return (
    <div style={ERROR_COLOR}>
      <PageHeader
        title={t('helpCenter.desk.title')}
        crumbs={[{ label: t('nav.dashboard'), to: '/portail/tableau-de-bord' }, { label: t('nav.support') }]}
        actions={
          <Anchor component={Link} to="/portail/support/faq" fw={600}>
            {t('helpCenter.faqAdmin.link')}
          </Anchor>
        }
      />
      <TicketFilters key={JSON.stringify(search)} value={search} onApply={go} desk />
      {list.isError ? <Alert color="red">{t('helpCenter.loadError')}</Alert> : null}
      <DataTable
        caption={t('helpCenter.desk.queue')}
        columns={columns}
        rows={list.data?.items ?? []}
        rowKey={(r) => r.reference}
        loading={list.isFetching}
        empty={t('helpCenter.list.empty')}
        labels={{ sortHint: () => '', loading: t('common.loading') }}
        minWidth={1100}
      />
      {list.data ? (
        <Pager
          total={list.data.total}
          page={list.data.page}
          pageSize={list.data.pageSize}
          onPage={(p) => go({ ...search, page: p })}
        />
      ) : null}
    </div>
  );
}
