// A réclamation on the support desk: the same page with assignment, notes, templates and statuses.
import { Alert, Loader } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { ApiError } from '../../../lib/api';
import { useTicket } from '../api/tickets';
import { ERROR_COLOR } from '../components/labels';
import { TicketView } from '../components/TicketView';

export default function SupportTicketPage() {
  const { t } = useTranslation();
  const { reference } = useParams({ strict: false }) as { reference: string };
  const ticket = useTicket(reference);
  const crumbs = [
    { label: t('nav.dashboard'), to: '/portail/tableau-de-bord' },
    { label: t('nav.support'), to: '/portail/support' },
    { label: reference },
  ];
  return (
    <div style={ERROR_COLOR}>
      <PageHeader title={t('helpCenter.ticket.title', { reference })} crumbs={crumbs} />
      {ticket.isPending ? <Loader aria-label={t('common.loading')} /> : null}
      {ticket.isError ? (
        <Alert color="red">
          {ticket.error instanceof ApiError && ticket.error.status === 404
            ? t('helpCenter.ticket.notFound')
            : t('helpCenter.loadError')}
        </Alert>
      ) : null}
      {ticket.data ? <TicketView ticket={ticket.data} desk /> : null}
    </div>
  );
}
