// The user icon at the top right opens the profile menu of the guide (section III).
import { ActionIcon, Menu, Text } from '@mantine/core';
import { IconKey, IconLogout, IconShieldLock, IconUserCircle } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';
import { useSession } from '../session';

export async function signOut(): Promise<void> {
  const { redirectTo } = await api<{ redirectTo: string }>('/api/auth/logout', { method: 'POST' });
  window.location.assign(redirectTo);
}

export function UserMenu() {
  const { t } = useTranslation();
  const { data } = useSession();
  return (
    <Menu position="bottom-end" shadow="md" width={260} withArrow>
      <Menu.Target>
        <ActionIcon variant="subtle" size={44} radius="xl" aria-label={t('profile.menu')} c="portnet.8">
          <IconUserCircle size={30} stroke={1.5} aria-hidden />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={700} c="dark">
            {data?.user.displayName}
          </Text>
          <Text size="xs" c="dimmed">
            {data?.user.username}
          </Text>
        </Menu.Label>
        <Menu.Divider />
        <Menu.Item
          component={Link}
          to="/portail/profil/mot-de-passe"
          leftSection={<IconKey size={18} aria-hidden />}
        >
          {t('profile.changePassword')}
        </Menu.Item>
        <Menu.Item
          component={Link}
          to="/portail/profil/mfa"
          leftSection={<IconShieldLock size={18} aria-hidden />}
        >
          {t('profile.resetMfa')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item
          color="red.8"
          leftSection={<IconLogout size={18} aria-hidden />}
          onClick={() => void signOut()}
        >
          {t('profile.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
