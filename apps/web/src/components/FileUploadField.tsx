// Attachments, the pattern shared by the portal's forms: the accepted types and the size limit are
// stated before choosing; each file is sent at once (its count, size and extension checked here
// first, its real type by the server from its content), with a progress bar when the sender
// reports one; refusals say why and can be dismissed. Each feature passes its own upload function
// and its translated texts, so the component depends on no feature's catalogue or API.
import { ActionIcon, Group, Loader, Progress, Stack, Text } from '@mantine/core';
import { IconFile, IconTrash } from '@tabler/icons-react';
import { type ReactNode, useEffect, useRef, useState } from 'react';

export interface UploadRules {
  maxFiles: number;
  maxBytes: number;
  /** e.g. .pdf, .png: the input's accept attribute, and checked before sending */
  extensions: string[];
}

export interface UploadTexts {
  label: string;
  hint: string;
  tooMany: string;
  tooLarge: (name: string) => string;
  /** when given, the extension is checked before sending (else only by the server) */
  badType?: (name: string) => string;
  /** the server's refusal, in the reader's language */
  failed: (name: string, error: unknown) => string;
  sending: (name: string) => string;
  /** with a progress bar: its accessible name */
  progress?: (name: string, percent: number) => string;
  remove: (name: string) => string;
  dismiss: (name: string) => string;
}

interface Pending {
  key: string;
  name: string;
  progress: number;
  error?: string;
}

export function FileUploadField<T>({
  id,
  rules,
  value,
  onChange,
  upload,
  texts,
  fileKey,
  fileName,
  describe,
  error,
  onBusy,
}: {
  id: string;
  rules: UploadRules;
  value: T[];
  onChange: (files: T[]) => void;
  /** sends one file; `onProgress` (0 to 1) draws a progress bar, else a spinner shows */
  upload: (file: File, onProgress: (fraction: number) => void) => Promise<T>;
  texts: UploadTexts;
  fileKey: (f: T) => string | number;
  fileName: (f: T) => string;
  /** the line shown for a sent file */
  describe: (f: T) => ReactNode;
  /** a refusal of the whole field (e.g. required) */
  error?: string;
  /** told whether files are still being sent (the form waits for them) */
  onBusy?: (busy: boolean) => void;
}) {
  const [pending, setPending] = useState<Pending[]>([]);
  const latest = useRef(value);
  latest.current = value;
  const busy = pending.some((p) => !p.error);
  useEffect(() => onBusy?.(busy), [busy, onBusy]);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const reporting = Boolean(texts.progress);

  const start = (files: File[]) => {
    let room = rules.maxFiles - latest.current.length - pending.filter((p) => !p.error).length;
    for (const file of files) {
      const key = `${file.name}-${file.size}-${Math.round(performance.now() * 1000)}`;
      const refuse = (message: string) =>
        setPending((p) => [...p, { key, name: file.name, progress: 0, error: message }]);
      const extension = file.name.includes('.')
        ? file.name.slice(file.name.lastIndexOf('.')).toLowerCase()
        : '';
      if (room <= 0) {
        refuse(texts.tooMany);
        continue;
      }
      if (file.size > rules.maxBytes) {
        refuse(texts.tooLarge(file.name));
        continue;
      }
      if (texts.badType && !rules.extensions.includes(extension)) {
        refuse(texts.badType(file.name));
        continue;
      }
      room -= 1;
      setPending((p) => [...p, { key, name: file.name, progress: 0 }]);
      upload(file, (f) => setPending((p) => p.map((x) => (x.key === key ? { ...x, progress: f } : x)))).then(
        (sent) => {
          setPending((p) => p.filter((x) => x.key !== key));
          onChange([...latest.current, sent]);
        },
        (e: unknown) => {
          const message = texts.failed(file.name, e);
          setPending((p) => p.map((x) => (x.key === key ? { ...x, error: message } : x)));
        },
      );
    }
  };

  return (
    <Stack gap="xs">
      <div>
        <Text component="label" htmlFor={id} fw={500} size="sm">
          {texts.label}
        </Text>
        <Text id={hintId} size="sm" c="dimmed">
          {texts.hint}
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
          <Group key={fileKey(f)} gap="xs" wrap="nowrap" justify="space-between">
            <Group gap={6} wrap="nowrap">
              <IconFile size={18} aria-hidden />
              <Text size="sm">{describe(f)}</Text>
            </Group>
            <ActionIcon
              variant="subtle"
              color="red.9"
              aria-label={texts.remove(fileName(f))}
              onClick={() => onChange(value.filter((x) => fileKey(x) !== fileKey(f)))}
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
                aria-label={texts.dismiss(p.name)}
                onClick={() => setPending((all) => all.filter((x) => x.key !== p.key))}
              >
                <IconTrash size={18} aria-hidden />
              </ActionIcon>
            </Group>
          ) : reporting ? (
            <div key={p.key}>
              <Text size="sm">{texts.sending(p.name)}</Text>
              <Progress
                value={Math.round(p.progress * 100)}
                aria-label={texts.progress?.(p.name, Math.round(p.progress * 100))}
              />
            </div>
          ) : (
            <Group key={p.key} gap="xs" wrap="nowrap">
              <Loader size="xs" aria-hidden />
              <Text size="sm">{texts.sending(p.name)}</Text>
            </Group>
          ),
        )}
      </Stack>
    </Stack>
  );
}
