// The public PORTNET site: the guide's header (wordmark, six entries, « Se connecter » at the top
// right), the page, and the footer. Lives outside the portal shell.
import {
  Anchor,
  Box,
  Burger,
  Button,
  Container,
  Drawer,
  Group,
  SimpleGrid,
  Stack,
  Text,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconLogin2 } from '@tabler/icons-react';
import { Link, Outlet, useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from '../../../components/LanguageSwitcher';
import { PortnetLogo } from '../../../components/PortnetLogo';
import { PUBLIC_NAV } from './nav';
import classes from './PublicLayout.module.css';
import { SignInModal, SignInModalContext } from './SignInModal';

const isCurrent = (path: string, to: string) =>
  to === '/' ? path === '/' : path === to || path.startsWith(`${to}/`);

export default function PublicLayout() {
  const { t } = useTranslation();
  const path = useRouterState({ select: (s) => s.location.pathname });
  const [menuOpened, menu] = useDisclosure(false);
  const [signInOpened, signIn] = useDisclosure(false);
  return (
    <SignInModalContext.Provider value={signIn.open}>
      <div className={classes.page}>
        <a href="#contenu" className="skip-link">
          {t('shell.skipToContent')}
        </a>
        <header className={classes.header}>
          <Container size="xl" className={classes.headerInner}>
            <Group gap="xs" wrap="nowrap">
              <Burger
                opened={menuOpened}
                onClick={menu.toggle}
                hiddenFrom="lg"
                size="sm"
                aria-label={t('public.nav.toggle')}
              />
              <Link to="/" aria-label={t('public.nav.homeLink')} style={{ display: 'flex' }}>
                <Box visibleFrom="sm">
                  <PortnetLogo height={30} />
                </Box>
                <Box hiddenFrom="sm">
                  <PortnetLogo height={22} />
                </Box>
              </Link>
            </Group>
            <Box component="nav" aria-label={t('public.nav.label')} visibleFrom="lg">
              <div className={classes.nav}>
                {PUBLIC_NAV.map((e) => (
                  <Link
                    key={e.key}
                    to={e.to}
                    className={classes.navLink}
                    aria-current={isCurrent(path, e.to) ? 'page' : undefined}
                  >
                    {t(`public.nav.${e.key}`)}
                  </Link>
                ))}
              </div>
            </Box>
            <Group gap={4} wrap="nowrap">
              <Box visibleFrom="xs">
                <LanguageSwitcher />
              </Box>
              <Button
                onClick={signIn.open}
                leftSection={<IconLogin2 size={18} aria-hidden />}
                aria-haspopup="dialog"
                radius="xl"
                px={{ base: 'sm', sm: 'md' }}
                size="sm"
              >
                {t('public.signIn')}
              </Button>
            </Group>
          </Container>
        </header>
        <Drawer
          opened={menuOpened}
          onClose={menu.close}
          title={<PortnetLogo height={24} />}
          closeButtonProps={{ 'aria-label': t('common.close') }}
          size="xs"
        >
          <nav aria-label={t('public.nav.label')}>
            {PUBLIC_NAV.map((e) => (
              <Link
                key={e.key}
                to={e.to}
                className={classes.drawerLink}
                onClick={menu.close}
                aria-current={isCurrent(path, e.to) ? 'page' : undefined}
              >
                {t(`public.nav.${e.key}`)}
              </Link>
            ))}
          </nav>
          <Box mt="md" hiddenFrom="xs">
            <LanguageSwitcher />
          </Box>
        </Drawer>
        <main id="contenu" tabIndex={-1} className={classes.main}>
          <Outlet />
        </main>
        <footer className={classes.footer}>
          <Container size="xl">
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="lg">
              <Stack gap="xs" align="flex-start">
                <PortnetLogo inverted height={26} />
                <Text size="sm" c="gray.3">
                  {t('public.footer.about')}
                </Text>
              </Stack>
              <Stack gap={6} component="nav" aria-label={t('public.footer.navLabel')}>
                {PUBLIC_NAV.map((e) => (
                  <Link key={e.key} to={e.to} className={classes.footerLink}>
                    {t(`public.nav.${e.key}`)}
                  </Link>
                ))}
              </Stack>
              <Stack gap={6}>
                <Text fw={700} c="white" size="sm">
                  {t('public.footer.contactTitle')}
                </Text>
                <Text size="sm" c="gray.3">
                  {t('public.footer.address')}
                </Text>
                <Anchor href="mailto:support@portnet.ma" className={classes.footerLink}>
                  support@portnet.ma
                </Anchor>
              </Stack>
            </SimpleGrid>
            <Text
              dir="ltr"
              size="sm"
              c="gray.4"
              ta="center"
              mt="xl"
              pt="md"
              style={{ borderTop: '1px solid rgba(255,255,255,0.12)' }}
            >
              {t('public.footer.copyright')}
            </Text>
          </Container>
        </footer>
      </div>
      <SignInModal opened={signInOpened} onClose={signIn.close} />
    </SignInModalContext.Provider>
  );
}
