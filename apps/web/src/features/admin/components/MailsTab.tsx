// Courriels émis: what the portal sent (or, without SMTP, kept for administrators to read).
import { Accordion, Badge, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../components/format';
import { mailsQuery } from '../api/mails';

export function MailsTab() {
  const { t } = useTranslation();
  const [draft, setDraft] = useState('');
  const [to, setTo] = useState('');
  const query = useInfiniteQuery(mailsQuery(to));
  const mails = query.data?.pages.flatMap((p) => p.mails) ?? [];
  return (
    <Stack>
      <Text size="sm">{t('admin.mails.intro')}</Text>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setTo(draft);
        }}
      >
        <Group align="flex-end">
          <TextInput
            label={t('admin.mails.to')}
            value={draft}
            onChange={(e) => setDraft(e.currentTarget.value)}
            w={280}
          />
          <Button type="submit">{t('common.search')}</Button>
        </Group>
      </form>
      {!query.isFetching && mails.length === 0 ? <Text>{t('admin.mails.empty')}</Text> : null}
      <Accordion variant="separated" chevronPosition="left">
        {mails.map((m) => (
          <Accordion.Item key={m.id} value={String(m.id)}>
            <Accordion.Control>
              <Group justify="space-between" wrap="wrap" gap="xs">
                <Text fw={600}>{m.subject}</Text>
                <Group gap="xs">
                  <Text size="sm">{m.to}</Text>
                  <Text size="sm" c="dimmed">
                    {formatDateTime(m.createdAt)}
                  </Text>
                  <Badge variant="filled" color={m.transport === 'smtp' ? 'teal.9' : 'gray.8'}>
                    {t(`admin.mails.transport.${m.transport}`)}
                  </Badge>
                </Group>
              </Group>
            </Accordion.Control>
            <Accordion.Panel>
              <Text component="pre" size="sm" style={{ whiteSpace: 'pre-wrap', fontFamily: 'inherit' }}>
                {m.body}
              </Text>
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
      {query.hasNextPage ? (
        <Button
          variant="default"
          onClick={() => void query.fetchNextPage()}
          loading={query.isFetchingNextPage}
          w="fit-content"
        >
          {t('admin.more')}
        </Button>
      ) : null}
    </Stack>
  );
}
