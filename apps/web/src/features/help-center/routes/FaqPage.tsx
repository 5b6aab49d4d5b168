// Foire aux questions: themes, full-text search in the reader's language (accents and word forms
// tolerated by the server), and « Cette réponse vous a-t-elle aidé ? » under each answer. An entry
// not yet translated is shown in French, marked as such.

import {
  Accordion,
  Alert,
  Button,
  Chip,
  Group,
  Loader,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import type { FaqEntry, FaqTheme } from '@portail/contracts';
import { IconSearch } from '@tabler/icons-react';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { useFaq, useFaqFeedback } from '../api/faq';

export const themeLabel = (theme: FaqTheme | undefined, lang: string) =>
  !theme ? '' : lang === 'ar' ? theme.labelAr : lang === 'en' ? theme.labelEn : theme.labelFr;

export default function FaqPage() {
  const { t, i18n } = useTranslation();
  const search = useSearch({ strict: false }) as { q?: string; theme?: string };
  const navigate = useNavigate();
  const [draft, setDraft] = useState(search.q ?? '');
  const faq = useFaq(search.q ?? '', search.theme);
  const go = (s: { q?: string; theme?: string }) => navigate({ to: '/aide/faq', search: s as never });
  const themes = faq.data?.themes ?? [];
  const entries = faq.data?.entries ?? [];
  const searching = !!search.q;
  // While a new search runs, the previous answers stay on screen (no flash) but are not announced
  // as its results: the count and « aucune réponse » wait for the answers of this search.
  const settled = faq.data && !faq.isPlaceholderData;

  return (
    <>
      <PageHeader
        title={t('help.options.faq.label')}
        crumbs={[{ label: t('help.title'), to: '/aide/faq' }, { label: t('help.options.faq.label') }]}
      />
      <Paper withBorder p="md" radius="md" mb="md">
        <form
          aria-label={t('helpCenter.faq.searchLabel')}
          onSubmit={(e) => {
            e.preventDefault();
            go({ q: draft.trim() || undefined, theme: search.theme });
          }}
        >
          <Group align="flex-end" gap="sm">
            <TextInput
              label={t('helpCenter.faq.searchLabel')}
              description={t('helpCenter.faq.searchHint')}
              value={draft}
              onChange={(e) => setDraft(e.currentTarget.value)}
              leftSection={<IconSearch size={16} aria-hidden />}
              maxLength={200}
              style={{ flex: 1, minWidth: 240 }}
              type="search"
            />
            <Button
              variant="default"
              type="button"
              onClick={() => {
                setDraft('');
                go({});
              }}
            >
              {t('common.clear')}
            </Button>
            <Button type="submit">{t('common.search')}</Button>
          </Group>
        </form>
        <Chip.Group
          value={search.theme ?? ''}
          onChange={(v) => go({ q: search.q, theme: (v as string) || undefined })}
        >
          <Group gap="xs" mt="md" role="group" aria-label={t('helpCenter.faq.themes')}>
            <Chip value="" variant="outline" color="portnet.8">
              {t('helpCenter.faq.allThemes')}
            </Chip>
            {themes.map((th) => (
              <Chip key={th.code} value={th.code} variant="outline" color="portnet.8">
                {themeLabel(th, i18n.language)}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
      </Paper>

      {faq.isPending || faq.isPlaceholderData ? <Loader aria-label={t('common.loading')} /> : null}
      {faq.isError ? <Alert color="red">{t('helpCenter.loadError')}</Alert> : null}
      {settled ? (
        <Text role="status" size="sm" c="dimmed" mb="sm">
          {searching ? t('helpCenter.faq.results', { n: entries.length, q: search.q }) : null}
        </Text>
      ) : null}
      {settled && entries.length === 0 ? (
        <Paper withBorder p="lg" radius="md">
          <Text mb="sm">{t('helpCenter.faq.none')}</Text>
          <Button component={Link} to="/aide/reclamations/nouvelle" variant="default">
            {t('help.options.newTicket.label')}
          </Button>
        </Paper>
      ) : null}

      {searching ? (
        <EntryList entries={entries} />
      ) : (
        <Stack gap="lg">
          {themes
            .filter((th) => entries.some((e) => e.themeCode === th.code))
            .map((th) => (
              <section key={th.code} aria-labelledby={`theme-${th.code}`}>
                <Title order={2} size="h4" id={`theme-${th.code}`} mb="xs">
                  {themeLabel(th, i18n.language)}
                </Title>
                <EntryList entries={entries.filter((e) => e.themeCode === th.code)} />
              </section>
            ))}
        </Stack>
      )}
    </>
  );
}

/**
 * lang (and dir) of a text in `textLang` on a page in `pageLang`: nothing when they agree; else the
 * text's own, so screen readers pronounce French in French inside an Arabic page and it reads
 * left to right there.
 */
export const textLangProps = (textLang: string, pageLang: string) =>
  textLang === pageLang
    ? {}
    : { lang: textLang, dir: textLang === 'ar' ? ('rtl' as const) : ('ltr' as const) };

function EntryList({ entries }: { entries: FaqEntry[] }) {
  const { t, i18n } = useTranslation();
  if (entries.length === 0) return null;
  return (
    <Accordion variant="separated" radius="md" multiple>
      {entries.map((e) => (
        <Accordion.Item key={e.id} value={String(e.id)} bg="white" data-lang={e.lang}>
          <Accordion.Control>
            <Text fw={600} {...textLangProps(e.lang, i18n.language)}>
              {e.question}
            </Text>
          </Accordion.Control>
          <Accordion.Panel>
            {e.lang !== i18n.language ? (
              <Text size="sm" c="dimmed" mb="xs">
                {t('helpCenter.faq.frenchOnly')}
              </Text>
            ) : null}
            <Text style={{ whiteSpace: 'pre-wrap' }} {...textLangProps(e.lang, i18n.language)}>
              {e.answer}
            </Text>
            <Feedback entry={e} />
          </Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}

function Feedback({ entry }: { entry: FaqEntry }) {
  const { t } = useTranslation();
  const feedback = useFaqFeedback();
  const id = `helpful-${entry.id}`;
  return (
    <Group gap="xs" mt="md" role="group" aria-labelledby={id}>
      <Text size="sm" id={id}>
        {t('helpCenter.faq.helpful')}
      </Text>
      {feedback.isSuccess ? (
        <Text size="sm" fw={600} role="status">
          {t('helpCenter.faq.thanks')}
        </Text>
      ) : (
        <>
          <Button
            size="compact-sm"
            variant="default"
            onClick={() => feedback.mutate({ id: entry.id, helpful: true })}
          >
            {t('common.yes')}
          </Button>
          <Button
            size="compact-sm"
            variant="default"
            onClick={() => feedback.mutate({ id: entry.id, helpful: false })}
          >
            {t('common.no')}
          </Button>
          {feedback.isError ? (
            <Text size="sm" c="red.8" role="alert">
              {t('helpCenter.faq.feedbackError')}
            </Text>
          ) : null}
        </>
      )}
    </Group>
  );
}
