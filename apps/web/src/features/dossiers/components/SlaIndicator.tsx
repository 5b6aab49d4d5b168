// The SLA in clear words: « 3 jours restants », « En retard de 2 jours », « Délai suspendu », with the
// due date. Users of single windows complain first about requests stuck with no visible deadline.
import { Group, Text } from '@mantine/core';
import type { DossierDetail } from '@portail/contracts';
import { IconAlarm, IconClockCheck, IconClockPause } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../components/format';
import { StateBadge } from '../../../components/StateBadge';

export function SlaIndicator({ sla }: { sla: DossierDetail['sla'] }) {
  const { t } = useTranslation();
  if (!sla) {
    return (
      <Group gap={6} wrap="nowrap">
        <IconClockCheck size={18} aria-hidden color="var(--mantine-color-gray-7)" />
        <Text size="sm">{t('dossiers.dossier.sla.closed')}</Text>
      </Group>
    );
  }
  const abs = Math.abs(sla.remainingMinutes);
  const days = Math.floor(abs / 1440);
  const hours = Math.max(1, Math.ceil(abs / 60));
  let words: string;
  if (sla.paused) words = t('dossiers.dossier.sla.paused');
  else if (sla.overdue || sla.remainingMinutes < 0)
    words =
      days >= 1
        ? t('dossiers.dossier.sla.overdue', { count: days })
        : t('dossiers.dossier.sla.overdueHours', { count: hours });
  else if (days >= 1) words = t('dossiers.dossier.sla.remaining', { count: days });
  else words = t('dossiers.dossier.sla.remainingHours', { count: hours });

  const color = sla.paused ? 'gray' : sla.overdue ? 'red' : sla.remainingMinutes < 1440 ? 'orange' : 'green';
  const Icon = sla.paused ? IconClockPause : IconAlarm;
  return (
    <Group gap={8} wrap="wrap">
      <StateBadge label={words} tone={color} size="lg" icon={<Icon size={16} aria-hidden />} />
      <Text size="sm" c="dimmed">
        {t('dossiers.dossier.sla.due', { date: formatDateTime(sla.dueAt) })}
      </Text>
    </Group>
  );
}
