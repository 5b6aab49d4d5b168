// The actions the API says the user may take now, each rendered by its registered component
// (components/actions/registry.ts). Actions with no registered component are not shown.
import { Button, Group } from '@mantine/core';
import type { DossierDetail } from '@portail/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTION_COMPONENTS } from './actions/registry';

export function ActionsBar({ dossier }: { dossier: DossierDetail }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [active, setActive] = useState<DossierDetail['actions'][number] | null>(null);
  const available = dossier.actions.filter((a) => ACTION_COMPONENTS[a.action]);
  // An open dialog stays open when the action it confirms leaves no action (a signed rejection):
  // its confirmation must still be read, and closed, by a keyboard or screen-reader user.
  if (available.length === 0 && !active) return null;
  const entry = active ? ACTION_COMPONENTS[active.action] : undefined;
  return (
    <>
      {available.length > 0 ? (
        <Group gap="xs" wrap="wrap">
          {available.map((a) => {
            const e = ACTION_COMPONENTS[a.action]!;
            return (
              <Button
                key={a.action}
                variant={e.primary ? 'filled' : 'default'}
                color={e.color}
                onClick={() => setActive(a)}
                data-action={a.action}
              >
                {t(`processing.actions.${a.action}`, { defaultValue: a.label })}
              </Button>
            );
          })}
        </Group>
      ) : null}
      {active && entry ? (
        <Suspense fallback={null}>
          <entry.component
            dossier={dossier}
            action={active}
            onClose={(done) => {
              setActive(null);
              if (done) void client.invalidateQueries({ queryKey: ['dossiers'] });
              // The dialog gives the focus back to its button; when that button is gone (no action
              // left), the page's main region takes it instead of the document body.
              window.setTimeout(() => {
                if (!document.activeElement || document.activeElement === document.body)
                  document.getElementById('contenu')?.focus();
              }, 100);
            }}
          />
        </Suspense>
      ) : null}
    </>
  );
}
