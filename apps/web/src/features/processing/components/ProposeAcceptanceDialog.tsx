// « Proposer l'acceptation »: validity dates and the quantity granted per goods line (the
// requested quantity by default). The chef de service signs it afterwards.
import { Group, NumberInput, Table, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLabelOf } from '../../../components/localized';
import { actionApi, useDossierAction } from '../api/actions';
import { ActionModal, type DossierActionProps } from './ActionModal';

const today = () => new Date().toISOString().slice(0, 10);
const plusMonths = (iso: string, n: number) => {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + n);
  return d.toISOString().slice(0, 10);
};

export function ProposeAcceptanceDialog({ dossier, onClose }: DossierActionProps) {
  const { t } = useTranslation();
  const label = useLabelOf();
  const [validFrom, setValidFrom] = useState(today());
  const [validUntil, setValidUntil] = useState(plusMonths(today(), 6));
  const [grants, setGrants] = useState<Record<number, number | string>>(
    Object.fromEntries(dossier.goods.map((g) => [g.lineNo, Number(g.quantity)])),
  );
  const [motivation, setMotivation] = useState('');
  const [touched, setTouched] = useState(false);
  const datesInvalid = !validFrom || !validUntil || validUntil < validFrom;
  const m = useDossierAction(() =>
    actionApi.propose(dossier.id, {
      version: dossier.version,
      outcome: 'acceptee',
      validFrom,
      validUntil,
      grants: dossier.goods.map((g) => ({ lineNo: g.lineNo, quantity: Number(grants[g.lineNo] ?? 0) })),
      motivation: motivation.trim() || undefined,
    }),
  );
  return (
    <ActionModal
      title={t('processing.proposeAcceptance.title')}
      submitLabel={t('processing.proposeAcceptance.submit')}
      onClose={() => onClose()}
      onSubmit={() => {
        setTouched(true);
        if (!datesInvalid) m.mutate(undefined, { onSuccess: () => onClose(true) });
      }}
      pending={m.isPending}
      error={m.error}
      size="xl"
    >
      <Group grow align="flex-start">
        <TextInput
          type="date"
          label={t('processing.proposeAcceptance.validFrom')}
          value={validFrom}
          onChange={(e) => setValidFrom(e.currentTarget.value)}
          required
        />
        <TextInput
          type="date"
          label={t('processing.proposeAcceptance.validUntil')}
          value={validUntil}
          onChange={(e) => setValidUntil(e.currentTarget.value)}
          required
          error={touched && datesInvalid ? t('processing.proposeAcceptance.datesInvalid') : undefined}
        />
      </Group>
      {dossier.goods.length > 0 && (
        <Table striped withTableBorder aria-label={t('processing.proposeAcceptance.grants')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('processing.proposeAcceptance.line')}</Table.Th>
              <Table.Th>{t('processing.proposeAcceptance.goods')}</Table.Th>
              <Table.Th>{t('processing.proposeAcceptance.requested')}</Table.Th>
              <Table.Th>{t('processing.proposeAcceptance.granted')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {dossier.goods.map((g) => (
              <Table.Tr key={g.lineNo}>
                <Table.Td>{g.lineNo}</Table.Td>
                <Table.Td>
                  {g.hsCode} — {g.description}
                </Table.Td>
                <Table.Td>
                  {g.quantity} {label(g.unit)}
                </Table.Td>
                <Table.Td>
                  <NumberInput
                    aria-label={t('processing.proposeAcceptance.grantedFor', { line: g.lineNo })}
                    value={grants[g.lineNo]}
                    onChange={(v) => setGrants((s) => ({ ...s, [g.lineNo]: v }))}
                    min={0}
                    max={Number(g.quantity)}
                    decimalScale={3}
                    w={140}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Textarea
        label={t('processing.proposeAcceptance.motivation')}
        value={motivation}
        onChange={(e) => setMotivation(e.currentTarget.value)}
        autosize
        minRows={2}
        maxLength={4000}
      />
    </ActionModal>
  );
}

export default ProposeAcceptanceDialog;
