// « Actualités »: the platform's notable changes.
import { Badge, Container, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SiteHero } from '../components/SiteHero';

const ITEMS = ['portnetId', 'helpCenter', 'dfd', 'licence'] as const;

export default function NewsPage() {
  const { t } = useTranslation();
  return (
    <>
      <SiteHero
        crumbs={[{ label: t('public.nav.home'), to: '/' }, { label: t('public.news.title') }]}
        kicker={t('public.news.kicker')}
        title={t('public.news.title')}
        intro={t('public.news.intro')}
      />
      <Container size="md" py={{ base: 'lg', sm: 48 }}>
        <Stack gap="lg">
          {ITEMS.map((n) => (
            <Paper key={n} component="article" withBorder radius="lg" p="xl" aria-labelledby={`actu-${n}`}>
              <Badge variant="light" color="red" tt="none">
                {t(`public.news.items.${n}.date`)}
              </Badge>
              <Title order={2} size="h3" mt="sm" c="portnet.9" id={`actu-${n}`}>
                {t(`public.news.items.${n}.title`)}
              </Title>
              <Text mt="sm" c="dark.6">
                {t(`public.news.items.${n}.text`)}
              </Text>
            </Paper>
          ))}
        </Stack>
      </Container>
    </>
  );
}
