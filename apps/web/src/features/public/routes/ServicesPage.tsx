// « Nos services »: the services by audience; the administrations' block leads to their portals.
import { Anchor, Container, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { SiteHero } from '../components/SiteHero';

const BLOCKS = [
  { key: 'operators', id: 'operateurs' },
  { key: 'administrations', id: 'administrations' },
  { key: 'banks', id: 'banques' },
  { key: 'customs', id: 'douanes' },
] as const;

export default function ServicesPage() {
  const { t } = useTranslation();
  return (
    <>
      <SiteHero
        crumbs={[{ label: t('public.nav.home'), to: '/' }, { label: t('public.nav.services') }]}
        kicker={t('public.services.kicker')}
        title={t('public.services.title')}
        intro={t('public.services.intro')}
      />
      <Container size="xl" py={{ base: 'lg', sm: 48 }}>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          {BLOCKS.map(({ key, id }) => (
            <Paper
              key={key}
              id={id}
              component="section"
              withBorder
              radius="lg"
              p="xl"
              aria-labelledby={`titre-${id}`}
              style={{ scrollMarginTop: 90 }}
            >
              <Title order={2} size="h3" c="portnet.9" id={`titre-${id}`}>
                {t(`public.services.${key}.title`)}
              </Title>
              <Text mt="sm" c="dark.6">
                {t(`public.services.${key}.text`)}
              </Text>
              {key === 'administrations' && (
                <Anchor
                  component={Link}
                  to="/nos-services/portails-administrations"
                  fw={600}
                  mt="md"
                  display="inline-block"
                >
                  {t('public.services.administrations.link')}
                </Anchor>
              )}
            </Paper>
          ))}
        </SimpleGrid>
      </Container>
    </>
  );
}
