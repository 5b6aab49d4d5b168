// One réclamation: its details, attachments, the conversation, the history and the actions the
// server says the user may take now. The support desk sees the same page with its tools
// (assignment, internal notes, reply templates, status changes, SLA).

import {
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  Paper,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Timeline,
  Title,
} from '@mantine/core';
import type {
  TicketAttachment,
  TicketDetail,
  TicketStatus,
  TicketSummary,
  UploadedFile,
} from '@portail/contracts';
import { IconDownload, IconLock } from '@tabler/icons-react';
import { type ReactNode, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../app/session';
import { formatDate, formatDateTime } from '../../../components/format';
import { ApiError } from '../../../lib/api';
import { useUploadRules } from '../api/services';
import { useAgents, useTemplates } from '../api/support';
import { useAssign, useChangeStatus, useRate, useReopen, useReply } from '../api/tickets';
import { FileUploader } from './FileUploader';
import { formatSize } from './labels';
import { TicketStatusBadge } from './TicketStatusBadge';

const errorText = (e: unknown, fallback: string) => (e instanceof ApiError ? e.message : fallback);

function AttachmentLinks({ reference, files }: { reference: string; files: TicketAttachment[] }) {
  const { t } = useTranslation();
  if (files.length === 0) return null;
  return (
    <Stack gap={4}>
      {files.map((f) => (
        <Anchor
          key={f.id}
          href={`/api/aide/reclamations/${reference}/fichiers/${f.id}`}
          size="sm"
          aria-label={t('helpCenter.ticket.download', {
            name: f.originalName,
            size: formatSize(f.sizeBytes),
          })}
        >
          <Group gap={4} wrap="nowrap">
            <IconDownload size={16} aria-hidden />
            {f.originalName} ({formatSize(f.sizeBytes)})
          </Group>
        </Anchor>
      ))}
    </Stack>
  );
}

export function TicketView({ ticket, desk }: { ticket: TicketDetail; desk: boolean }) {
  const { t } = useTranslation();
  const can = (a: TicketDetail['actions'][number]) => ticket.actions.includes(a);
  const ref = ticket.reference;
  return (
    <Stack gap="lg">
      <Paper withBorder p="lg" radius="md">
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h4">
            {ticket.subject}
          </Title>
          <TicketStatusBadge status={ticket.status} />
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
          <Fact label={t('helpCenter.columns.type')}>{t(`helpCenter.types.${ticket.type}`)}</Fact>
          <Fact label={t('helpCenter.columns.service')}>{ticket.serviceLabel}</Fact>
          <Fact label={t('helpCenter.columns.date')}>{formatDateTime(ticket.createdAt)}</Fact>
          {desk ? (
            <>
              <Fact label={t('helpCenter.desk.requester')}>
                {ticket.requester.displayName} ({ticket.requester.organisationCode})
              </Fact>
              <Fact label={t('helpCenter.desk.assignee')}>
                {ticket.assignee?.displayName ?? t('helpCenter.desk.unassigned')}
              </Fact>
              <Fact label={t('helpCenter.desk.sla')}>
                <SlaText ticket={ticket} />
              </Fact>
            </>
          ) : null}
          {ticket.satisfaction ? (
            <Fact label={t('helpCenter.ticket.satisfaction')}>
              {t('helpCenter.ticket.ratingValue', { rating: ticket.satisfaction.rating })}
              {ticket.satisfaction.comment ? ` — ${ticket.satisfaction.comment}` : ''}
            </Fact>
          ) : null}
        </SimpleGrid>
        <Title order={3} size="h5" mt="md" mb={4}>
          {t('helpCenter.new.fields.description')}
        </Title>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{ticket.description}</Text>
        <Stack mt="sm" gap={4}>
          <AttachmentLinks reference={ref} files={ticket.attachments.filter((a) => a.messageId === null)} />
        </Stack>
      </Paper>

      {desk ? <DeskTools ticket={ticket} /> : null}

      <section aria-labelledby="conversation-title">
        <Title order={2} size="h4" id="conversation-title" mb="sm">
          {t('helpCenter.ticket.conversation')}
        </Title>
        {ticket.messages.length === 0 ? (
          <Text c="dimmed">{t('helpCenter.ticket.noMessage')}</Text>
        ) : (
          <Stack gap="sm">
            {ticket.messages.map((m) => (
              <Paper
                key={m.id}
                withBorder
                p="md"
                radius="md"
                bg={m.internal ? 'yellow.0' : m.author.support ? 'portnet.0' : 'white'}
                data-testid="ticket-message"
              >
                <Group justify="space-between" mb={4} gap="xs">
                  <Text fw={600} size="sm">
                    {m.author.support
                      ? t('helpCenter.ticket.supportAuthor', { name: m.author.displayName })
                      : m.author.displayName}
                  </Text>
                  <Group gap="xs">
                    {m.internal ? (
                      <Badge
                        color="dark"
                        variant="outline"
                        leftSection={<IconLock size={12} aria-hidden />}
                        tt="none"
                      >
                        {t('helpCenter.desk.internalNote')}
                      </Badge>
                    ) : null}
                    <Text size="sm" c="dimmed">
                      {formatDateTime(m.createdAt)}
                    </Text>
                  </Group>
                </Group>
                <Text style={{ whiteSpace: 'pre-wrap' }}>{m.body}</Text>
                <AttachmentLinks
                  reference={ref}
                  files={ticket.attachments.filter((a) => a.messageId === m.id)}
                />
              </Paper>
            ))}
          </Stack>
        )}
      </section>

      {can('reply') || can('internalNote') ? <ReplyForm ticket={ticket} desk={desk} /> : null}
      {can('reopen') ? <ReopenBox ticket={ticket} /> : null}
      {can('rate') ? <RateForm ticket={ticket} /> : null}

      <section aria-labelledby="history-title">
        <Title order={2} size="h4" id="history-title" mb="sm">
          {t('helpCenter.ticket.history')}
        </Title>
        <Timeline bulletSize={14} lineWidth={2} active={ticket.history.length}>
          {ticket.history.map((h) => (
            <Timeline.Item key={h.id} title={<HistoryTitle h={h} />}>
              <Text size="sm" c="dimmed">
                {formatDateTime(h.at)}
                {h.actorName ? ` — ${h.actorName}` : ''}
              </Text>
            </Timeline.Item>
          ))}
        </Timeline>
      </section>
    </Stack>
  );
}

function HistoryTitle({ h }: { h: TicketDetail['history'][number] }) {
  const { t } = useTranslation();
  const s = (x: TicketStatus | null) => (x ? t(`helpCenter.statuses.${x}`) : '');
  if (h.kind === 'created') return <>{t('helpCenter.history.created')}</>;
  if (h.kind === 'assigned') return <>{t('helpCenter.history.assigned')}</>;
  if (h.kind === 'rated') return <>{t('helpCenter.history.rated', { rating: h.details.rating })}</>;
  return <>{t('helpCenter.history.status', { from: s(h.fromStatus), to: s(h.toStatus) })}</>;
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fw={500}>{children}</Text>
    </div>
  );
}

export function SlaText({ ticket }: { ticket: TicketDetail | TicketSummary }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2}>
      <Group gap={6}>
        <Text size="sm">
          {t('helpCenter.desk.firstResponseDue', { date: formatDateTime(ticket.firstResponseDueAt) })}
        </Text>
        {ticket.firstResponseOverdue ? (
          <Badge color="red.9" variant="filled" tt="none">
            {t('helpCenter.desk.overdue')}
          </Badge>
        ) : null}
      </Group>
      <Group gap={6}>
        <Text size="sm">
          {t('helpCenter.desk.resolutionDue', { date: formatDateTime(ticket.resolutionDueAt) })}
        </Text>
        {ticket.resolutionOverdue ? (
          <Badge color="red.9" variant="filled" tt="none">
            {t('helpCenter.desk.overdue')}
          </Badge>
        ) : null}
      </Group>
    </Stack>
  );
}

function ReplyForm({ ticket, desk }: { ticket: TicketDetail; desk: boolean }) {
  const { t } = useTranslation();
  const session = useSession();
  const rules = useUploadRules();
  const templates = useTemplates(desk);
  const reply = useReply(ticket.reference);
  const [body, setBody] = useState('');
  const [files, setFiles] = useState<UploadedFile[]>([]);
  const [internal, setInternal] = useState(false);
  const [status, setStatus] = useState<string | null>('en_attente');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const onBusy = useCallback((b: boolean) => setBusy(b), []);
  const canReply = ticket.actions.includes('reply');
  const isInternal = desk && (internal || !canReply);

  const send = async () => {
    setSent(false);
    if (body.trim().length < 2) {
      setError(t('helpCenter.ticket.errors.empty'));
      document.getElementById('reply-body')?.focus();
      return;
    }
    try {
      await reply.mutateAsync({
        body: body.trim(),
        attachmentIds: files.map((f) => f.id),
        internal: isInternal,
        ...(desk && !isInternal && status ? { status: status as 'en_cours' | 'en_attente' | 'resolue' } : {}),
      });
      setBody('');
      setFiles([]);
      setError(null);
      setSent(true);
    } catch (e) {
      setError(errorText(e, t('helpCenter.new.errors.server')));
    }
  };

  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="reply-title">
      <Title order={2} size="h4" id="reply-title" mb="sm">
        {desk ? t('helpCenter.desk.answer') : t('helpCenter.ticket.reply')}
      </Title>
      <Stack gap="sm">
        {desk && templates.data && templates.data.length > 0 ? (
          <Select
            label={t('helpCenter.desk.template')}
            placeholder={t('helpCenter.desk.templatePlaceholder')}
            data={templates.data.map((x) => ({ value: String(x.id), label: x.title }))}
            onChange={(v) => {
              const tpl = templates.data?.find((x) => String(x.id) === v);
              if (tpl) setBody(tpl.body);
            }}
            maw={420}
            clearable
          />
        ) : null}
        <Textarea
          id="reply-body"
          label={isInternal ? t('helpCenter.desk.noteLabel') : t('helpCenter.ticket.replyLabel')}
          value={body}
          onChange={(e) => setBody(e.currentTarget.value)}
          autosize
          minRows={4}
          maxLength={5000}
          error={error ?? undefined}
        />
        {rules.data && session.data ? (
          <FileUploader
            id="reply-files"
            rules={rules.data}
            csrfToken={session.data.csrfToken}
            value={files}
            onChange={setFiles}
            onBusy={onBusy}
          />
        ) : null}
        {desk && canReply ? (
          <Group align="flex-end">
            <Checkbox
              label={t('helpCenter.desk.internalToggle')}
              checked={internal}
              onChange={(e) => setInternal(e.currentTarget.checked)}
            />
            {!internal ? (
              <Select
                label={t('helpCenter.desk.statusAfter')}
                data={(['en_attente', 'en_cours', 'resolue'] as const).map((s) => ({
                  value: s,
                  label: t(`helpCenter.statuses.${s}`),
                }))}
                value={status}
                onChange={setStatus}
                allowDeselect={false}
                maw={300}
              />
            ) : null}
          </Group>
        ) : null}
        <Group>
          <Button onClick={send} loading={reply.isPending} disabled={busy}>
            {isInternal ? t('helpCenter.desk.addNote') : t('helpCenter.ticket.sendReply')}
          </Button>
          {sent ? (
            <Text size="sm" fw={600} role="status">
              {t('helpCenter.ticket.sent')}
            </Text>
          ) : null}
        </Group>
      </Stack>
    </Paper>
  );
}

function ReopenBox({ ticket }: { ticket: TicketDetail }) {
  const { t } = useTranslation();
  const reopen = useReopen(ticket.reference);
  return (
    <Paper withBorder p="lg" radius="md">
      <Text mb="sm">
        {t('helpCenter.ticket.reopenHint', {
          date: ticket.reopenUntil ? formatDate(ticket.reopenUntil) : '',
        })}
      </Text>
      {reopen.isError ? (
        <Alert color="red" mb="sm">
          {errorText(reopen.error, t('helpCenter.new.errors.server'))}
        </Alert>
      ) : null}
      <Button variant="default" onClick={() => reopen.mutate(undefined)} loading={reopen.isPending}>
        {t('helpCenter.ticket.reopen')}
      </Button>
    </Paper>
  );
}

function RateForm({ ticket }: { ticket: TicketDetail }) {
  const { t } = useTranslation();
  const rate = useRate(ticket.reference);
  const [rating, setRating] = useState('');
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const send = async () => {
    if (!rating) {
      setError(t('helpCenter.ticket.errors.rating'));
      document.getElementById('rating-1')?.focus();
      return;
    }
    try {
      await rate.mutateAsync({ rating: Number(rating), comment: comment.trim() || undefined });
    } catch (e) {
      setError(errorText(e, t('helpCenter.new.errors.server')));
    }
  };
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="rate-title">
      <Title order={2} size="h4" id="rate-title" mb="xs">
        {t('helpCenter.ticket.rateTitle')}
      </Title>
      <Stack gap="sm">
        <Radio.Group
          label={t('helpCenter.ticket.ratingLabel')}
          value={rating}
          onChange={setRating}
          error={error ?? undefined}
        >
          <Group mt="xs">
            {[1, 2, 3, 4, 5].map((n) => (
              <Radio
                key={n}
                id={`rating-${n}`}
                value={String(n)}
                label={t(`helpCenter.ticket.ratings.${n}`)}
              />
            ))}
          </Group>
        </Radio.Group>
        <Textarea
          label={t('helpCenter.ticket.ratingComment')}
          value={comment}
          onChange={(e) => setComment(e.currentTarget.value)}
          maxLength={1000}
          autosize
          minRows={2}
        />
        <Group>
          <Button onClick={send} loading={rate.isPending}>
            {ticket.status === 'resolue'
              ? t('helpCenter.ticket.rateAndClose')
              : t('helpCenter.ticket.rateOnly')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function DeskTools({ ticket }: { ticket: TicketDetail }) {
  const { t } = useTranslation();
  const agents = useAgents(true);
  const assign = useAssign(ticket.reference);
  const change = useChangeStatus(ticket.reference);
  const [next, setNext] = useState<string | null>(null);
  const error = assign.error ?? change.error;
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="desk-title">
      <Title order={2} size="h4" id="desk-title" mb="sm">
        {t('helpCenter.desk.tools')}
      </Title>
      {error ? (
        <Alert color="red" mb="sm">
          {errorText(error, t('helpCenter.new.errors.server'))}
        </Alert>
      ) : null}
      <Group align="flex-end" gap="lg">
        {ticket.actions.includes('assign') ? (
          <Select
            label={t('helpCenter.desk.assignTo')}
            placeholder={t('helpCenter.desk.unassigned')}
            data={(agents.data ?? []).map((a) => ({ value: String(a.id), label: a.displayName }))}
            value={ticket.assignee ? String(ticket.assignee.id) : null}
            onChange={(v) => assign.mutate(v ? Number(v) : null)}
            clearable
            maw={280}
          />
        ) : null}
        {ticket.actions.includes('changeStatus') ? (
          <Group align="flex-end" gap="xs">
            <Select
              label={t('helpCenter.desk.changeStatus')}
              placeholder={t('helpCenter.desk.chooseStatus')}
              data={ticket.nextStatuses.map((s) => ({ value: s, label: t(`helpCenter.statuses.${s}`) }))}
              value={next}
              onChange={setNext}
              maw={260}
            />
            <Button
              variant="default"
              disabled={!next}
              loading={change.isPending}
              onClick={() => next && change.mutate(next, { onSuccess: () => setNext(null) })}
            >
              {t('helpCenter.desk.apply')}
            </Button>
          </Group>
        ) : null}
      </Group>
    </Paper>
  );
}
