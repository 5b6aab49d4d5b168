// « Historique »: who did what, when — newest first, as an ordered list.
import { Text } from '@mantine/core';
import type { DossierDetail } from '@portail/contracts';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../components/format';
import { stateLabel } from './labels';

type HistoryEvent = DossierDetail['history'][number];

/** The event's title in the reader's language, by kind (the server's French label otherwise). */
const eventLabel = (t: TFunction, e: HistoryEvent): string =>
  e.kind === 'state_changed' && e.toState
    ? t('dossiers.dossier.history.stateChanged', { state: stateLabel(t, e.toState) })
    : t(`dossiers.dossier.history.kinds.${e.kind}`, { defaultValue: e.label });

// Actors the server names itself (customs' acknowledgement); people and organisations keep their names.
const SYSTEM_ACTORS: Record<string, string> = { 'Douane (ADII)': 'dossiers.dossier.history.customs' };

export function History({ events }: { events: DossierDetail['history'] }) {
  const { t } = useTranslation();
  if (events.length === 0) return <Text c="dimmed">{t('dossiers.dossier.history.empty')}</Text>;
  const sorted = [...events].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : b.id - a.id));
  return (
    <ol className="dossier-timeline">
      {sorted.map((e) => (
        <li key={e.id}>
          <Text size="sm" fw={700} lh={1.35}>
            {eventLabel(t, e)}
          </Text>
          {e.fromState && e.toState ? (
            <Text size="xs">
              {t('dossiers.dossier.history.from', {
                from: stateLabel(t, e.fromState),
                to: stateLabel(t, e.toState),
              })}
            </Text>
          ) : null}
          <Text size="xs" c="dimmed">
            <time dateTime={e.at}>{formatDateTime(e.at)}</time> ·{' '}
            {t('dossiers.dossier.history.by', {
              name: SYSTEM_ACTORS[e.actor]
                ? t(SYSTEM_ACTORS[e.actor])
                : e.actor || t('dossiers.dossier.history.system'),
            })}
          </Text>
        </li>
      ))}
    </ol>
  );
}
