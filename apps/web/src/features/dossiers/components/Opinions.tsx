// « Avis » of the consulted organisations, and the « Décision »: each outcome as words with a tone.
import { Group, Stack, Text } from '@mantine/core';
import type { DossierDetail } from '@portail/contracts';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../../components/format';
import { useLabelOf } from '../../../components/localized';
import { StateBadge } from '../../../components/StateBadge';
import { DocumentsList } from './DocumentsList';
import { opinionLabel, outcomeTone, stateLabel } from './labels';
import { Facts } from './Section';

const Outcome = ({ code, label }: { code: string; label: string }) => (
  <StateBadge label={label} tone={outcomeTone(code)} />
);

export function OpinionsList({ opinions }: { opinions: NonNullable<DossierDetail['opinions']> }) {
  const { t } = useTranslation();
  const label = useLabelOf();
  if (opinions.length === 0) return <Text c="dimmed">{t('dossiers.dossier.opinions.empty')}</Text>;
  return (
    <Stack gap="sm" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {opinions.map((o) => (
        <li
          key={`${o.organisation.code}-${o.round}`}
          style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 8, padding: 12 }}
        >
          <Group justify="space-between" gap="xs" wrap="wrap">
            <Text fw={700} size="sm">
              {label(o.organisation)}
            </Text>
            {o.opinion ? (
              <Outcome code={o.opinion.code} label={opinionLabel(t, o.opinion)} />
            ) : (
              <Outcome code="en_attente" label={t('dossiers.dossier.opinions.pending')} />
            )}
          </Group>
          <Text size="xs" c="dimmed" mt={4}>
            {t('dossiers.dossier.opinions.requestedAt', { date: formatDateTime(o.requestedAt) })}
            {o.givenAt
              ? ` · ${t('dossiers.dossier.opinions.givenAt', { date: formatDateTime(o.givenAt) })}`
              : ''}
            {o.givenBy ? ` ${t('dossiers.dossier.opinions.by', { name: o.givenBy })}` : ''}
          </Text>
          {o.reasons.length ? (
            <Text size="sm" mt={6}>
              <strong>{t('dossiers.dossier.opinions.reasons')} :</strong> {o.reasons.map(label).join(' ; ')}
            </Text>
          ) : null}
          {o.comment ? (
            <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
              <strong>{t('dossiers.dossier.opinions.comment')} :</strong> {o.comment}
            </Text>
          ) : null}
          {o.documents.length > 0 ? (
            <div style={{ marginTop: 6 }}>
              <Text size="sm" fw={700} component="h4" m={0}>
                {t('dossiers.dossier.opinions.documents')}
              </Text>
              <DocumentsList documents={o.documents} />
            </div>
          ) : null}
        </li>
      ))}
    </Stack>
  );
}

export function DecisionFacts({ decision }: { decision: NonNullable<DossierDetail['decision']> }) {
  const { t } = useTranslation();
  const label = useLabelOf();
  return (
    <Facts
      items={[
        { label: t('dossiers.dossier.decision.number'), value: decision.number },
        {
          label: t('dossiers.dossier.decision.outcome'),
          value: <Outcome code={decision.outcome.code} label={stateLabel(t, decision.outcome)} />,
        },
        { label: t('dossiers.dossier.decision.decidedAt'), value: formatDateTime(decision.decidedAt) },
        {
          label: t('dossiers.dossier.decision.validity'),
          value:
            decision.validFrom && decision.validUntil
              ? t('dossiers.dossier.decision.validityRange', {
                  from: formatDate(decision.validFrom),
                  to: formatDate(decision.validUntil),
                })
              : null,
        },
        {
          label: t('dossiers.dossier.decision.reasons'),
          value: decision.reasons.length ? decision.reasons.map(label).join(' ; ') : null,
        },
        {
          label: t('dossiers.dossier.decision.comment'),
          value: decision.motivation ? (
            <span style={{ whiteSpace: 'pre-wrap' }}>{decision.motivation}</span>
          ) : null,
        },
      ]}
    />
  );
}
