// « Demander un complément »: a message to the operator and the expected items (coded list).
// The SLA clock pauses until the operator answers through the API.
import { MultiSelect, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLabelOf } from '../../../components/localized';
import { actionApi, useDossierAction } from '../api/actions';
import { useReasons } from '../api/reasons';
import { ActionModal, type DossierActionProps } from './ActionModal';

export function ComplementDialog({ dossier, onClose }: DossierActionProps) {
  const { t } = useTranslation();
  const label = useLabelOf();
  const reasons = useReasons('complement');
  const [message, setMessage] = useState('');
  const [items, setItems] = useState<string[]>([]);
  const [touched, setTouched] = useState(false);
  const m = useDossierAction(() =>
    actionApi.requestComplement(dossier.id, { version: dossier.version, message: message.trim(), items }),
  );
  const valid = message.trim().length > 0 && items.length > 0;
  return (
    <ActionModal
      title={t('processing.complement.title')}
      submitLabel={t('processing.complement.submit')}
      onClose={() => onClose()}
      onSubmit={() => {
        setTouched(true);
        if (valid) m.mutate(undefined, { onSuccess: () => onClose(true) });
      }}
      pending={m.isPending}
      error={m.error}
    >
      <Text size="sm" c="dimmed">
        {t('processing.complement.intro')}
      </Text>
      <MultiSelect
        label={t('processing.complement.items')}
        data={(reasons.data?.items ?? []).map((r) => ({ value: r.code, label: label(r) }))}
        value={items}
        onChange={setItems}
        required
        searchable
        error={touched && items.length === 0 ? t('processing.complement.itemsRequired') : undefined}
      />
      <Textarea
        label={t('processing.complement.message')}
        value={message}
        onChange={(e) => setMessage(e.currentTarget.value)}
        minRows={4}
        autosize
        maxLength={4000}
        required
        error={touched && !message.trim() ? t('processing.complement.messageRequired') : undefined}
      />
    </ActionModal>
  );
}

export default ComplementDialog;
