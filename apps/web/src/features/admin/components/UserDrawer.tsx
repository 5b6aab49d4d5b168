// One user's administration: roles, status, security actions (unlock, MFA reset with a reason,
// password change on next sign-in) and active sessions.
import {
  Alert,
  Badge,
  Button,
  Divider,
  Drawer,
  Group,
  MultiSelect,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type AdminUser, ROLES, type Role } from '@portail/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../components/format';
import { useSessionUser } from '../../../components/useSessionUser';
import {
  resendInvitation,
  resetUserMfa,
  revokeUserSession,
  unlockUser,
  updateUser,
  userSessionsQuery,
} from '../api/users';

export function UserDrawer({ user, onClose }: { user: AdminUser; onClose: () => void }) {
  const { t } = useTranslation();
  const me = useSessionUser();
  const client = useQueryClient();
  const [roles, setRoles] = useState<Role[]>(user.roles);
  const [reason, setReason] = useState('');
  const sessions = useQuery(userSessionsQuery(user.id));
  const done = (message: string) => {
    void client.invalidateQueries({ queryKey: ['admin', 'users'] });
    notifications.show({ color: 'teal.9', message });
  };
  const act = useMutation({
    mutationFn: (fn: () => Promise<unknown>) => fn(),
  });
  const run = (fn: () => Promise<unknown>, message: string) =>
    act.mutate(fn, { onSuccess: () => done(message) });
  const platform = me?.roles.includes('admin_plateforme');
  const grantable = ROLES.filter((r) => platform || (r !== 'admin_plateforme' && r !== 'agent_support'));

  return (
    <Drawer
      opened
      onClose={onClose}
      position="right"
      size="lg"
      title={<Text fw={700}>{user.displayName}</Text>}
    >
      <Stack>
        <Group gap="xs">
          <Badge
            variant="filled"
            color={user.status === 'active' ? 'teal.9' : user.status === 'invited' ? 'blue.9' : 'gray.8'}
          >
            {t(`admin.users.status.${user.status}`)}
          </Badge>
          <Badge variant="filled" color={user.mfaEnrolled ? 'teal.9' : 'orange.9'}>
            {user.mfaEnrolled ? t('admin.users.mfaOn') : t('admin.users.mfaOff')}
          </Badge>
          {user.lockedUntil ? (
            <Badge variant="filled" color="red.9">
              {t('admin.users.lockedUntil', { date: formatDateTime(user.lockedUntil) })}
            </Badge>
          ) : null}
        </Group>
        <Text size="sm">
          {user.username} · {user.email} · {user.organisationCode}
        </Text>
        {act.error ? (
          <Alert color="red" role="alert">
            {act.error.message}
          </Alert>
        ) : null}

        <Title order={3} size="h5">
          {t('admin.users.roles')}
        </Title>
        <Group align="flex-end">
          <MultiSelect
            label={t('admin.users.roles')}
            data={grantable.map((r) => ({ value: r, label: t(`admin.roles.${r}`) }))}
            value={roles}
            onChange={(v) => setRoles(v as Role[])}
            style={{ flex: 1 }}
          />
          <Button
            onClick={() => run(() => updateUser(user.id, { roles }), t('admin.users.saved'))}
            disabled={roles.length === 0}
          >
            {t('common.save')}
          </Button>
        </Group>

        <Divider />
        <Title order={3} size="h5">
          {t('admin.users.security')}
        </Title>
        <Group>
          {user.status === 'invited' ? (
            <Button
              variant="default"
              onClick={() => run(() => resendInvitation(user.id), t('admin.users.invitationSent'))}
            >
              {t('admin.users.resendInvitation')}
            </Button>
          ) : null}
          {user.status === 'active' && user.id !== me?.id ? (
            <Button
              color="red.8"
              variant="outline"
              onClick={() => run(() => updateUser(user.id, { status: 'disabled' }), t('admin.users.saved'))}
            >
              {t('admin.users.deactivate')}
            </Button>
          ) : null}
          {user.status === 'disabled' ? (
            <Button
              variant="default"
              onClick={() => run(() => updateUser(user.id, { status: 'active' }), t('admin.users.saved'))}
            >
              {t('admin.users.reactivate')}
            </Button>
          ) : null}
          {user.lockedUntil ? (
            <Button
              variant="default"
              onClick={() => run(() => unlockUser(user.id), t('admin.users.unlocked'))}
            >
              {t('admin.users.unlock')}
            </Button>
          ) : null}
          <Button
            variant="default"
            disabled={user.mustChangePassword}
            onClick={() =>
              run(() => updateUser(user.id, { mustChangePassword: true }), t('admin.users.saved'))
            }
          >
            {user.mustChangePassword
              ? t('admin.users.passwordChangeRequested')
              : t('admin.users.forcePasswordChange')}
          </Button>
        </Group>
        <Textarea
          label={t('admin.users.mfaResetReason')}
          description={t('admin.users.mfaResetHint')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          minRows={2}
        />
        <Button
          color="red.8"
          w="fit-content"
          disabled={reason.trim().length < 5}
          onClick={() => run(() => resetUserMfa(user.id, reason.trim()), t('admin.users.mfaResetDone'))}
        >
          {t('admin.users.mfaReset')}
        </Button>

        <Divider />
        <Title order={3} size="h5">
          {t('admin.users.sessions')}
        </Title>
        {sessions.data && sessions.data.length === 0 ? (
          <Text size="sm">{t('admin.users.noSession')}</Text>
        ) : null}
        {sessions.data && sessions.data.length > 0 ? (
          <Table.ScrollContainer minWidth={480}>
            <Table>
              <Table.Caption className="visually-hidden">{t('admin.users.sessions')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('admin.users.sessionStarted')}</Table.Th>
                  <Table.Th scope="col">{t('admin.users.sessionLastSeen')}</Table.Th>
                  <Table.Th scope="col">{t('admin.audit.columns.ip')}</Table.Th>
                  <Table.Th scope="col">{t('admin.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {sessions.data.map((s) => (
                  <Table.Tr key={s.ref}>
                    <Table.Td>{formatDateTime(s.createdAt)}</Table.Td>
                    <Table.Td>{formatDateTime(s.lastSeenAt)}</Table.Td>
                    <Table.Td>{s.ip ?? '—'}</Table.Td>
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="default"
                        onClick={() =>
                          act.mutate(() => revokeUserSession(user.id, s.ref), {
                            onSuccess: () => {
                              void sessions.refetch();
                              done(t('admin.users.sessionRevoked'));
                            },
                          })
                        }
                      >
                        {t('admin.users.revoke')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : null}
      </Stack>
    </Drawer>
  );
}
