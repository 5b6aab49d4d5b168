// « Nos Portails Administrations » (guide, section I.A): the three back-office portals, their
// audiences and « Accéder → ». The Portail MIC card starts its Portnet ID sign-in.
import { Container, SimpleGrid } from '@mantine/core';
import { IconBuildingBank, IconBuildingCommunity, IconShieldCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PortalCard } from '../components/PortalCard';
import { SiteHero } from '../components/SiteHero';

export default function PortalsPage() {
  const { t } = useTranslation();
  const card = (key: 'banks' | 'mic' | 'customs') => ({
    name: t(`public.portals.${key}.name`),
    description: t(`public.portals.${key}.description`),
    audiences: t(`public.portals.${key}.audiences`, { returnObjects: true }) as string[],
  });
  return (
    <>
      <SiteHero
        crumbs={[
          { label: t('public.nav.home'), to: '/' },
          { label: t('public.nav.services'), to: '/nos-services' },
          { label: t('public.portals.crumb') },
        ]}
        kicker={t('public.portals.kicker')}
        title={t('public.portals.title')}
        intro={t('public.portals.intro')}
      />
      <Container size="xl" py={{ base: 'lg', sm: 48 }}>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="lg">
          <PortalCard {...card('banks')} icon={IconBuildingBank} to="/portails/banques" />
          <PortalCard {...card('mic')} icon={IconBuildingCommunity} href="/api/auth/login" />
          <PortalCard {...card('customs')} icon={IconShieldCheck} to="/portails/douanes" />
        </SimpleGrid>
      </Container>
    </>
  );
}
