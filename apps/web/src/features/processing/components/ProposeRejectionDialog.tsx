// « Proposer le rejet »: at least one coded reason is mandatory.
import { MultiSelect, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLabelOf } from '../../../components/localized';
import { actionApi, useDossierAction } from '../api/actions';
import { useReasons } from '../api/reasons';
import { ActionModal, type DossierActionProps } from './ActionModal';

export function ProposeRejectionDialog({ dossier, onClose }: DossierActionProps) {
  const { t } = useTranslation();
  const label = useLabelOf();
  const reasons = useReasons('rejet', dossier.id);
  const [selected, setSelected] = useState<string[]>([]);
  const [motivation, setMotivation] = useState('');
  const [touched, setTouched] = useState(false);
  const m = useDossierAction(() =>
    actionApi.propose(dossier.id, {
      version: dossier.version,
      outcome: 'rejetee',
      reasons: selected,
      motivation: motivation.trim() || undefined,
    }),
  );
  return (
    <ActionModal
      title={t('processing.proposeRejection.title')}
      submitLabel={t('processing.proposeRejection.submit')}
      color="red.8"
      onClose={() => onClose()}
      onSubmit={() => {
        setTouched(true);
        if (selected.length > 0) m.mutate(undefined, { onSuccess: () => onClose(true) });
      }}
      pending={m.isPending}
      error={m.error}
    >
      <MultiSelect
        label={t('processing.proposeRejection.reasons')}
        description={t('processing.proposeRejection.reasonsHelp')}
        data={(reasons.data?.items ?? []).map((r) => ({ value: r.code, label: `${r.code} — ${label(r)}` }))}
        value={selected}
        onChange={setSelected}
        searchable
        required
        error={
          touched && selected.length === 0 ? t('processing.proposeRejection.reasonsRequired') : undefined
        }
      />
      <Textarea
        label={t('processing.proposeRejection.motivation')}
        value={motivation}
        onChange={(e) => setMotivation(e.currentTarget.value)}
        autosize
        minRows={3}
        maxLength={4000}
      />
    </ActionModal>
  );
}

export default ProposeRejectionDialog;
