// The documents of an opinion: the shared FileUploadField with the processing texts (types and
// size limit stated before choosing; size and extension checked here first, the real type by the
// server from its content; refusals say why, in the reader's language).
import type { DossierDocument, OpinionUploadRules } from '@portail/contracts';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { FileUploadField } from '../../../components/FileUploadField';
import { formatNumber } from '../../../components/format';
import { ApiError } from '../../../lib/api';
import { uploadOpinionDocument } from '../api/opinion-documents';

export const fileSize = (t: TFunction, bytes: number) =>
  bytes >= 1024 * 1024
    ? t('processing.upload.sizeMb', {
        n: formatNumber(bytes / (1024 * 1024), Number.isInteger(bytes / 1048576) ? 0 : 1),
      })
    : t('processing.upload.sizeKb', { n: formatNumber(Math.max(1, Math.ceil(bytes / 1024)), 0) });

export function OpinionDocuments({
  dossierId,
  rules,
  value,
  onChange,
  onBusy,
}: {
  dossierId: number;
  rules: OpinionUploadRules;
  value: DossierDocument[];
  onChange: (docs: DossierDocument[]) => void;
  /** told whether files are still being sent (the dialog waits for them) */
  onBusy: (busy: boolean) => void;
}) {
  const { t } = useTranslation();
  const max = fileSize(t, rules.maxBytes);
  const types = rules.types.join(', ');
  const badType = (name: string) => t('processing.upload.badType', { name, types });
  return (
    <FileUploadField<DossierDocument>
      id={`opinion-documents-${dossierId}`}
      rules={rules}
      value={value}
      onChange={onChange}
      onBusy={onBusy}
      upload={(file) => uploadOpinionDocument(dossierId, file)}
      fileKey={(f) => f.id}
      fileName={(f) => f.name}
      describe={(f) => t('processing.upload.done', { name: f.name, size: fileSize(t, f.size) })}
      texts={{
        label: t('processing.upload.label'),
        hint: t('processing.upload.hint', { types, max, n: rules.maxFiles }),
        tooMany: t('processing.upload.tooMany', { max: rules.maxFiles }),
        tooLarge: (name) => t('processing.upload.tooLarge', { name, max }),
        badType,
        failed: (name, e) => {
          const code = e instanceof ApiError ? e.code : 'INTERNAL';
          return code === 'PAYLOAD_TOO_LARGE'
            ? t('processing.upload.tooLarge', { name, max })
            : code === 'UNSUPPORTED_MEDIA_TYPE'
              ? badType(name)
              : t('processing.upload.failed', {
                  name,
                  reason: t(`processing.errors.${code}`, { defaultValue: t('processing.errors.INTERNAL') }),
                });
        },
        sending: (name) => t('processing.upload.sending', { name }),
        remove: (name) => t('processing.upload.remove', { name }),
        dismiss: (name) => t('processing.upload.dismiss', { name }),
      }}
    />
  );
}
