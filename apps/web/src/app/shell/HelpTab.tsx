// « Besoin d'aide ? »: fixed on the right edge of every page; opens the Centre d'aide's six options
// (HelpDrawer, its own chunk: the tab is on every first page, the drawer is not needed there).
import { UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconHelpCircle } from '@tabler/icons-react';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './HelpTab.module.css';

const loadDrawer = () => import('./HelpDrawer');
const HelpDrawer = lazy(loadDrawer);

export function HelpTab() {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  // Mounted (closed) as soon as the tab is pointed at or focused, so that it slides in when pressed.
  const [wanted, setWanted] = useState(false);
  const want = () => {
    if (!wanted) {
      setWanted(true);
      void loadDrawer();
    }
  };
  return (
    <>
      <UnstyledButton
        className={classes.tab}
        onPointerEnter={want}
        onFocus={want}
        onClick={() => {
          want();
          open();
        }}
        aria-haspopup="dialog"
        aria-expanded={opened}
      >
        <IconHelpCircle size={18} aria-hidden />
        <span>{t('help.tab')}</span>
      </UnstyledButton>
      {wanted && (
        <Suspense fallback={null}>
          <HelpDrawer opened={opened} onClose={close} />
        </Suspense>
      )}
    </>
  );
}
