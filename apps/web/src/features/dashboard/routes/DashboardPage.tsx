// Tableau de bord. The figures and charts are built by the dashboard feature (issue 6).
import { Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { useSessionUser } from '../../../components/useSessionUser';

export default function DashboardPage() {
  const { t } = useTranslation();
  const user = useSessionUser();
  return (
    <>
      <PageHeader title={t('nav.dashboard')} crumbs={[{ label: t('nav.dashboard') }]} />
      <Paper p="lg" withBorder>
        <Text size="lg" fw={600}>
          {t('dashboard.welcome', { name: user?.displayName ?? '' })}
        </Text>
        <Text c="dimmed" mt="xs">
          {t('dashboard.intro')}
        </Text>
      </Paper>
    </>
  );
}
