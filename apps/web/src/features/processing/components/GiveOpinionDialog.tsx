// « Donner mon avis » (consulted organisation): the procedure's vocabulary (favorable /
// défavorable / réservé, or conforme / non conforme / conforme avec réserve), coded reasons, comment
// and documents (sent as they are chosen; their ids go with the opinion).
import { MultiSelect, Radio, Stack, Textarea } from '@mantine/core';
import type { DossierDocument } from '@portail/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLabelOf } from '../../../components/localized';
import { actionApi, useDossierAction } from '../api/actions';
import { useProcessingInfo } from '../api/processing';
import { useReasons } from '../api/reasons';
import { ActionModal, type DossierActionProps } from './ActionModal';
import { OpinionDocuments } from './OpinionDocuments';

type Opinion = 'favorable' | 'defavorable' | 'reserve' | 'conforme' | 'non_conforme' | 'conforme_reserve';

export function GiveOpinionDialog({ dossier, onClose }: DossierActionProps) {
  const { t } = useTranslation();
  const label = useLabelOf();
  const info = useProcessingInfo(dossier.id);
  const reasons = useReasons('avis', dossier.id);
  const [opinion, setOpinion] = useState<string>('');
  const [selected, setSelected] = useState<string[]>([]);
  const [comment, setComment] = useState('');
  const [touched, setTouched] = useState(false);
  const [documents, setDocuments] = useState<DossierDocument[]>([]);
  const [uploading, setUploading] = useState(false);
  const vocabulary = info.data?.opinionVocabulary ?? [];
  const positive = vocabulary[0]?.code;
  const needsReason = opinion !== '' && opinion !== positive && selected.length === 0 && !comment.trim();
  const m = useDossierAction(() =>
    actionApi.giveOpinion(dossier.id, {
      version: dossier.version,
      opinion: opinion as Opinion,
      reasons: selected,
      comment: comment.trim() || undefined,
      documentIds: documents.map((d) => d.id),
    }),
  );
  return (
    <ActionModal
      title={t('processing.giveOpinion.title')}
      submitLabel={t('processing.giveOpinion.submit')}
      onClose={() => onClose()}
      onSubmit={() => {
        setTouched(true);
        if (opinion && !needsReason) m.mutate(undefined, { onSuccess: () => onClose(true) });
      }}
      pending={m.isPending}
      error={m.error}
      disabled={uploading}
    >
      <Radio.Group
        label={t('processing.giveOpinion.opinion')}
        value={opinion}
        onChange={setOpinion}
        required
        error={touched && !opinion ? t('processing.giveOpinion.opinionRequired') : undefined}
      >
        <Stack gap="xs" mt="xs">
          {vocabulary.map((v) => (
            <Radio
              key={v.code}
              value={v.code}
              label={t(`processing.opinions.${v.code}`, { defaultValue: v.label })}
            />
          ))}
        </Stack>
      </Radio.Group>
      <MultiSelect
        label={t('processing.giveOpinion.reasons')}
        data={(reasons.data?.items ?? []).map((r) => ({ value: r.code, label: label(r) }))}
        value={selected}
        onChange={setSelected}
        searchable
        error={touched && needsReason ? t('processing.giveOpinion.reasonRequired') : undefined}
      />
      <Textarea
        label={t('processing.giveOpinion.comment')}
        value={comment}
        onChange={(e) => setComment(e.currentTarget.value)}
        autosize
        minRows={3}
        maxLength={4000}
      />
      {info.data?.opinionUpload && (
        <OpinionDocuments
          dossierId={dossier.id}
          rules={info.data.opinionUpload}
          value={documents}
          onChange={setDocuments}
          onBusy={setUploading}
        />
      )}
    </ActionModal>
  );
}

export default GiveOpinionDialog;
