// /aide/tijaria — « TijarIA : assistant IA intégré pour répondre à vos questions en temps réel ».
// ?c=<id> reopens a conversation from « Historique TijarIA » and continues it.
import { Button, Group } from '@mantine/core';
import { IconHistory, IconPlus } from '@tabler/icons-react';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { ChatPanel } from '../components/ChatPanel';
import type { ChatSearch } from '../search';

export default function TijariaPage() {
  const { t } = useTranslation();
  const search = useSearch({ strict: false }) as ChatSearch;
  const navigate = useNavigate();
  const created = useRef<number | null>(null);
  return (
    <>
      <PageHeader
        title={t('tijaria.title')}
        crumbs={[
          { label: t('nav.dashboard'), to: '/portail/tableau-de-bord' },
          { label: t('help.title') },
          { label: t('tijaria.title') },
        ]}
        actions={
          <Group gap="xs">
            <Button
              component={Link}
              to="/aide/tijaria"
              variant="default"
              leftSection={<IconPlus size={16} aria-hidden />}
            >
              {t('tijaria.newConversation')}
            </Button>
            <Button
              component={Link}
              to="/aide/tijaria/historique"
              variant="default"
              leftSection={<IconHistory size={16} aria-hidden />}
            >
              {t('tijaria.history.title')}
            </Button>
          </Group>
        }
      />
      <ChatPanel
        // A conversation started here keeps its panel when its id enters the URL; opening another
        // one from « Historique TijarIA » mounts a fresh panel.
        key={search.c === undefined || search.c === created.current ? 'current' : search.c}
        conversationId={search.c}
        onConversation={(id) => {
          if (search.c === id) return;
          created.current = id;
          void navigate({ to: '/aide/tijaria', search: { c: id } as never, replace: true });
        }}
      />
    </>
  );
}
