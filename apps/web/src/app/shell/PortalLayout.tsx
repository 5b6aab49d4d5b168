// The portal shell: header (burger on small screens, language, user menu), the sidebar, the page.
import { AppShell, Burger, Group, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { Link, Outlet } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from '../../components/LanguageSwitcher';
import { PortnetLogo } from '../../components/PortnetLogo';
import { NotificationBell } from '../../features/processing/components/NotificationBell';
import { Sidebar } from './Sidebar';
import { UserMenu } from './UserMenu';
import { saveLanguage, useAccountPreferences } from './useAccountPreferences';

export function PortalLayout() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const queryClient = useQueryClient();
  useAccountPreferences();
  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{ width: 288, breakpoint: 'md', collapsed: { mobile: !opened } }}
      padding={{ base: 'sm', sm: 'lg' }}
    >
      <a href="#contenu" className="skip-link">
        {t('shell.skipToContent')}
      </a>
      <AppShell.Header withBorder>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="md"
              size="sm"
              aria-label={t('shell.toggleMenu')}
            />
            <Link to="/portail/tableau-de-bord" aria-label={t('shell.home')} style={{ display: 'flex' }}>
              <PortnetLogo height={26} />
            </Link>
            <Text fw={700} c="portnet.8" visibleFrom="xs" className="portal-name">
              {t('app.portalName')}
            </Text>
          </Group>
          <Group gap={4} wrap="nowrap">
            <NotificationBell />
            <LanguageSwitcher onChange={(lang) => void saveLanguage(queryClient, lang)} />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar withBorder={false} aria-label={t('nav.main')}>
        <Sidebar onNavigate={close} />
      </AppShell.Navbar>
      <AppShell.Main
        id="contenu"
        tabIndex={-1}
        bg="gray.0"
        style={{ paddingInlineEnd: 'calc(var(--mantine-spacing-lg) + 34px)' }}
      >
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
