// Public home page: as the guide says, the available portals (with their audiences) and the
// sign-in and subscription options; PORTNET's key figures and the latest news.
import {
  Anchor,
  Badge,
  Box,
  Button,
  Container,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import {
  IconArrowRight,
  IconBuildingBank,
  IconBuildingCommunity,
  IconClockHour4,
  IconFingerprint,
  IconLogin2,
  IconShieldCheck,
  IconShieldLock,
  IconTruckDelivery,
  IconUserPlus,
} from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { PortScene } from '../components/PortScene';
import classes from '../components/PublicLayout.module.css';
import { useOpenSignIn } from '../components/SignInModal';

const FIGURES = ['bodies', 'services', 'transactions', 'licence'] as const;
const PORTALS = [
  { key: 'operators', icon: IconTruckDelivery },
  { key: 'mic', icon: IconBuildingCommunity },
  { key: 'banks', icon: IconBuildingBank },
  { key: 'customs', icon: IconShieldCheck },
] as const;
const NEWS = ['portnetId', 'helpCenter', 'dfd'] as const;

export default function HomePage() {
  const { t } = useTranslation();
  const openSignIn = useOpenSignIn();
  useEffect(() => {
    document.title = `PORTNET — ${t('public.tagline')}`;
  }, [t]);
  return (
    <>
      <section className={classes.hero} aria-labelledby="titre-accueil">
        <PortScene variant="dark" />
        <Container size="xl" py={{ base: 40, sm: 72 }} className={classes.heroContent}>
          <Text className={classes.heroKicker} mb="xs">
            {t('public.home.kicker')}
          </Text>
          <Title order={1} id="titre-accueil" maw={760} fz={{ base: 28, sm: 42 }} lh={1.15}>
            {t('public.home.heading')}
          </Title>
          <Text size="lg" mt="md" maw={720} c="gray.1">
            {t('public.home.lead')}
          </Text>
          <Group mt="xl" gap="sm">
            <Button
              size="md"
              color="red.8"
              onClick={openSignIn}
              aria-haspopup="dialog"
              leftSection={<IconLogin2 size={20} aria-hidden />}
            >
              {t('public.signIn')}
            </Button>
            <Button
              size="md"
              variant="white"
              color="portnet.9"
              component={Link}
              to="/assistance"
              hash="souscription"
              leftSection={<IconUserPlus size={20} aria-hidden />}
            >
              {t('public.home.subscribe')}
            </Button>
          </Group>
        </Container>
      </section>

      <Container size="xl" py={{ base: 'lg', sm: 40 }} component="section" aria-labelledby="titre-chiffres">
        <Title order={2} id="titre-chiffres" className="visually-hidden">
          {t('public.home.figuresTitle')}
        </Title>
        <SimpleGrid cols={{ base: 2, md: 4 }} spacing="lg">
          {FIGURES.map((f) => (
            <div key={f} className={classes.stat}>
              <Text fz={{ base: 24, sm: 32 }} fw={800} c="portnet.9" lh={1.1}>
                {t(`public.home.figures.${f}.value`)}
              </Text>
              <Text size="sm" c="dark.6">
                {t(`public.home.figures.${f}.label`)}
              </Text>
            </div>
          ))}
        </SimpleGrid>
      </Container>

      <Container size="xl" py="lg" component="section" aria-labelledby="titre-portails">
        <Title order={2} id="titre-portails" c="portnet.9">
          {t('public.home.portalsTitle')}
        </Title>
        <Text c="dark.6" mt={4} mb="lg" maw={760}>
          {t('public.home.portalsIntro')}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md">
          {PORTALS.map(({ key, icon: Icon }) => (
            <Paper key={key} withBorder radius="lg" p="lg" className={classes.card}>
              <div className={classes.cardIcon} aria-hidden>
                <Icon size={28} stroke={1.6} />
              </div>
              <Title order={3} size="h4" mt="md" c="portnet.9">
                {t(`public.home.portals.${key}.name`)}
              </Title>
              <Text size="sm" mt={6} c="dark.6">
                {t('public.home.audienceFor', { audience: t(`public.home.portals.${key}.audience`) })}
              </Text>
            </Paper>
          ))}
        </SimpleGrid>
      </Container>

      <Container size="xl" py="lg" component="section" aria-labelledby="titre-acces">
        <Title order={2} id="titre-acces" c="portnet.9" mb="lg">
          {t('public.home.accessTitle')}
        </Title>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Paper withBorder radius="lg" p="xl">
            <Group gap="sm" mb="sm" wrap="nowrap">
              <ThemeIcon size={40} radius="md" variant="light" aria-hidden>
                <IconLogin2 size={22} />
              </ThemeIcon>
              <Title order={3} size="h4">
                {t('public.home.signInCard.title')}
              </Title>
            </Group>
            <Text c="dark.6" mb="lg">
              {t('public.home.signInCard.text')}
            </Text>
            <Button
              onClick={openSignIn}
              aria-haspopup="dialog"
              rightSection={<IconArrowRight size={18} aria-hidden />}
            >
              {t('public.signIn')}
            </Button>
          </Paper>
          <Paper withBorder radius="lg" p="xl">
            <Group gap="sm" mb="sm" wrap="nowrap">
              <ThemeIcon size={40} radius="md" variant="light" color="red" aria-hidden>
                <IconUserPlus size={22} />
              </ThemeIcon>
              <Title order={3} size="h4">
                {t('public.home.subscribeCard.title')}
              </Title>
            </Group>
            <Text c="dark.6" mb="lg">
              {t('public.home.subscribeCard.text')}
            </Text>
            <Button
              variant="outline"
              component={Link}
              to="/assistance"
              hash="souscription"
              rightSection={<IconArrowRight size={18} aria-hidden />}
            >
              {t('public.home.subscribe')}
            </Button>
          </Paper>
        </SimpleGrid>
      </Container>

      <Box
        component="section"
        aria-labelledby="titre-portnet-id"
        bg="white"
        py={{ base: 'lg', sm: 40 }}
        mt="lg"
      >
        <Container size="xl">
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
            <div>
              <Title order={2} id="titre-portnet-id" c="portnet.9">
                {t('public.home.idTitle')}
              </Title>
              <Text c="dark.6" mt="sm">
                {t('public.home.idText')}
              </Text>
            </div>
            <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
              {(
                [
                  ['secure', IconShieldLock],
                  ['available', IconClockHour4],
                  ['traceable', IconFingerprint],
                ] as const
              ).map(([k, Icon]) => (
                <Group key={k} component="li" gap="sm" wrap="nowrap">
                  <ThemeIcon size={36} radius="xl" aria-hidden>
                    <Icon size={20} />
                  </ThemeIcon>
                  <Text fw={600}>{t(`public.home.idPoints.${k}`)}</Text>
                </Group>
              ))}
            </Stack>
          </SimpleGrid>
        </Container>
      </Box>

      <Container size="xl" py={{ base: 'lg', sm: 40 }} component="section" aria-labelledby="titre-actualites">
        <Group justify="space-between" align="flex-end" mb="lg">
          <Title order={2} id="titre-actualites" c="portnet.9">
            {t('public.home.newsTitle')}
          </Title>
          <Anchor component={Link} to="/actualites" fw={600}>
            {t('public.home.allNews')}
          </Anchor>
        </Group>
        <SimpleGrid cols={{ base: 1, md: 3 }} spacing="lg">
          {NEWS.map((n) => (
            <Paper key={n} component="article" withBorder radius="lg" p="lg">
              <Badge variant="light" color="red" tt="none">
                {t(`public.news.items.${n}.date`)}
              </Badge>
              <Title order={3} size="h5" mt="sm">
                {t(`public.news.items.${n}.title`)}
              </Title>
              <Text size="sm" c="dark.6" mt={6} lineClamp={3}>
                {t(`public.news.items.${n}.text`)}
              </Text>
            </Paper>
          ))}
        </SimpleGrid>
      </Container>
    </>
  );
}
