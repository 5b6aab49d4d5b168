// The TijarIA chat: a note that it is an automated assistant, the conversation (answers stream in
// as they are produced, each with its sources as links and « Utile / Pas utile »), the question
// field, and « Arrêter » while an answer is streaming.

import { Alert, Anchor, Box, Button, Group, List, Paper, Stack, Text, Textarea } from '@mantine/core';
import type { TijariaMessage, TijariaSource, TijariaStreamEvent } from '@portail/contracts';
import { IconPlayerStop, IconRobot, IconSend, IconUser } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api';
import { askTijaria } from '../api/ask';
import { useConversation } from '../api/conversations';
import { FeedbackControl } from './FeedbackControl';

type ChatMessage = TijariaMessage & { streaming?: boolean };

const SUGGESTIONS = ['password', 'documents', 'overdue'] as const;

function SourceLink({ source, index }: { source: TijariaSource; index: number }) {
  const u = new URL(source.url, window.location.origin);
  return (
    <Anchor
      component={Link}
      dir="auto"
      to={u.pathname as never}
      search={Object.fromEntries(u.searchParams) as never}
      hash={u.hash.slice(1) || undefined}
      size="sm"
    >
      [{index + 1}] {source.title}
    </Anchor>
  );
}

function Message({ m }: { m: ChatMessage }) {
  const { t } = useTranslation();
  const mine = m.role === 'user';
  return (
    <Box
      component="li"
      style={{ listStyle: 'none', alignSelf: mine ? 'flex-end' : 'flex-start', maxWidth: '90%' }}
      aria-label={mine ? t('tijaria.chat.you') : t('tijaria.chat.assistant')}
    >
      <Paper
        p="sm"
        radius="md"
        withBorder={!mine}
        bg={mine ? 'portnet.0' : 'white'}
        data-testid={mine ? 'tijaria-question' : 'tijaria-answer'}
        aria-busy={m.streaming ? true : undefined}
      >
        <Group gap={6} mb={4} wrap="nowrap">
          {mine ? <IconUser size={16} aria-hidden /> : <IconRobot size={16} aria-hidden />}
          <Text size="xs" fw={700} c="dark.6">
            {mine ? t('tijaria.chat.you') : t('tijaria.chat.assistant')}
          </Text>
        </Group>
        {/* One block per line, each with its own direction: a French passage quoted in an Arabic
            answer reads left to right. */}
        <Box style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {(m.content || (m.streaming ? t('tijaria.chat.thinking') : '')).split('\n').map((line, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: lines of one text, only ever appended to
            <Text key={i} size="sm" dir="auto" mih="1em">
              {line}
            </Text>
          ))}
        </Box>
        {m.status === 'stopped' && !m.content.endsWith(')') && (
          <Text size="xs" c="dark.4" mt={4}>
            {t('tijaria.chat.stopped')}
          </Text>
        )}
        {m.sources.length > 0 && (
          <Box mt="xs">
            <Text size="xs" fw={700} c="dark.6">
              {t('tijaria.chat.sources')}
            </Text>
            <List size="sm" spacing={2}>
              {m.sources.map((s, i) => (
                <List.Item key={s.key}>
                  <SourceLink source={s} index={i} />
                </List.Item>
              ))}
            </List>
          </Box>
        )}
        {m.reclamationUrl && (
          <Button component="a" href={m.reclamationUrl} size="xs" mt="sm" variant="light">
            {t('tijaria.chat.createTicket')}
          </Button>
        )}
        {!mine && !m.streaming && m.id > 0 && <FeedbackControl messageId={m.id} initial={m.feedback} />}
      </Paper>
    </Box>
  );
}

export function ChatPanel({
  conversationId,
  onConversation,
}: {
  conversationId?: number;
  onConversation?: (id: number) => void;
}) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const existing = useConversation(conversationId);
  const [messages, setMessages] = useState<ChatMessage[]>([]);
  const [question, setQuestion] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [streaming, setStreaming] = useState(false);
  const currentId = useRef<number | undefined>(conversationId);
  const abort = useRef<AbortController | null>(null);
  // Messages not yet stored have no id: they get negative ones, unique in the page.
  const pendingId = useRef(0);
  const endRef = useRef<HTMLDivElement>(null);

  // Server data replaces the panel's messages only when it is newer than the last answer streamed
  // here: a read that started before an answer ended would otherwise erase that answer.
  const appliedAt = useRef(0);
  useEffect(() => {
    if (!existing.data || existing.isFetching || streaming || existing.dataUpdatedAt <= appliedAt.current)
      return;
    appliedAt.current = existing.dataUpdatedAt;
    currentId.current = existing.data.id;
    setMessages(existing.data.messages);
  }, [existing.data, existing.isFetching, existing.dataUpdatedAt, streaming]);

  useEffect(() => {
    if (conversationId === undefined) {
      currentId.current = undefined;
      setMessages([]);
    }
  }, [conversationId]);

  const count = messages.length;
  useEffect(() => {
    if (count > 0) endRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [count]);

  const update = (fn: (m: ChatMessage) => ChatMessage) =>
    setMessages((all) => all.map((m) => (m.streaming ? fn(m) : m)));

  async function send(text: string) {
    const q = text.trim();
    if (q.length < 2 || streaming) return;
    setError(null);
    setQuestion('');
    const now = new Date().toISOString();
    const blank = {
      sources: [],
      status: 'complete' as const,
      mode: null,
      createdAt: now,
      feedback: null,
      reclamationUrl: null,
    };
    setMessages((all) => [
      ...all,
      { ...blank, id: --pendingId.current, role: 'user', content: q },
      { ...blank, id: --pendingId.current, role: 'assistant', content: '', streaming: true },
    ]);
    const controller = new AbortController();
    abort.current = controller;
    setStreaming(true);
    const lang = (['fr', 'ar', 'en'].includes(i18n.language) ? i18n.language : 'fr') as 'fr' | 'ar' | 'en';
    const onEvent = (e: TijariaStreamEvent) => {
      if (e.event === 'start') {
        currentId.current = e.data.conversationId;
        onConversation?.(e.data.conversationId);
      } else if (e.event === 'delta') update((m) => ({ ...m, content: m.content + e.data.text }));
      else if (e.event === 'reset') update((m) => ({ ...m, content: '' }));
      else if (e.event === 'end')
        update((m) => ({
          ...m,
          id: e.data.messageId,
          sources: e.data.sources,
          status: e.data.status,
          mode: e.data.mode,
          reclamationUrl: e.data.reclamationUrl,
          streaming: false,
        }));
      else if (e.event === 'error') setError(e.data.message);
    };
    try {
      await askTijaria(
        client,
        { question: q, conversationId: currentId.current, lang },
        onEvent,
        controller.signal,
      );
    } catch (e) {
      if (controller.signal.aborted) update((m) => ({ ...m, status: 'stopped', streaming: false }));
      else setError(e instanceof ApiError ? e.message : t('tijaria.errors.network'));
    } finally {
      update((m) => ({ ...m, streaming: false }));
      appliedAt.current = Date.now();
      setStreaming(false);
      abort.current = null;
      void client.invalidateQueries({ queryKey: ['tijaria'] });
    }
  }

  return (
    <Stack gap="md">
      <Alert
        icon={<IconRobot aria-hidden />}
        color="portnet"
        variant="light"
        title={t('tijaria.notice.title')}
      >
        {t('tijaria.notice.body')}
      </Alert>
      <Paper withBorder p="md" radius="md" bg="gray.0">
        {messages.length === 0 ? (
          <Stack gap="xs">
            <Text size="sm">{t('tijaria.chat.empty')}</Text>
            <Group gap="xs">
              {SUGGESTIONS.map((s) => (
                <Button
                  key={s}
                  size="xs"
                  variant="default"
                  onClick={() => void send(t(`tijaria.suggestions.${s}`))}
                >
                  {t(`tijaria.suggestions.${s}`)}
                </Button>
              ))}
            </Group>
          </Stack>
        ) : (
          <div role="log" aria-live="polite" aria-busy={streaming} aria-label={t('tijaria.chat.log')}>
            <Stack component="ol" gap="sm" p={0} m={0}>
              {messages.map((m) => (
                <Message key={m.id} m={m} />
              ))}
            </Stack>
          </div>
        )}
        <div ref={endRef} />
      </Paper>
      {error && (
        <Alert color="red" role="alert" title={t('tijaria.errors.title')}>
          {error}
        </Alert>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void send(question);
        }}
      >
        <Stack gap="xs">
          <Textarea
            label={t('tijaria.chat.question')}
            description={t('tijaria.chat.questionHelp')}
            value={question}
            onChange={(e) => setQuestion(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && !e.shiftKey) {
                e.preventDefault();
                void send(question);
              }
            }}
            autosize
            minRows={2}
            maxRows={6}
            maxLength={1000}
          />
          <Group gap="sm">
            <Button
              type="submit"
              leftSection={<IconSend size={16} aria-hidden />}
              disabled={streaming || question.trim().length < 2}
            >
              {t('tijaria.chat.send')}
            </Button>
            {streaming && (
              <Button
                variant="outline"
                color="red.8"
                leftSection={<IconPlayerStop size={16} aria-hidden />}
                onClick={() => abort.current?.abort()}
              >
                {t('tijaria.chat.stop')}
              </Button>
            )}
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
