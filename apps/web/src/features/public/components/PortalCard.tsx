// A card of « Nos Portails Administrations »: the portal, the guide's description, its « POUR : »
// audiences and « Accéder → ».
import { Badge, Button, Group, Paper, Text, Title } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';
import { IconArrowRight } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './PublicLayout.module.css';

export function PortalCard({
  name,
  description,
  audiences,
  icon: CardIcon,
  href,
  to,
}: {
  name: string;
  description: string;
  audiences: string[];
  icon: Icon;
  /** A server URL (full page load), e.g. the Portail MIC's sign-in. */
  href?: string;
  /** A page of this site. */
  to?: string;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const buttonProps = {
    mt: 'auto',
    rightSection: <IconArrowRight size={18} aria-hidden />,
    'aria-describedby': titleId,
    style: { alignSelf: 'flex-start' },
  } as const;
  return (
    <Paper
      component="article"
      aria-labelledby={titleId}
      withBorder
      radius="lg"
      p="xl"
      className={classes.card}
    >
      <Group gap="md" wrap="nowrap" mb="md">
        <div className={classes.cardIcon} aria-hidden>
          <CardIcon size={30} stroke={1.6} />
        </div>
        <Title order={2} size="h3" c="portnet.9" id={titleId}>
          {name}
        </Title>
      </Group>
      <Text c="dark.6" style={{ flex: 1 }}>
        {description}
      </Text>
      <Text className={classes.forLabel} mt="lg" mb={6}>
        {t('public.portals.for')}
      </Text>
      <Group
        gap={6}
        mb="lg"
        component="ul"
        p={0}
        m={0}
        style={{ listStyle: 'none' }}
        aria-label={t('public.portals.forLabel', { name })}
      >
        {audiences.map((a) => (
          <li key={a}>
            <Badge variant="light" color="portnet" radius="sm" size="lg" tt="none" fw={600}>
              {a}
            </Badge>
          </li>
        ))}
      </Group>
      {href ? (
        <Button component="a" href={href} {...buttonProps}>
          {t('public.portals.access')}
        </Button>
      ) : (
        <Button component={Link} to={to} {...buttonProps}>
          {t('public.portals.access')}
        </Button>
      )}
    </Paper>
  );
}
