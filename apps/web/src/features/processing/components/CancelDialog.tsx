// « Annuler » (chef de service): a coded reason is required; impossible once customs imputed it.
import { Select, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLabelOf } from '../../../components/localized';
import { actionApi, useDossierAction } from '../api/actions';
import { useReasons } from '../api/reasons';
import { ActionModal, type DossierActionProps } from './ActionModal';

export function CancelDialog({ dossier, onClose }: DossierActionProps) {
  const { t } = useTranslation();
  const label = useLabelOf();
  const reasons = useReasons('annulation');
  const [reason, setReason] = useState<string | null>(null);
  const [comment, setComment] = useState('');
  const [touched, setTouched] = useState(false);
  const m = useDossierAction(() =>
    actionApi.cancel(dossier.id, {
      version: dossier.version,
      reason: reason ?? '',
      comment: comment.trim() || undefined,
    }),
  );
  return (
    <ActionModal
      title={t('processing.cancel.title')}
      submitLabel={t('processing.cancel.submit')}
      color="red.8"
      onClose={() => onClose()}
      onSubmit={() => {
        setTouched(true);
        if (reason) m.mutate(undefined, { onSuccess: () => onClose(true) });
      }}
      pending={m.isPending}
      error={m.error}
      size="md"
    >
      <Text size="sm">{t('processing.cancel.warning', { reference: dossier.reference })}</Text>
      <Select
        label={t('processing.cancel.reason')}
        data={(reasons.data?.items ?? []).map((r) => ({ value: r.code, label: label(r) }))}
        value={reason}
        onChange={setReason}
        required
        error={touched && !reason ? t('processing.cancel.reasonRequired') : undefined}
      />
      <Textarea
        label={t('processing.cancel.comment')}
        value={comment}
        onChange={(e) => setComment(e.currentTarget.value)}
        autosize
        minRows={2}
        maxLength={2000}
      />
    </ActionModal>
  );
}

export default CancelDialog;
