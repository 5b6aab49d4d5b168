import type { TicketStatus } from '@portail/contracts';
import { useTranslation } from 'react-i18next';
import { StateBadge } from '../../../components/StateBadge';
import { STATUS_TONES } from './labels';

export function TicketStatusBadge({ status }: { status: TicketStatus }) {
  const { t } = useTranslation();
  return <StateBadge label={t(`helpCenter.statuses.${status}`)} tone={STATUS_TONES[status]} />;
}
