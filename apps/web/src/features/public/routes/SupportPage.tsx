// « Assistance »: the help centre, the support contact and how to subscribe.
import { Anchor, Container, List, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SiteHero } from '../components/SiteHero';

export default function SupportPage() {
  const { t } = useTranslation();
  return (
    <>
      <SiteHero
        crumbs={[{ label: t('public.nav.home'), to: '/' }, { label: t('public.support.title') }]}
        kicker={t('public.support.kicker')}
        title={t('public.support.title')}
        intro={t('public.support.intro')}
      />
      <Container size="xl" py={{ base: 'lg', sm: 48 }}>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Paper component="section" withBorder radius="lg" p="xl" aria-labelledby="aide-centre">
            <Title order={2} size="h3" c="portnet.9" id="aide-centre">
              {t('public.support.helpTitle')}
            </Title>
            <Text mt="sm" c="dark.6">
              {t('public.support.helpText')}
            </Text>
          </Paper>
          <Paper component="section" withBorder radius="lg" p="xl" aria-labelledby="aide-contact">
            <Title order={2} size="h3" c="portnet.9" id="aide-contact">
              {t('public.support.contactTitle')}
            </Title>
            <Text mt="sm" c="dark.6">
              {t('public.support.contactText')}
            </Text>
            <Anchor href="mailto:support@portnet.ma" fw={600} mt="sm" display="inline-block">
              support@portnet.ma
            </Anchor>
          </Paper>
          <Paper
            component="section"
            id="souscription"
            withBorder
            radius="lg"
            p="xl"
            aria-labelledby="aide-souscription"
            style={{ scrollMarginTop: 90 }}
          >
            <Title order={2} size="h3" c="portnet.9" id="aide-souscription">
              {t('public.support.subscribeTitle')}
            </Title>
            <List type="ordered" mt="sm" spacing="xs">
              {(['one', 'two', 'three', 'four'] as const).map((s) => (
                <List.Item key={s}>{t(`public.support.subscribeSteps.${s}`)}</List.Item>
              ))}
            </List>
          </Paper>
          <Paper component="section" withBorder radius="lg" p="xl" aria-labelledby="aide-securite">
            <Title order={2} size="h3" c="portnet.9" id="aide-securite">
              {t('public.support.securityTitle')}
            </Title>
            <Text mt="sm" c="dark.6">
              {t('public.support.securityText')}
            </Text>
          </Paper>
        </SimpleGrid>
      </Container>
    </>
  );
}
