// Portail Banques / Portail Douanes: registered clients of Portnet ID that show who is signed in.
// Opening one after signing in to the Portail MIC asks for no password: the single sign-on.
import { Alert, Button, Container, Group, Loader, Paper, Table, Text, Title } from '@mantine/core';
import type { DemoPortal } from '@portail/contracts';
import { IconCircleCheck, IconLogin2, IconLogout } from '@tabler/icons-react';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { demoPortalLogout, useDemoPortalMe } from '../api/demoPortal';
import { SiteHero } from '../components/SiteHero';

export function DemoPortalView({ portal }: { portal: DemoPortal }) {
  const { t, i18n } = useTranslation();
  const { data, isPending, isError } = useDemoPortalMe(portal);
  const [leaving, setLeaving] = useState(false);
  const name = t(`public.demoPortal.${portal === 'banques' ? 'banks' : 'customs'}`);
  const user = data?.user;
  return (
    <>
      <SiteHero
        crumbs={[
          { label: t('public.nav.home'), to: '/' },
          { label: t('public.nav.services'), to: '/nos-services' },
          { label: t('public.portals.crumb'), to: '/nos-services/portails-administrations' },
          { label: name },
        ]}
        kicker={t('public.demoPortal.kicker')}
        title={name}
        intro={t(`public.portals.${portal === 'banques' ? 'banks' : 'customs'}.description`)}
      />
      <Container size="md" py={{ base: 'lg', sm: 48 }}>
        <Paper withBorder radius="lg" p="xl" aria-live="polite" aria-busy={isPending}>
          {isPending ? (
            <Group gap="sm">
              <Loader size="sm" aria-hidden />
              <Text>{t('public.demoPortal.loading')}</Text>
            </Group>
          ) : isError ? (
            <Alert color="red" title={t('public.demoPortal.error')} />
          ) : user ? (
            <>
              <Group gap="sm" mb="sm" wrap="nowrap">
                <IconCircleCheck size={28} color="var(--mantine-color-green-8)" aria-hidden />
                <Title order={2} size="h3" c="portnet.9">
                  {t('public.demoPortal.signedInTitle')}
                </Title>
              </Group>
              <Text c="dark.6" mb="md">
                {t('public.demoPortal.signedInText')}
              </Text>
              <Table variant="vertical" withTableBorder layout="fixed" data-testid="sso-user">
                <Table.Tbody>
                  <Table.Tr>
                    <Table.Th w={220}>{t('public.demoPortal.user')}</Table.Th>
                    <Table.Td>{user.displayName}</Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>{t('public.demoPortal.username')}</Table.Th>
                    <Table.Td>{user.username}</Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>{t('public.demoPortal.organisation')}</Table.Th>
                    <Table.Td>{user.organisation}</Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>{t('public.demoPortal.authTime')}</Table.Th>
                    <Table.Td>
                      {new Date(user.signedInAt).toLocaleString(i18n.language, {
                        dateStyle: 'long',
                        timeStyle: 'short',
                      })}
                    </Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>{t('public.demoPortal.methods')}</Table.Th>
                    <Table.Td>
                      {user.amr.map((m) => t(`public.demoPortal.amr.${m}`, { defaultValue: m })).join(' + ')}
                    </Table.Td>
                  </Table.Tr>
                </Table.Tbody>
              </Table>
              <Button
                mt="lg"
                variant="outline"
                color="red.8"
                loading={leaving}
                leftSection={<IconLogout size={18} aria-hidden />}
                onClick={async () => {
                  setLeaving(true);
                  try {
                    const { redirectTo } = await demoPortalLogout(portal);
                    window.location.assign(redirectTo);
                  } catch {
                    setLeaving(false);
                  }
                }}
              >
                {t('public.demoPortal.signOut')}
              </Button>
            </>
          ) : (
            <>
              <Title order={2} size="h3" c="portnet.9">
                {t('public.demoPortal.notSignedInTitle')}
              </Title>
              <Text c="dark.6" mt="sm" mb="lg">
                {t('public.demoPortal.notSignedInText')}
              </Text>
              <Button
                component="a"
                href={`/api/demo-portals/${portal}/login`}
                leftSection={<IconLogin2 size={18} aria-hidden />}
              >
                {t('public.demoPortal.signIn')}
              </Button>
            </>
          )}
        </Paper>
      </Container>
    </>
  );
}

export default function DemoPortalPage() {
  // The route only matches /portails/banques and /portails/douanes (see routes.tsx).
  const { portal } = useParams({ strict: false }) as { portal: DemoPortal };
  return <DemoPortalView key={portal} portal={portal} />;
}
