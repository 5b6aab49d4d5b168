// The « Besoin d'aide ? » drawer: the Centre d'aide's six options. Its own chunk (Drawer, scroll
// lock, focus trap), fetched when the tab is pointed at, focused or pressed.
import { Drawer, NavLink, Stack, Text } from '@mantine/core';
import {
  IconHistory,
  IconListDetails,
  IconMessageChatbot,
  IconMessagePlus,
  IconPhone,
  IconQuestionMark,
} from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import classes from './HelpDrawer.module.css';

export const HELP_OPTIONS = [
  { key: 'faq', to: '/aide/faq', icon: IconQuestionMark },
  { key: 'myTickets', to: '/aide/reclamations', icon: IconListDetails },
  { key: 'newTicket', to: '/aide/reclamations/nouvelle', icon: IconMessagePlus },
  { key: 'contact', to: '/aide/contact', icon: IconPhone },
  { key: 'tijaria', to: '/aide/tijaria', icon: IconMessageChatbot },
  { key: 'tijariaHistory', to: '/aide/tijaria/historique', icon: IconHistory },
] as const;

export default function HelpDrawer({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
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
            onClick={onClose}
            label={<Text fw={600}>{t(`help.options.${key}.label`)}</Text>}
            description={t(`help.options.${key}.description`)}
            leftSection={<Icon size={22} aria-hidden />}
            className={classes.option}
          />
        ))}
      </Stack>
    </Drawer>
  );
}
