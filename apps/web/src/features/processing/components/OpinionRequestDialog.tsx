// « Demander l'avis »: one or more organisations the procedure may consult, an optional deadline
// and message. Organisations already asked (opinion pending) cannot be asked again.
import { Checkbox, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLabelOf } from '../../../components/localized';
import { actionApi, useDossierAction } from '../api/actions';
import { useProcessingInfo } from '../api/processing';
import { ActionModal, type DossierActionProps } from './ActionModal';

export function OpinionRequestDialog({ dossier, onClose }: DossierActionProps) {
  const { t } = useTranslation();
  const label = useLabelOf();
  const info = useProcessingInfo(dossier.id);
  const [orgs, setOrgs] = useState<string[]>([]);
  const [dueDate, setDueDate] = useState('');
  const [message, setMessage] = useState('');
  const [touched, setTouched] = useState(false);
  const m = useDossierAction(() =>
    actionApi.requestOpinions(dossier.id, {
      version: dossier.version,
      organisations: orgs,
      dueDate: dueDate || undefined,
      message: message.trim() || undefined,
    }),
  );
  return (
    <ActionModal
      title={t('processing.opinionRequest.title')}
      submitLabel={t('processing.opinionRequest.submit')}
      onClose={() => onClose()}
      onSubmit={() => {
        setTouched(true);
        if (orgs.length > 0) m.mutate(undefined, { onSuccess: () => onClose(true) });
      }}
      pending={m.isPending}
      error={m.error}
    >
      <Checkbox.Group
        label={t('processing.opinionRequest.organisations')}
        value={orgs}
        onChange={setOrgs}
        required
        error={
          touched && orgs.length === 0 ? t('processing.opinionRequest.organisationsRequired') : undefined
        }
      >
        <Stack gap="xs" mt="xs">
          {(info.data?.opinionOrganisations ?? []).map((o) => (
            <Checkbox
              key={o.code}
              value={o.code}
              disabled={o.pending}
              label={`${o.code} — ${label(o)}`}
              description={o.pending ? t('processing.opinionRequest.pending') : undefined}
            />
          ))}
        </Stack>
      </Checkbox.Group>
      {info.data && info.data.opinionOrganisations.length === 0 && (
        <Text size="sm">{t('processing.opinionRequest.none')}</Text>
      )}
      <TextInput
        type="date"
        label={t('processing.opinionRequest.dueDate')}
        description={t('processing.opinionRequest.dueDateHelp')}
        value={dueDate}
        onChange={(e) => setDueDate(e.currentTarget.value)}
      />
      <Textarea
        label={t('processing.opinionRequest.message')}
        value={message}
        onChange={(e) => setMessage(e.currentTarget.value)}
        autosize
        minRows={3}
        maxLength={2000}
      />
    </ActionModal>
  );
}

export default OpinionRequestDialog;
