// « A propos »: who PORTNET is, what it links, what it changed.
import { Container, List, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SiteHero } from '../components/SiteHero';

const SECTIONS = ['mission', 'network', 'results'] as const;

export default function AboutPage() {
  const { t } = useTranslation();
  return (
    <>
      <SiteHero
        crumbs={[{ label: t('public.nav.home'), to: '/' }, { label: t('public.about.title') }]}
        kicker={t('public.about.kicker')}
        title={t('public.about.title')}
        intro={t('public.about.intro')}
      />
      <Container size="xl" py={{ base: 'lg', sm: 48 }}>
        <SimpleGrid cols={{ base: 1, md: 3 }} spacing="lg">
          {SECTIONS.map((s) => (
            <Paper key={s} component="section" withBorder radius="lg" p="xl" aria-labelledby={`apropos-${s}`}>
              <Title order={2} size="h3" c="portnet.9" id={`apropos-${s}`}>
                {t(`public.about.${s}Title`)}
              </Title>
              <Text mt="sm" c="dark.6">
                {t(`public.about.${s}`)}
              </Text>
            </Paper>
          ))}
        </SimpleGrid>
        <Paper component="section" withBorder radius="lg" p="xl" mt="lg" aria-labelledby="apropos-valeurs">
          <Title order={2} size="h3" c="portnet.9" id="apropos-valeurs">
            {t('public.about.valuesTitle')}
          </Title>
          <List mt="sm" spacing="xs">
            {(['security', 'availability', 'transparency'] as const).map((v) => (
              <List.Item key={v}>{t(`public.about.values.${v}`)}</List.Item>
            ))}
          </List>
        </Paper>
      </Container>
    </>
  );
}
