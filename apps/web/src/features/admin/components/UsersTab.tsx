// Utilisateurs: who has access, with which roles, and their security state at a glance.
import { Badge, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import type { AdminUser } from '@portail/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/DataTable';
import { usersQuery } from '../api/users';
import { InviteUserModal } from './InviteUserModal';
import { UserDrawer } from './UserDrawer';

const STATUS_COLOR = { active: 'teal.9', invited: 'blue.9', disabled: 'gray.8' } as const;

export function UsersTab() {
  const { t } = useTranslation();
  const [draft, setDraft] = useState('');
  const [q, setQ] = useState('');
  const [status, setStatus] = useState('');
  const [inviting, setInviting] = useState(false);
  const [selected, setSelected] = useState<number | null>(null);
  const query = useQuery(usersQuery(q, status));
  const selectedUser = query.data?.find((u) => u.id === selected) ?? null;
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
