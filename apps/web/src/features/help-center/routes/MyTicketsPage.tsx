// Mes réclamations: the user's tickets (or, for an organisation's administrator, the organisation's).

import { Alert, Anchor, Button, SegmentedControl } from '@mantine/core';
import type { TicketStatus, TicketSummary, TicketType } from '@portail/contracts';
import { IconMessagePlus } from '@tabler/icons-react';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../app/session';
import { type DataColumn, DataTable } from '../../../components/DataTable';
import { formatDate } from '../../../components/format';
import { PageHeader } from '../../../components/PageHeader';
import { useMyTickets } from '../api/tickets';
import { Pager } from '../components/Pager';
import { TicketFilters, type TicketSearch } from '../components/TicketFilters';
import { TicketStatusBadge } from '../components/TicketStatusBadge';

export default function MyTicketsPage() {
  const { t } = useTranslation();
  const search = useSearch({ strict: false }) as TicketSearch & { portee?: 'organisation' };
  const navigate = useNavigate();
  const session = useSession();
  const orgAdmin = session.data?.user.roles.includes('admin_organisation') ?? false;
  const list = useMyTickets({
    status: search.statut,
    type: search.type,
    q: search.q,
    page: search.page,
    scope: search.portee === 'organisation' && orgAdmin ? 'organisation' : undefined,
  });
  const go = (s: TicketSearch & { portee?: 'organisation' }) =>
    navigate({ to: '/aide/reclamations', search: s as never });

  const columns: DataColumn<TicketSummary>[] = [
    {
      key: 'reference',
      label: t('helpCenter.columns.reference'),
      nowrap: true,
      render: (r) => (
        <Anchor component={Link} to={`/aide/reclamations/${r.reference}`} fw={600}>
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
      key: 'date',
      label: t('helpCenter.columns.date'),
      nowrap: true,
      render: (r) => formatDate(r.createdAt),
    },
    {
      key: 'status',
      label: t('helpCenter.columns.status'),
      render: (r) => <TicketStatusBadge status={r.status as TicketStatus} />,
    },
  ];

  return (
    <>
      <PageHeader
        title={t('help.options.myTickets.label')}
        crumbs={[{ label: t('help.title'), to: '/aide/faq' }, { label: t('help.options.myTickets.label') }]}
        actions={
          <Button
            component={Link}
            to="/aide/reclamations/nouvelle"
            leftSection={<IconMessagePlus size={18} aria-hidden />}
          >
            {t('help.options.newTicket.label')}
          </Button>
        }
      />
      {orgAdmin ? (
        <SegmentedControl
          mb="md"
          aria-label={t('helpCenter.list.scope')}
          value={search.portee === 'organisation' ? 'organisation' : 'mine'}
          onChange={(v) =>
            go({ ...search, page: undefined, portee: v === 'organisation' ? 'organisation' : undefined })
          }
          data={[
            { value: 'mine', label: t('helpCenter.list.mine') },
            { value: 'organisation', label: t('helpCenter.list.organisation') },
          ]}
        />
      ) : null}
      <TicketFilters
        key={JSON.stringify(search)}
        value={search}
        onApply={(s) => go({ ...s, portee: search.portee })}
      />
      {list.isError ? <Alert color="red">{t('helpCenter.loadError')}</Alert> : null}
      <DataTable
        caption={t('help.options.myTickets.label')}
        columns={columns}
        rows={list.data?.items ?? []}
        rowKey={(r) => r.reference}
        loading={list.isFetching}
        empty={t('helpCenter.list.empty')}
        labels={{ sortHint: () => '', loading: t('common.loading') }}
        minWidth={820}
      />
      {list.data ? (
        <Pager
          total={list.data.total}
          page={list.data.page}
          pageSize={list.data.pageSize}
          onPage={(p) => go({ ...search, page: p })}
        />
      ) : null}
    </>
  );
}
