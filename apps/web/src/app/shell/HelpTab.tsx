// « Besoin d'aide ? »: fixed on the right edge of every page; opens the Centre d'aide's six options.
import { Drawer, NavLink, Stack, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconHelpCircle,
  IconHistory,
  IconListDetails,
  IconMessageChatbot,
  IconMessagePlus,
  IconPhone,
  IconQuestionMark,
} from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import classes from './HelpTab.module.css';

export const HELP_OPTIONS = [
  { key: 'faq', to: '/aide/faq', icon: IconQuestionMark },
  { key: 'myTickets', to: '/aide/reclamations', icon: IconListDetails },
  { key: 'newTicket', to: '/aide/reclamations/nouvelle', icon: IconMessagePlus },
  { key: 'contact', to: '/aide/contact', icon: IconPhone },
  { key: 'tijaria', to: '/aide/tijaria', icon: IconMessageChatbot },
  { key: 'tijariaHistory', to: '/aide/tijaria/historique', icon: IconHistory },
] as const;

export function HelpTab() {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <UnstyledButton className={classes.tab} onClick={open} aria-haspopup="dialog" aria-expanded={opened}>
        <IconHelpCircle size={18} aria-hidden />
        <span>{t('help.tab')}</span>
      </UnstyledButton>
      <Drawer
        opened={opened}
        onClose={close}
        position="right"
        title={
          <Text fw={700} size="lg">
            {t('help.title')}
          </Text>
        }
        closeButtonProps={{ 'aria-label': t('common.close') }}
        size="sm"
      >
        <Text size="sm" c="dimmed" mb="md">
          {t('help.intro')}
        </Text>
        <Stack gap={6} component="nav" aria-label={t('help.title')}>
          {HELP_OPTIONS.map(({ key, to, icon: Icon }) => (
            <NavLink
              key={key}
              component={Link}
              to={to}
              onClick={close}
              label={<Text fw={600}>{t(`help.options.${key}.label`)}</Text>}
              description={t(`help.options.${key}.description`)}
              leftSection={<Icon size={22} aria-hidden />}
              className={classes.option}
            />
          ))}
        </Stack>
      </Drawer>
    </>
  );
}
