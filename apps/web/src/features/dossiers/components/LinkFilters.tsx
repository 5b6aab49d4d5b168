// The filters a Tableau de bord figure added to the list (decided within the deadline, processing
// time, assigned agent, open or decided, overdue): not part of « Paramètres de recherche », so they
// are stated above the table, each with a button that removes it.
import { CloseButton, Group, Paper, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { type Filters, LINK_FILTER_KEYS, type LinkFilter } from '../search';

export function linkFilterLabel(t: TFunction, key: LinkFilter, value: string, agentName?: string): string {
  switch (key) {
    case 'decidedWithinSla':
      return t(value === 'true' ? 'dossiers.linkFilters.withinSla' : 'dossiers.linkFilters.beyondSla');
    case 'processingDays': {
      const [from, to] = value.split('-');
      if (!to) {
        return from === '0'
          ? t('dossiers.linkFilters.processingAny')
          : t('dossiers.linkFilters.processingFrom', { from });
      }
      return t('dossiers.linkFilters.processingRange', { from, to });
    }
    case 'stage':
      return t(value === 'open' ? 'dossiers.linkFilters.open' : 'dossiers.linkFilters.decided');
    case 'agent':
      return agentName
        ? t('dossiers.linkFilters.agentNamed', { name: agentName })
        : t('dossiers.linkFilters.agent', { id: value });
    case 'overdue':
      return t('dossiers.linkFilters.overdue');
  }
}

export function LinkFilters({
  value,
  onRemove,
  agentName,
}: {
  value: Filters;
  onRemove: (key: LinkFilter) => void;
  /** the agent of the « agent » filter, when known */
  agentName?: string;
}) {
  const { t } = useTranslation();
  const present = LINK_FILTER_KEYS.filter((k) => value[k]);
  if (present.length === 0) return null;
  return (
    <Paper withBorder p="sm" mb="md" component="section" aria-labelledby="link-filters-title">
      <Group gap="xs" wrap="wrap">
        <Text id="link-filters-title" size="sm" fw={700}>
          {t('dossiers.linkFilters.title')}
        </Text>
        {present.map((k) => {
          const label = linkFilterLabel(t, k, value[k]!, agentName);
          return (
            <Group
              key={k}
              gap={4}
              wrap="nowrap"
              px="xs"
              py={2}
              data-testid={`link-filter-${k}`}
              style={{ border: '1px solid var(--mantine-color-portnet-3)', borderRadius: 16 }}
            >
              <Text size="sm">{label}</Text>
              <CloseButton
                size="sm"
                aria-label={t('dossiers.linkFilters.remove', { label })}
                onClick={() => onRemove(k)}
              />
            </Group>
          );
        })}
      </Group>
    </Paper>
  );
}
