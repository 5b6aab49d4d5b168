// « Prendre en charge »: the agent becomes the dossier's assignee (Soumise → En cours d'instruction).
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { actionApi, useDossierAction } from '../api/actions';
import { ActionModal, type DossierActionProps } from './ActionModal';

export function TakeDialog({ dossier, onClose }: DossierActionProps) {
  const { t } = useTranslation();
  const m = useDossierAction(() => actionApi.take(dossier.id, { version: dossier.version }));
  return (
    <ActionModal
      title={t('processing.take.title')}
      submitLabel={t('processing.take.submit')}
      onClose={() => onClose()}
      onSubmit={() => m.mutate(undefined, { onSuccess: () => onClose(true) })}
      pending={m.isPending}
      error={m.error}
      size="md"
    >
      <Text>{t('processing.take.confirm', { reference: dossier.reference })}</Text>
    </ActionModal>
  );
}

export default TakeDialog;
