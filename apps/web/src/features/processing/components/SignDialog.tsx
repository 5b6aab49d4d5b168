// « Signer la décision » (chef de service): the agent's proposal, read back before signing.
// Signing assigns the decision number and issues the PDF with its verification QR code.
import { Alert, Anchor, Group, List, Loader, Stack, Table, Text } from '@mantine/core';
import type { SignResult } from '@portail/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLabelOf } from '../../../components/localized';
import { actionApi, useDossierAction } from '../api/actions';
import { useProcessingInfo } from '../api/processing';
import { formatDate } from '../format';
import { ActionModal, type DossierActionProps } from './ActionModal';

export function SignDialog({ dossier, onClose }: DossierActionProps) {
  const { t, i18n } = useTranslation();
  const label = useLabelOf();
  const info = useProcessingInfo(dossier.id);
  const [signed, setSigned] = useState<SignResult | null>(null);
  const m = useDossierAction(() => actionApi.sign(dossier.id, { version: dossier.version }));
  const p = info.data?.proposal;
  const accepted = p?.outcome.code === 'acceptee';
  if (signed) {
    return (
      <ActionModal
        title={t('processing.sign.doneTitle')}
        submitLabel={t('processing.common.close')}
        onClose={() => onClose(true)}
        onSubmit={() => onClose(true)}
        pending={false}
        error={null}
      >
        <Alert color="green" variant="light" role="status">
          {t('processing.sign.done', { number: signed.decisionNumber })}
        </Alert>
        <Anchor href={signed.verificationUrl} target="_blank" rel="noopener">
          {t('processing.sign.verificationLink')}
        </Anchor>
      </ActionModal>
    );
  }
  return (
    <ActionModal
      title={t('processing.sign.title')}
      submitLabel={t('processing.sign.submit')}
      onClose={() => onClose()}
      onSubmit={() => m.mutate(undefined, { onSuccess: (r) => setSigned(r) })}
      pending={m.isPending}
      error={m.error}
      disabled={!p}
      size="xl"
    >
      {info.isLoading && <Loader size="sm" aria-label={t('processing.common.loading')} />}
      {p && (
        <Stack gap="sm">
          <Group gap="sm">
            <Text fw={600}>{t('processing.sign.outcome')}</Text>
            <Text fw={700} data-outcome={p.outcome.code}>
              {t(`processing.outcomes.${p.outcome.code}`)}
            </Text>
          </Group>
          <Text size="sm">
            {t('processing.sign.proposedBy', {
              name: p.proposedBy,
              date: formatDate(p.proposedAt, i18n.language),
            })}
          </Text>
          {accepted && p.validFrom && p.validUntil && (
            <Text size="sm">
              {t('processing.sign.validity', {
                from: formatDate(p.validFrom, i18n.language),
                until: formatDate(p.validUntil, i18n.language),
              })}
            </Text>
          )}
          {accepted && p.grants.length > 0 && (
            <Table withTableBorder aria-label={t('processing.proposeAcceptance.grants')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('processing.proposeAcceptance.line')}</Table.Th>
                  <Table.Th>{t('processing.proposeAcceptance.goods')}</Table.Th>
                  <Table.Th>{t('processing.proposeAcceptance.requested')}</Table.Th>
                  <Table.Th>{t('processing.proposeAcceptance.granted')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {p.grants.map((g) => {
                  const line = dossier.goods.find((x) => x.lineNo === g.lineNo);
                  return (
                    <Table.Tr key={g.lineNo}>
                      <Table.Td>{g.lineNo}</Table.Td>
                      <Table.Td>{line ? `${line.hsCode} — ${line.description}` : ''}</Table.Td>
                      <Table.Td>{line ? `${line.quantity} ${label(line.unit)}` : ''}</Table.Td>
                      <Table.Td>{`${g.quantity} ${line ? label(line.unit) : ''}`}</Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          )}
          {p.reasons.length > 0 && (
            <div>
              <Text fw={600} size="sm">
                {t('processing.sign.reasons')}
              </Text>
              <List size="sm">
                {p.reasons.map((r) => (
                  <List.Item key={r.code}>{`${r.code} — ${label(r)}`}</List.Item>
                ))}
              </List>
            </div>
          )}
          {p.motivation && <Text size="sm">{p.motivation}</Text>}
          <Text size="sm" c="dimmed">
            {t('processing.sign.notice')}
          </Text>
        </Stack>
      )}
    </ActionModal>
  );
}

export default SignDialog;
