// Attachments: the accepted types and the maximum size are stated before choosing files; each
// file is sent at once with its own progress bar; refused files say why (size checked here first,
// then by the server, which checks the real type by its content).

import { ActionIcon, Group, Progress, Stack, Text } from '@mantine/core';
import type { UploadedFile, UploadInfo } from '@portail/contracts';
import { IconFile, IconTrash } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api';
import { uploadFile } from '../api/upload';
import { formatSize } from './labels';

interface Pending {
  key: string;
  name: string;
  progress: number;
  error?: string;
}

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
  const [pending, setPending] = useState<Pending[]>([]);
  const latest = useRef(value);
  latest.current = value;
  const busy = pending.some((p) => !p.error);
  useEffect(() => onBusy?.(busy), [busy, onBusy]);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;

  const start = (files: File[]) => {
    let room = rules.maxFiles - latest.current.length - pending.filter((p) => !p.error).length;
    for (const file of files) {
      const key = `${file.name}-${file.size}-${Math.round(performance.now() * 1000)}`;
      const refuse = (message: string) =>
        setPending((p) => [...p, { key, name: file.name, progress: 0, error: message }]);
      if (room <= 0) {
        refuse(t('helpCenter.upload.tooMany', { max: rules.maxFiles }));
        continue;
      }
      if (file.size > rules.maxBytes) {
        refuse(t('helpCenter.upload.tooLarge', { name: file.name, max: formatSize(rules.maxBytes) }));
        continue;
      }
      room -= 1;
      setPending((p) => [...p, { key, name: file.name, progress: 0 }]);
      const { promise } = uploadFile(file, csrfToken, (f) =>
        setPending((p) => p.map((x) => (x.key === key ? { ...x, progress: f } : x))),
      );
      promise.then(
        (uploaded) => {
          setPending((p) => p.filter((x) => x.key !== key));
          onChange([...latest.current, uploaded]);
        },
        (e: unknown) => {
          const message =
            e instanceof ApiError && (e.code === 'PAYLOAD_TOO_LARGE' || e.code === 'UNSUPPORTED_MEDIA_TYPE')
              ? e.message
              : t('helpCenter.upload.failed', { name: file.name });
          setPending((p) => p.map((x) => (x.key === key ? { ...x, error: message } : x)));
        },
      );
    }
  };

  return (
    <Stack gap="xs">
      <div>
        <Text component="label" htmlFor={id} fw={500} size="sm">
          {t('helpCenter.upload.label')}
        </Text>
        <Text id={hintId} size="sm" c="dimmed">
          {t('helpCenter.upload.hint', {
            types: rules.types.join(', '),
            max: formatSize(rules.maxBytes),
            n: rules.maxFiles,
          })}
        </Text>
      </div>
      <input
        id={id}
        type="file"
        multiple
        accept={rules.extensions.join(',')}
        aria-describedby={error ? `${hintId} ${errorId}` : hintId}
        aria-invalid={error ? true : undefined}
        onChange={(e) => {
          start(Array.from(e.currentTarget.files ?? []));
          e.currentTarget.value = '';
        }}
      />
      {error ? (
        <Text id={errorId} size="sm" c="red.9">
          {error}
        </Text>
      ) : null}
      <Stack gap={6} aria-live="polite">
        {value.map((f) => (
          <Group key={f.id} gap="xs" wrap="nowrap" justify="space-between">
            <Group gap={6} wrap="nowrap">
              <IconFile size={18} aria-hidden />
              <Text size="sm">
                {f.originalName} ({formatSize(f.sizeBytes)}) — {t('helpCenter.upload.done')}
              </Text>
            </Group>
            <ActionIcon
              variant="subtle"
              color="red.9"
              aria-label={t('helpCenter.upload.remove', { name: f.originalName })}
              onClick={() => onChange(value.filter((x) => x.id !== f.id))}
            >
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          </Group>
        ))}
        {pending.map((p) => (
          <div key={p.key}>
            {p.error ? (
              <Group gap="xs" wrap="nowrap" justify="space-between">
                <Text size="sm" c="red.9" role="alert">
                  {p.error}
                </Text>
                <ActionIcon
                  variant="subtle"
                  color="gray.8"
                  aria-label={t('helpCenter.upload.dismiss', { name: p.name })}
                  onClick={() => setPending((all) => all.filter((x) => x.key !== p.key))}
                >
                  <IconTrash size={18} aria-hidden />
                </ActionIcon>
              </Group>
            ) : (
              <>
                <Text size="sm">{t('helpCenter.upload.sending', { name: p.name })}</Text>
                <Progress
                  value={Math.round(p.progress * 100)}
                  aria-label={t('helpCenter.upload.progress', {
                    name: p.name,
                    percent: Math.round(p.progress * 100),
                  })}
                />
              </>
            )}
          </div>
        ))}
      </Stack>
    </Stack>
  );
}
