// The documents of an opinion: the accepted types and the size limit are stated before choosing;
// each file is sent at once (its size and extension checked here first, its real type by the server
// from its content); refusals say why, in the reader's language.
import { ActionIcon, Group, Loader, Stack, Text } from '@mantine/core';
import type { DossierDocument, OpinionUploadRules } from '@portail/contracts';
import { IconFile, IconTrash } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../components/format';
import { ApiError } from '../../../lib/api';
import { uploadOpinionDocument } from '../api/opinion-documents';

interface Pending {
  key: string;
  name: string;
  error?: string;
}

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
  const [pending, setPending] = useState<Pending[]>([]);
  const latest = useRef(value);
  latest.current = value;
  const busy = pending.some((p) => !p.error);
  useEffect(() => onBusy(busy), [busy, onBusy]);
  const id = `opinion-documents-${dossierId}`;
  const hintId = `${id}-hint`;
  const max = fileSize(t, rules.maxBytes);

  const start = (files: File[]) => {
    let room = rules.maxFiles - latest.current.length - pending.filter((p) => !p.error).length;
    for (const file of files) {
      const key = `${file.name}-${file.size}-${Math.round(performance.now() * 1000)}`;
      const refuse = (message: string) => setPending((p) => [...p, { key, name: file.name, error: message }]);
      const extension = file.name.includes('.')
        ? file.name.slice(file.name.lastIndexOf('.')).toLowerCase()
        : '';
      if (room <= 0) {
        refuse(t('processing.upload.tooMany', { max: rules.maxFiles }));
        continue;
      }
      if (file.size > rules.maxBytes) {
        refuse(t('processing.upload.tooLarge', { name: file.name, max }));
        continue;
      }
      if (!rules.extensions.includes(extension)) {
        refuse(t('processing.upload.badType', { name: file.name, types: rules.types.join(', ') }));
        continue;
      }
      room -= 1;
      setPending((p) => [...p, { key, name: file.name }]);
      uploadOpinionDocument(dossierId, file).then(
        (doc) => {
          setPending((p) => p.filter((x) => x.key !== key));
          onChange([...latest.current, doc]);
        },
        (e: unknown) => {
          const code = e instanceof ApiError ? e.code : 'INTERNAL';
          const message =
            code === 'PAYLOAD_TOO_LARGE'
              ? t('processing.upload.tooLarge', { name: file.name, max })
              : code === 'UNSUPPORTED_MEDIA_TYPE'
                ? t('processing.upload.badType', { name: file.name, types: rules.types.join(', ') })
                : t('processing.upload.failed', {
                    name: file.name,
                    reason: t(`processing.errors.${code}`, { defaultValue: t('processing.errors.INTERNAL') }),
                  });
          setPending((p) => p.map((x) => (x.key === key ? { ...x, error: message } : x)));
        },
      );
    }
  };

  return (
    <Stack gap="xs">
      <div>
        <Text component="label" htmlFor={id} fw={500} size="sm">
          {t('processing.upload.label')}
        </Text>
        <Text id={hintId} size="sm" c="dimmed">
          {t('processing.upload.hint', { types: rules.types.join(', '), max, n: rules.maxFiles })}
        </Text>
      </div>
      <input
        id={id}
        type="file"
        multiple
        accept={rules.extensions.join(',')}
        aria-describedby={hintId}
        onChange={(e) => {
          start(Array.from(e.currentTarget.files ?? []));
          e.currentTarget.value = '';
        }}
      />
      <Stack gap={6} aria-live="polite">
        {value.map((f) => (
          <Group key={f.id} gap="xs" wrap="nowrap" justify="space-between">
            <Group gap={6} wrap="nowrap">
              <IconFile size={18} aria-hidden />
              <Text size="sm">
                {t('processing.upload.done', { name: f.name, size: fileSize(t, f.size) })}
              </Text>
            </Group>
            <ActionIcon
              variant="subtle"
              color="red.9"
              aria-label={t('processing.upload.remove', { name: f.name })}
              onClick={() => onChange(value.filter((x) => x.id !== f.id))}
            >
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          </Group>
        ))}
        {pending.map((p) =>
          p.error ? (
            <Group key={p.key} gap="xs" wrap="nowrap" justify="space-between">
              <Text size="sm" c="red.9" role="alert">
                {p.error}
              </Text>
              <ActionIcon
                variant="subtle"
                color="gray.8"
                aria-label={t('processing.upload.dismiss', { name: p.name })}
                onClick={() => setPending((all) => all.filter((x) => x.key !== p.key))}
              >
                <IconTrash size={18} aria-hidden />
              </ActionIcon>
            </Group>
          ) : (
            <Group key={p.key} gap="xs" wrap="nowrap">
              <Loader size="xs" aria-hidden />
              <Text size="sm">{t('processing.upload.sending', { name: p.name })}</Text>
            </Group>
          ),
        )}
      </Stack>
    </Stack>
  );
}
