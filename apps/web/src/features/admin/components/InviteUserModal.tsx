// « Inviter un utilisateur »: the account is created in the « invité » state and the person gets a
// single-use link by mail to choose their password, then enrols their MFA device at first sign-in.
import { Alert, Button, Group, Modal, MultiSelect, Select, Stack, TextInput } from '@mantine/core';
import { type InviteUserBody, ROLES } from '@portail/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSessionUser } from '../../../components/useSessionUser';
import { ApiError } from '../../../lib/api';
import { organisationsQuery } from '../api/organisations';
import { inviteUser } from '../api/users';

export function InviteUserModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const me = useSessionUser();
  const client = useQueryClient();
  const orgs = useQuery(organisationsQuery);
  const [form, setForm] = useState<InviteUserBody>({
    organisationId: me?.organisation.id ?? 0,
    username: '',
    email: '',
    displayName: '',
    roles: ['agent_instructeur'],
  });
  const invite = useMutation({
    mutationFn: inviteUser,
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['admin', 'users'] });
      onClose();
    },
  });
  const err = (path: string) =>
    invite.error instanceof ApiError
      ? invite.error.details?.fields?.find((f) => f.path === path)?.message
      : undefined;
  const platform = me?.roles.includes('admin_plateforme');
  const grantable = ROLES.filter((r) => platform || (r !== 'admin_plateforme' && r !== 'agent_support'));
  return (
    <Modal opened onClose={onClose} title={t('admin.users.invite')} size="lg">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          invite.mutate(form);
        }}
      >
        <Stack>
          <Select
            label={t('admin.users.organisation')}
            required
            data={(orgs.data ?? []).map((o) => ({ value: String(o.id), label: `${o.code} — ${o.nameFr}` }))}
            value={String(form.organisationId)}
            onChange={(v) => v && setForm({ ...form, organisationId: Number(v) })}
            allowDeselect={false}
            error={err('organisationId')}
          />
          <TextInput
            label={t('admin.users.displayName')}
            required
            value={form.displayName}
            onChange={(e) => setForm({ ...form, displayName: e.currentTarget.value })}
            error={err('displayName')}
          />
          <TextInput
            label={t('admin.users.username')}
            description={t('admin.users.usernameHint')}
            required
            value={form.username}
            onChange={(e) => setForm({ ...form, username: e.currentTarget.value })}
            error={err('username')}
            autoComplete="off"
          />
          <TextInput
            type="email"
            label={t('admin.users.email')}
            required
            value={form.email}
            onChange={(e) => setForm({ ...form, email: e.currentTarget.value })}
            error={err('email')}
            autoComplete="off"
          />
          <MultiSelect
            label={t('admin.users.roles')}
            required
            data={grantable.map((r) => ({ value: r, label: t(`admin.roles.${r}`) }))}
            value={form.roles}
            onChange={(v) => setForm({ ...form, roles: v as InviteUserBody['roles'] })}
            error={err('roles')}
          />
          {invite.error && !(invite.error instanceof ApiError && invite.error.details?.fields) ? (
            <Alert color="red" role="alert">
              {invite.error.message}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={invite.isPending}>
              {t('admin.users.sendInvitation')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
