// Utilisateurs: who has access, with which roles, and their security state at a glance.
import { Alert, Badge, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import type { AdminUser } from '@portail/contracts';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/DataTable';
import { ApiError } from '../../../lib/api';
import { userQuery, usersQuery } from '../api/users';
import { InviteUserModal } from './InviteUserModal';
import { UserDrawer } from './UserDrawer';

const route = getRouteApi('/portail/administration');

const STATUS_COLOR = { active: 'teal.9', invited: 'blue.9', disabled: 'gray.8' } as const;

export function UsersTab() {
  const { t } = useTranslation();
  const [draft, setDraft] = useState('');
  const [q, setQ] = useState('');
  const [status, setStatus] = useState('');
  const [inviting, setInviting] = useState(false);
  // The open user is in the URL (?utilisateur=), so a link to a user's record works.
  const { utilisateur: selected } = route.useSearch();
  const navigate = route.useNavigate();
  const setSelected = (id: number | null) =>
    void navigate({
      search: (prev: Record<string, unknown>) => ({ ...prev, utilisateur: id ?? undefined }) as never,
    });
  const query = useQuery(usersQuery(q, status));
  const listed = query.data?.find((u) => u.id === selected);
  // Not in the list shown (another search, or a link): read that user alone.
  const direct = useQuery({ ...userQuery(selected ?? 0), enabled: !!selected && !!query.data && !listed });
  const selectedUser = listed ?? (direct.data?.id === selected ? direct.data : null);
  const refused = direct.error instanceof ApiError && direct.error.status === 404;
  return (
    <Stack>
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            setQ(draft);
          }}
        >
          <Group align="flex-end">
            <TextInput
              label={t('admin.users.search')}
              value={draft}
              onChange={(e) => setDraft(e.currentTarget.value)}
              w={260}
            />
            <Select
              label={t('admin.users.statusLabel')}
              clearable
              data={(['active', 'invited', 'disabled'] as const).map((s) => ({
                value: s,
                label: t(`admin.users.status.${s}`),
              }))}
              value={status || null}
              onChange={(v) => setStatus(v ?? '')}
              w={170}
            />
            <Button type="submit">{t('common.search')}</Button>
          </Group>
        </form>
        <Button onClick={() => setInviting(true)}>{t('admin.users.invite')}</Button>
      </Group>
      {selected && refused ? (
        <Alert color="red.9" variant="outline" role="alert" title={t('admin.users.notFoundTitle')}>
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('admin.users.notFound')}</Text>
            <Button variant="default" size="xs" onClick={() => setSelected(null)}>
              {t('admin.users.backToList')}
            </Button>
          </Stack>
        </Alert>
      ) : direct.error && selected ? (
        <Alert color="red.9" variant="outline" role="alert">
          {t('admin.loadError')}
        </Alert>
      ) : null}
      <DataTable<AdminUser>
        caption={t('admin.users.caption')}
        rows={query.data ?? []}
        rowKey={(u) => String(u.id)}
        loading={query.isFetching}
        minWidth={1120}
        labels={{ sortHint: () => '', loading: t('common.loading') }}
        empty={<Text>{t('admin.users.empty')}</Text>}
        columns={[
          {
            key: 'name',
            label: t('admin.users.displayName'),
            render: (u) => (
              <Button
                variant="subtle"
                px={4}
                onClick={() => setSelected(u.id)}
                aria-label={t('admin.users.open', { name: u.displayName })}
              >
                {u.displayName}
              </Button>
            ),
          },
          { key: 'username', label: t('admin.users.username'), nowrap: true, render: (u) => u.username },
          { key: 'org', label: t('admin.users.organisation'), render: (u) => u.organisationCode },
          {
            key: 'roles',
            label: t('admin.users.roles'),
            render: (u) => u.roles.map((r) => t(`admin.roles.${r}`)).join(', '),
          },
          {
            key: 'status',
            label: t('admin.users.statusLabel'),
            render: (u) => (
              <Badge variant="filled" color={STATUS_COLOR[u.status]}>
                {t(`admin.users.status.${u.status}`)}
              </Badge>
            ),
          },
          {
            key: 'mfa',
            label: t('admin.users.mfa'),
            render: (u) => (u.mfaEnrolled ? t('admin.users.mfaOn') : t('admin.users.mfaOff')),
          },
          {
            key: 'locked',
            label: t('admin.users.locked'),
            render: (u) => (u.lockedUntil ? t('common.yes') : t('common.no')),
          },
        ]}
      />
      {inviting ? <InviteUserModal onClose={() => setInviting(false)} /> : null}
      {selectedUser ? <UserDrawer user={selectedUser} onClose={() => setSelected(null)} /> : null}
    </Stack>
  );
}
