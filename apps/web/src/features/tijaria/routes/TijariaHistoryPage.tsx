// /aide/tijaria/historique — « Historique TijarIA : accès à l'historique de vos conversations ».
// Conversations by date (most recent first): reopen and continue, rename, delete.
import {
  ActionIcon,
  Alert,
  Anchor,
  Button,
  Group,
  Modal,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { ApiError } from '../../../lib/api';
import { useConversations, useDeleteConversation, useRenameConversation } from '../api/conversations';

const dateTime = (iso: string, lang: string) =>
  new Intl.DateTimeFormat(lang === 'ar' ? 'ar-MA' : lang === 'en' ? 'en-GB' : 'fr-FR', {
    dateStyle: 'short',
    timeStyle: 'short',
    timeZone: 'Africa/Casablanca',
  }).format(new Date(iso));

export default function TijariaHistoryPage() {
  const { t, i18n } = useTranslation();
  const list = useConversations();
  const rename = useRenameConversation();
  const remove = useDeleteConversation();
  const [renaming, setRenaming] = useState<{ id: number; title: string } | null>(null);
  const [deleting, setDeleting] = useState<{ id: number; title: string } | null>(null);
  const items = list.data?.items ?? [];

  return (
    <>
      <PageHeader
        title={t('tijaria.history.title')}
        crumbs={[
          { label: t('nav.dashboard'), to: '/portail/tableau-de-bord' },
          { label: t('help.title') },
          { label: t('tijaria.title'), to: '/aide/tijaria' },
          { label: t('tijaria.history.title') },
        ]}
        actions={
          <Button component={Link} to="/aide/tijaria">
            {t('tijaria.newConversation')}
          </Button>
        }
      />
      <Text size="sm" mb="md">
        {t('tijaria.history.retention')}
      </Text>
      {list.isError && (
        <Alert color="red" role="alert">
          {list.error instanceof ApiError ? list.error.message : t('tijaria.errors.network')}
        </Alert>
      )}
      <Paper withBorder radius="md">
        {list.isPending ? (
          <Text p="md">{t('common.loading')}</Text>
        ) : items.length === 0 ? (
          <Text p="md">{t('tijaria.history.empty')}</Text>
        ) : (
          <Table striped highlightOnHover verticalSpacing="sm">
            <Table.Caption>{t('tijaria.history.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('tijaria.history.conversation')}</Table.Th>
                <Table.Th scope="col">{t('tijaria.history.updatedAt')}</Table.Th>
                <Table.Th scope="col">{t('tijaria.history.messages')}</Table.Th>
                <Table.Th scope="col">{t('tijaria.history.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>
                    <Anchor component={Link} to="/aide/tijaria" search={{ c: c.id } as never}>
                      {c.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{dateTime(c.updatedAt, i18n.language)}</Table.Td>
                  <Table.Td>{c.messageCount}</Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <ActionIcon
                        variant="subtle"
                        color="dark"
                        aria-label={t('tijaria.history.renameOf', { title: c.title })}
                        onClick={() => setRenaming({ id: c.id, title: c.title })}
                      >
                        <IconPencil size={18} aria-hidden />
                      </ActionIcon>
                      <ActionIcon
                        variant="subtle"
                        color="red.8"
                        aria-label={t('tijaria.history.deleteOf', { title: c.title })}
                        onClick={() => setDeleting({ id: c.id, title: c.title })}
                      >
                        <IconTrash size={18} aria-hidden />
                      </ActionIcon>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>

      <Modal
        opened={renaming !== null}
        onClose={() => setRenaming(null)}
        title={t('tijaria.history.rename')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (renaming) rename.mutate(renaming, { onSuccess: () => setRenaming(null) });
          }}
        >
          <Stack>
            <TextInput
              label={t('tijaria.history.newTitle')}
              value={renaming?.title ?? ''}
              onChange={(e) => setRenaming((r) => (r ? { ...r, title: e.currentTarget.value } : r))}
              maxLength={120}
              required
              data-autofocus
              error={
                rename.error instanceof ApiError
                  ? (rename.error.details?.fields?.[0]?.message ?? rename.error.message)
                  : undefined
              }
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setRenaming(null)}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={rename.isPending}>
                {t('common.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>

      <Modal
        opened={deleting !== null}
        onClose={() => setDeleting(null)}
        title={t('tijaria.history.delete')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack>
          <Text>{t('tijaria.history.confirmDelete', { title: deleting?.title ?? '' })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setDeleting(null)}>
              {t('common.cancel')}
            </Button>
            <Button
              color="red.8"
              loading={remove.isPending}
              onClick={() => deleting && remove.mutate(deleting.id, { onSuccess: () => setDeleting(null) })}
            >
              {t('tijaria.history.delete')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
