// « Cette réponse vous a-t-elle aidé ? »: Utile / Pas utile, with a reason when not useful.

import { Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { TIJARIA_FEEDBACK_REASONS } from '@portail/contracts';
import { IconThumbDown, IconThumbUp } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFeedback } from '../api/feedback';

type Reason = (typeof TIJARIA_FEEDBACK_REASONS)[number];

export function FeedbackControl({
  messageId,
  initial,
}: {
  messageId: number;
  initial: { useful: boolean; reason: string | null } | null;
}) {
  const { t } = useTranslation();
  const feedback = useFeedback();
  const [sent, setSent] = useState(initial !== null);
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState<Reason | null>(null);
  const [comment, setComment] = useState('');

  if (sent) {
    return (
      <Text size="xs" c="dark.4" mt="xs" role="status">
        {t('tijaria.feedback.thanks')}
      </Text>
    );
  }
  const submit = (useful: boolean) =>
    feedback.mutate(
      {
        messageId,
        input: { useful, reason: useful ? undefined : (reason ?? undefined), comment: comment || undefined },
      },
      { onSuccess: () => setSent(true) },
    );
  return (
    <Stack gap={6} mt="xs">
      <Group gap="xs">
        <Text size="xs" c="dark.6">
          {t('tijaria.feedback.question')}
        </Text>
        <Button
          size="compact-xs"
          variant="default"
          leftSection={<IconThumbUp size={14} aria-hidden />}
          onClick={() => submit(true)}
        >
          {t('tijaria.feedback.useful')}
        </Button>
        <Button
          size="compact-xs"
          variant="default"
          leftSection={<IconThumbDown size={14} aria-hidden />}
          onClick={() => setAsking(true)}
          aria-expanded={asking}
        >
          {t('tijaria.feedback.notUseful')}
        </Button>
      </Group>
      {asking && (
        <Group gap="xs" align="flex-end">
          <Select
            size="xs"
            label={t('tijaria.feedback.reason')}
            data={TIJARIA_FEEDBACK_REASONS.map((r) => ({
              value: r,
              label: t(`tijaria.feedback.reasons.${r}`),
            }))}
            value={reason}
            onChange={(v) => setReason(v as Reason | null)}
            allowDeselect={false}
          />
          <TextInput
            size="xs"
            label={t('tijaria.feedback.comment')}
            value={comment}
            onChange={(e) => setComment(e.currentTarget.value)}
            maxLength={400}
          />
          <Button size="xs" disabled={!reason} loading={feedback.isPending} onClick={() => submit(false)}>
            {t('tijaria.feedback.send')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
