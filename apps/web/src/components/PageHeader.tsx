// The guide's page head: the breadcrumb (« Tableau de bord > Importation > … ») above the title.
import { Anchor, Breadcrumbs, Group, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';

export interface Crumb {
  label: string;
  to?: string;
}

export function PageHeader({
  title,
  crumbs,
  actions,
}: {
  title: string;
  crumbs: Crumb[];
  actions?: ReactNode;
}) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${title} — ${t('app.name')}`;
  }, [title, t]);
  return (
    <header style={{ marginBottom: 'var(--mantine-spacing-lg)' }}>
      <Breadcrumbs aria-label={t('shell.breadcrumb')} separator="›" mb={6} style={{ flexWrap: 'wrap' }}>
        {crumbs.map((c, i) =>
          c.to && i < crumbs.length - 1 ? (
            <Anchor key={c.label} component={Link} to={c.to} size="sm">
              {c.label}
            </Anchor>
          ) : (
            <Text
              key={c.label}
              size="sm"
              c="dimmed"
              aria-current={i === crumbs.length - 1 ? 'page' : undefined}
            >
              {c.label}
            </Text>
          ),
        )}
      </Breadcrumbs>
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
        <Title order={1} size="h2" c="portnet.9">
          {title}
        </Title>
        {actions}
      </Group>
    </header>
  );
}
