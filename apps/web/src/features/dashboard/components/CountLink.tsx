// A count that opens the list(s) behind it: one list → a link; several procedures or states → a
// menu of links, each with its own count (their sum is the figure). Without a list the user may
// open (platform administrator), the count is plain text.
import { Anchor, Menu, Text, UnstyledButton } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCount } from './format';
import { type Cell, listTarget, type ScopeProcedure } from './links';

export function CountLink({
  cells,
  procedures,
  label,
  children,
}: {
  cells: Cell[];
  procedures: Map<string, ScopeProcedure>;
  /** accessible name of the control: what the figure is */
  label: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const open = cells.filter((c) => c.count > 0 && procedures.get(c.procedure)?.linkable);
  if (open.length === 0 || open.length < cells.filter((c) => c.count > 0).length) return <>{children}</>;
  if (open.length === 1) {
    const c = open[0];
    const p = procedures.get(c.procedure)!;
    return (
      <Anchor
        component={Link}
        {...listTarget(p, c.filters)}
        aria-label={t('dashboard.openList', { what: label, procedure: p.name })}
        underline="always"
        c="inherit"
        style={{ textDecorationStyle: 'dotted' }}
      >
        {children}
      </Anchor>
    );
  }
  return (
    <Menu position="bottom-start" withinPortal shadow="md" width={340}>
      <Menu.Target>
        <UnstyledButton
          aria-label={t('dashboard.chooseList', { what: label })}
          style={{ textDecoration: 'underline dotted' }}
        >
          {children}
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('dashboard.openWhichList')}</Menu.Label>
        {open.map((c) => {
          const p = procedures.get(c.procedure)!;
          return (
            <Menu.Item
              key={`${c.procedure}-${c.detail ?? ''}`}
              component={Link}
              {...listTarget(p, c.filters)}
            >
              <Text size="sm" component="span">
                {p.name}
                {c.detail ? ` — ${c.detail}` : ''} : <strong>{formatCount(c.count)}</strong>
              </Text>
            </Menu.Item>
          );
        })}
      </Menu.Dropdown>
    </Menu>
  );
}
