// The Centre d'aide's own frame: it is reachable from public pages as well as from the portal,
// so it does not depend on the portal shell. Header: logo, « Centre d'aide », language, and a way
// back to the portal for signed-in users; a side menu of the help options.
import { Anchor, Box, Container, Grid, Group, NavLink, Paper, Stack, Text } from '@mantine/core';
import {
  IconArrowLeft,
  IconListDetails,
  IconMessagePlus,
  IconPhone,
  IconQuestionMark,
} from '@tabler/icons-react';
import { Link, Outlet, useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../app/session';
import { LanguageSwitcher } from '../../../components/LanguageSwitcher';
import { PortnetLogo } from '../../../components/PortnetLogo';
import { ERROR_COLOR } from './labels';

const OPTIONS = [
  { key: 'faq', to: '/aide/faq', icon: IconQuestionMark, exact: true },
  { key: 'myTickets', to: '/aide/reclamations', icon: IconListDetails, exact: false },
  { key: 'newTicket', to: '/aide/reclamations/nouvelle', icon: IconMessagePlus, exact: true },
  { key: 'contact', to: '/aide/contact', icon: IconPhone, exact: true },
] as const;

export default function HelpLayout() {
  const { t } = useTranslation();
  const path = useRouterState({ select: (s) => s.location.pathname });
  const session = useSession();
  const signedIn = !!session.data;
  const active = (to: string, exact: boolean) =>
    exact ? path === to : path === to || (path.startsWith(`${to}/`) && !path.endsWith('/nouvelle'));
  return (
    <Box bg="gray.0" mih="100vh" style={ERROR_COLOR}>
      <a href="#contenu" className="skip-link">
        {t('shell.skipToContent')}
      </a>
      <Box component="header" bg="white" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <Container size="xl" py="sm">
          <Group justify="space-between" wrap="nowrap">
            <Group gap="sm" wrap="nowrap">
              <Link
                to={signedIn ? '/portail/tableau-de-bord' : '/'}
                aria-label={t('helpCenter.layout.home')}
                style={{ display: 'flex' }}
              >
                <PortnetLogo height={26} />
              </Link>
              <Text fw={700} c="portnet.8" visibleFrom="xs">
                {t('help.title')}
              </Text>
            </Group>
            <Group gap="xs" wrap="nowrap">
              {signedIn ? (
                <Anchor component={Link} to="/portail/tableau-de-bord" size="sm" fw={600}>
                  <Group gap={4} wrap="nowrap">
                    <IconArrowLeft size={16} aria-hidden />
                    {t('helpCenter.layout.backToPortal')}
                  </Group>
                </Anchor>
              ) : null}
              <LanguageSwitcher />
            </Group>
          </Group>
        </Container>
      </Box>
      <Container size="xl" py="lg" style={{ paddingInlineEnd: 'calc(var(--mantine-spacing-md) + 34px)' }}>
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 3 }}>
            <Paper withBorder p="xs" radius="md" component="nav" aria-label={t('help.title')}>
              <Stack gap={2}>
                {OPTIONS.map(({ key, to, icon: Icon, exact }) => (
                  <NavLink
                    key={key}
                    component={Link}
                    to={to}
                    // Our rule decides what is current (a ticket page belongs to « Mes réclamations »,
                    // the wizard does not), not the router's prefix match.
                    activeOptions={{ exact: true }}
                    activeProps={{}}
                    label={t(`help.options.${key}.label`)}
                    leftSection={<Icon size={18} aria-hidden />}
                    active={active(to, exact)}
                    aria-current={active(to, exact) ? 'page' : undefined}
                    variant="light"
                  />
                ))}
              </Stack>
            </Paper>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 9 }}>
            <Box component="main" id="contenu" tabIndex={-1}>
              <Outlet />
            </Box>
          </Grid.Col>
        </Grid>
      </Container>
    </Box>
  );
}
