// « Commentaires internes »: the organisation's agents talk about the dossier; never shown to the operator.
import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import type { DossierDetail } from '@portail/contracts';
import { IconSend } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../components/format';
import { ApiError } from '../../../lib/api';
import { useAddComment } from '../api/comments';

const MAX = 4000;

export function Comments({
  dossierId,
  comments,
  canComment,
}: {
  dossierId: number;
  comments: NonNullable<DossierDetail['comments']>;
  canComment: boolean;
}) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const add = useAddComment(dossierId);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const text = body.trim();
    if (!text) return setError(t('dossiers.dossier.comments.required'));
    if (text.length > MAX) return setError(t('dossiers.dossier.comments.tooLong', { max: MAX }));
    setError(null);
    add.mutate(text, {
      onSuccess: () => setBody(''),
      onError: (err) =>
        setError(
          err instanceof ApiError && err.status === 400 ? err.message : t('dossiers.dossier.comments.error'),
        ),
    });
  };
  return (
    <Stack gap="sm">
      <Text size="xs" c="dimmed">
        {t('dossiers.dossier.comments.hint')}
      </Text>
      {comments.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('dossiers.dossier.comments.empty')}
        </Text>
      ) : (
        <ul className="dossier-comments">
          {comments.map((c) => (
            <li key={c.id} style={{ padding: '8px 0' }}>
              <Text size="xs" c="dimmed">
                <strong style={{ color: 'var(--mantine-color-text)' }}>{c.author}</strong> · {c.organisation}{' '}
                · <time dateTime={c.createdAt}>{formatDateTime(c.createdAt)}</time>
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {c.body}
              </Text>
            </li>
          ))}
        </ul>
      )}
      {canComment ? (
        <form onSubmit={submit} noValidate>
          <Textarea
            label={t('dossiers.dossier.comments.label')}
            placeholder={t('dossiers.dossier.comments.placeholder')}
            value={body}
            onChange={(e) => setBody(e.currentTarget.value)}
            autosize
            minRows={2}
            maxRows={8}
            error={error}
            description={`${body.length} / ${MAX}`}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
          />
          <Group justify="flex-end" mt="xs">
            <Button
              type="submit"
              size="sm"
              loading={add.isPending}
              leftSection={<IconSend size={16} aria-hidden />}
            >
              {t('dossiers.dossier.comments.submit')}
            </Button>
          </Group>
        </form>
      ) : null}
    </Stack>
  );
}
