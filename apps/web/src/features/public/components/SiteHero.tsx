// Head of every public page: breadcrumb (« Accueil > … »), kicker, title and introduction over the
// light port backdrop.
import { Anchor, Breadcrumbs, Container, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { PortScene } from './PortScene';
import classes from './PublicLayout.module.css';

export interface SiteCrumb {
  label: string;
  to?: string;
}

export function SiteHero({
  crumbs,
  kicker,
  title,
  intro,
}: {
  crumbs: SiteCrumb[];
  kicker?: string;
  title: string;
  intro?: string;
}) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${title} — PORTNET`;
  }, [title]);
  return (
    <section className={classes.heroLight} aria-labelledby="titre-page">
      <PortScene />
      <Container size="xl" py={{ base: 28, sm: 44 }} className={classes.heroContent}>
        <nav aria-label={t('shell.breadcrumb')}>
          <Breadcrumbs separator=">" mb="md" style={{ flexWrap: 'wrap' }}>
            {crumbs.map((c, i) =>
              c.to && i < crumbs.length - 1 ? (
                <Anchor key={c.label} component={Link} to={c.to} size="sm" fw={600}>
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
        </nav>
        {kicker && (
          <Text className={classes.kicker} mb={4}>
            {kicker}
          </Text>
        )}
        <Title order={1} c="portnet.9" id="titre-page" fz={{ base: 28, sm: 38 }}>
          {title}
        </Title>
        {intro && (
          <Text mt="sm" size="lg" maw={860} c="dark.6">
            {intro}
          </Text>
        )}
      </Container>
    </section>
  );
}
