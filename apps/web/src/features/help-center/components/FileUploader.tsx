// Attachments of a réclamation: the shared FileUploadField with the help centre's texts and its
// upload (a progress bar per file; the server's refusal of size or type said as it gives it).
import type { UploadedFile, UploadInfo } from '@portail/contracts';
import { useTranslation } from 'react-i18next';
import { FileUploadField } from '../../../components/FileUploadField';
import { ApiError } from '../../../lib/api';
import { uploadFile } from '../api/upload';
import { formatSize } from './labels';

export function FileUploader({
  id,
  rules,
  csrfToken,
  value,
  onChange,
  error,
  onBusy,
}: {
  id: string;
  rules: UploadInfo;
  csrfToken: string;
  value: UploadedFile[];
  onChange: (files: UploadedFile[]) => void;
  error?: string;
  /** Told whether files are still being sent (the form waits for them). */
  onBusy?: (busy: boolean) => void;
}) {
  const { t } = useTranslation();
  const max = formatSize(rules.maxBytes);
  return (
    <FileUploadField<UploadedFile>
      id={id}
      rules={rules}
      value={value}
      onChange={onChange}
      error={error}
      onBusy={onBusy}
      upload={(file, onProgress) => uploadFile(file, csrfToken, onProgress).promise}
      fileKey={(f) => f.id}
      fileName={(f) => f.originalName}
      describe={(f) => `${f.originalName} (${formatSize(f.sizeBytes)}) — ${t('helpCenter.upload.done')}`}
      texts={{
        label: t('helpCenter.upload.label'),
        hint: t('helpCenter.upload.hint', { types: rules.types.join(', '), max, n: rules.maxFiles }),
        tooMany: t('helpCenter.upload.tooMany', { max: rules.maxFiles }),
        tooLarge: (name) => t('helpCenter.upload.tooLarge', { name, max }),
        failed: (name, e) =>
          e instanceof ApiError && (e.code === 'PAYLOAD_TOO_LARGE' || e.code === 'UNSUPPORTED_MEDIA_TYPE')
            ? e.message
            : t('helpCenter.upload.failed', { name }),
        sending: (name) => t('helpCenter.upload.sending', { name }),
        progress: (name, percent) => t('helpCenter.upload.progress', { name, percent }),
        remove: (name) => t('helpCenter.upload.remove', { name }),
        dismiss: (name) => t('helpCenter.upload.dismiss', { name }),
      }}
    />
  );
}
