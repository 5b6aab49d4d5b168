// Public home page (the public site is built by the identity feature).
import { Anchor, Container, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PortnetLogo } from '../../../components/PortnetLogo';

export default function HomePage() {
  const { t } = useTranslation();
  return (
    <Container size="sm" py="xl" component="main">
      <Stack>
        <PortnetLogo height={40} />
        <Title order={1}>{t('app.portalName')}</Title>
        <Text>{t('public.tagline')}</Text>
        <Anchor component={Link} to="/portail/tableau-de-bord">
          {t('public.signIn')}
        </Anchor>
      </Stack>
    </Container>
  );
}
