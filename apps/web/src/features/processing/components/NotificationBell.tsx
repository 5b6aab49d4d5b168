// The header's bell: unread count, the latest notifications, « Tout marquer comme lu ».
// Opening an item marks it read and goes to its dossier.
import {
  ActionIcon,
  Button,
  Group,
  Indicator,
  Popover,
  ScrollArea,
  Stack,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMarkRead, useNotifications } from '../api/notifications';
import { formatDateTime } from '../format';

export function NotificationBell() {
  const { t, i18n } = useTranslation();
  const [opened, setOpened] = useState(false);
  const { data } = useNotifications();
  const markRead = useMarkRead();
  const navigate = useNavigate();
  const unread = data?.unread ?? 0;
  return (
    <Popover
      opened={opened}
      onChange={setOpened}
      position="bottom-end"
      width={380}
      shadow="md"
      withArrow
      trapFocus
      // The roles go on the bell button itself, not on the indicator wrapping it (axe aria-allowed-attr).
      withRoles={false}
    >
      <Popover.Target>
        <Indicator
          label={unread > 99 ? '99+' : unread}
          size={18}
          disabled={unread === 0}
          color="red.8"
          offset={6}
        >
          <ActionIcon
            variant="subtle"
            size={44}
            radius="xl"
            c="portnet.8"
            onClick={() => setOpened((o) => !o)}
            aria-label={t('processing.notifications.bell', { count: unread })}
            aria-expanded={opened}
            aria-haspopup="dialog"
          >
            <IconBell size={26} stroke={1.5} aria-hidden />
          </ActionIcon>
        </Indicator>
      </Popover.Target>
      <Popover.Dropdown p={0}>
        <Group
          justify="space-between"
          px="md"
          py="xs"
          style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
        >
          <Text fw={700} component="h2" size="md" m={0}>
            {t('processing.notifications.title')}
          </Text>
          <Button
            variant="subtle"
            size="compact-sm"
            disabled={unread === 0}
            onClick={() => markRead.mutate({ all: true })}
          >
            {t('processing.notifications.markAll')}
          </Button>
        </Group>
        <ScrollArea.Autosize mah={420}>
          {(data?.items ?? []).length === 0 ? (
            <Text p="md" size="sm" c="dimmed">
              {t('processing.notifications.empty')}
            </Text>
          ) : (
            <Stack gap={0} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
              {data!.items.map((n) => (
                <li key={n.id}>
                  <UnstyledButton
                    w="100%"
                    px="md"
                    py="sm"
                    style={{
                      borderBottom: '1px solid var(--mantine-color-gray-2)',
                      background: n.read ? undefined : 'var(--mantine-color-portnet-0)',
                    }}
                    onClick={() => {
                      if (!n.read) markRead.mutate({ ids: [n.id] });
                      setOpened(false);
                      if (n.link) void navigate({ to: n.link });
                    }}
                  >
                    <Text size="sm" fw={n.read ? 400 : 700}>
                      {n.title}
                      {!n.read && (
                        <span className="visually-hidden">{` — ${t('processing.notifications.unread')}`}</span>
                      )}
                    </Text>
                    <Text size="xs" c="dark.6" lineClamp={3}>
                      {n.body}
                    </Text>
                    <Text size="xs" c="dark.4">
                      {formatDateTime(n.createdAt, i18n.language)}
                    </Text>
                  </UnstyledButton>
                </li>
              ))}
            </Stack>
          )}
        </ScrollArea.Autosize>
      </Popover.Dropdown>
    </Popover>
  );
}
