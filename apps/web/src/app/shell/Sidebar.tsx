// The dark-blue sidebar of the guide: the user block, then sections that unfold on click.
import { Avatar, Box, NavLink, ScrollArea, Stack, Text } from '@mantine/core';
import {
  IconArrowsLeftRight,
  IconFileExport,
  IconFileImport,
  IconHeadset,
  IconLayoutDashboard,
  IconSettings,
} from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useRouterState } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PortnetLogo } from '../../components/PortnetLogo';
import { FIXED_ENTRIES, menuQuery } from '../navigation';
import { useSession } from '../session';
import { SIDEBAR_BG } from '../theme';
import classes from './Sidebar.module.css';

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((p) => p[0]?.toUpperCase())
    .join('');

const FIXED_ICONS = { support: IconHeadset, admin: IconSettings } as const;

export function Sidebar({ onNavigate }: { onNavigate?: () => void }) {
  const { t, i18n } = useTranslation();
  const { data: session } = useSession();
  const { data: procedures = [] } = useQuery(menuQuery);
  const path = useRouterState({ select: (s) => s.location.pathname });
  const [opened, setOpened] = useState({
    import: path.startsWith('/portail/importation'),
    export: path.startsWith('/portail/exportation'),
  });
  const user = session?.user;
  const orgName = user
    ? (user.organisation[
        `name${i18n.language === 'ar' ? 'Ar' : i18n.language === 'en' ? 'En' : 'Fr'}`
      ] as string)
    : '';

  const section = (direction: 'import' | 'export', label: string, Icon: typeof IconFileImport) => {
    const items = procedures.filter((p) => p.direction === direction);
    const base = `/portail/${direction === 'import' ? 'importation' : 'exportation'}`;
    return (
      <NavLink
        // A button, not an anchor without href: it must take the focus and say whether it is open.
        component="button"
        type="button"
        aria-expanded={opened[direction]}
        opened={opened[direction]}
        onChange={(o: boolean) => setOpened((prev) => ({ ...prev, [direction]: o }))}
        label={label}
        leftSection={<Icon size={20} stroke={1.6} aria-hidden />}
        classNames={{ root: classes.link, label: classes.label, chevron: classes.chevron }}
        childrenOffset={28}
      >
        {items.length === 0 ? (
          <Text size="sm" c="gray.4" px="sm" py={6}>
            {t('nav.noProcedure')}
          </Text>
        ) : (
          items.map((p) => (
            <NavLink
              key={p.code}
              component={Link}
              to={`${base}/${p.slug}`}
              label={p.name}
              active={path.startsWith(`${base}/${p.slug}`)}
              onClick={onNavigate}
              classNames={{ root: classes.sublink, label: classes.label }}
            />
          ))
        )}
      </NavLink>
    );
  };

  return (
    <Box className={classes.sidebar} style={{ background: SIDEBAR_BG }}>
      <Box className={classes.userBlock}>
        <Avatar color="portnet.6" variant="filled" radius="xl" size={44} aria-hidden>
          {user ? initials(user.displayName) : ''}
        </Avatar>
        <div style={{ minWidth: 0 }}>
          <Text fw={700} c="white" size="sm" truncate>
            {user?.displayName}
          </Text>
          <Text size="xs" c="gray.3" truncate>
            {user?.organisation.code} · {orgName}
          </Text>
        </div>
      </Box>
      <ScrollArea className={classes.nav} type="auto">
        <Stack gap={2} p="xs">
          <NavLink
            component={Link}
            to="/portail/tableau-de-bord"
            label={t('nav.dashboard')}
            leftSection={<IconLayoutDashboard size={20} stroke={1.6} aria-hidden />}
            active={path.startsWith('/portail/tableau-de-bord')}
            onClick={onNavigate}
            classNames={{ root: classes.link, label: classes.label }}
          />
          {section('import', t('nav.import'), IconFileImport)}
          {section('export', t('nav.export'), IconFileExport)}
          {FIXED_ENTRIES.filter((e) => !e.roles || e.roles.some((r) => user?.roles.includes(r))).map((e) => {
            const Icon = FIXED_ICONS[e.key as keyof typeof FIXED_ICONS] ?? IconArrowsLeftRight;
            return (
              <NavLink
                key={e.key}
                component={Link}
                to={e.to}
                label={t(e.labelKey)}
                leftSection={<Icon size={20} stroke={1.6} aria-hidden />}
                active={path.startsWith(e.to)}
                onClick={onNavigate}
                classNames={{ root: classes.link, label: classes.label }}
              />
            );
          })}
        </Stack>
      </ScrollArea>
      <Box className={classes.footer}>
        <PortnetLogo inverted height={22} />
      </Box>
    </Box>
  );
}
