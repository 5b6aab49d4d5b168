// « Nos formations »: short sessions for each kind of user.
import { Badge, Container, Group, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SiteHero } from '../components/SiteHero';

const COURSES = ['mic', 'dfd', 'security', 'operators'] as const;

export default function TrainingPage() {
  const { t } = useTranslation();
  return (
    <>
      <SiteHero
        crumbs={[{ label: t('public.nav.home'), to: '/' }, { label: t('public.training.title') }]}
        kicker={t('public.training.kicker')}
        title={t('public.training.title')}
        intro={t('public.training.intro')}
      />
      <Container size="xl" py={{ base: 'lg', sm: 48 }}>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          {COURSES.map((c) => (
            <Paper
              key={c}
              component="article"
              withBorder
              radius="lg"
              p="xl"
              aria-labelledby={`formation-${c}`}
            >
              <Title order={2} size="h3" c="portnet.9" id={`formation-${c}`}>
                {t(`public.training.courses.${c}.title`)}
              </Title>
              <Text mt="sm" c="dark.6">
                {t(`public.training.courses.${c}.text`)}
              </Text>
              <Group gap="xs" mt="md">
                {(['duration', 'format', 'audience'] as const).map((f) => (
                  <Badge key={f} variant="light" color="portnet" tt="none" size="lg" fw={600}>
                    {t(`public.training.${f}`, { value: t(`public.training.courses.${c}.${f}`) })}
                  </Badge>
                ))}
              </Group>
            </Paper>
          ))}
        </SimpleGrid>
      </Container>
    </>
  );
}
