// FAQ editing for the platform administrators (support agents read it): every entry, published or
// not; add, edit, unpublish.

import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Paper,
  Select,
  Stack,
  Table,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import type { FaqEntry, FaqEntryInput } from '@portail/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../app/session';
import { PageHeader } from '../../../components/PageHeader';
import { ApiError } from '../../../lib/api';
import { useFaq, useSaveFaqEntry } from '../api/faq';
import { ERROR_COLOR } from '../components/labels';
import { themeLabel } from './FaqPage';

const EMPTY: FaqEntryInput = {
  themeCode: 'connexion',
  question: '',
  answer: '',
  published: true,
  position: 100,
};

export default function FaqAdminPage() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const canEdit = session.data?.user.roles.includes('admin_plateforme') ?? false;
  const faq = useFaq('', undefined, true);
  const save = useSaveFaqEntry();
  const [editing, setEditing] = useState<{ id: number | null; input: FaqEntryInput } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const themes = faq.data?.themes ?? [];

  const submit = async () => {
    if (!editing) return;
    try {
      await save.mutateAsync(editing);
      setEditing(null);
      setError(null);
    } catch (e) {
      const fields = e instanceof ApiError ? e.details?.fields : undefined;
      setError(
        fields?.length
          ? fields.map((f) => f.message).join(' ')
          : e instanceof ApiError
            ? e.message
            : t('helpCenter.new.errors.server'),
      );
    }
  };
  const edit = (e: FaqEntry) =>
    setEditing({
      id: e.id,
      input: {
        themeCode: e.themeCode,
        question: e.question,
        answer: e.answer,
        published: e.published,
        position: e.position,
      },
    });
  const set = (patch: Partial<FaqEntryInput>) =>
    setEditing((x) => (x ? { ...x, input: { ...x.input, ...patch } } : x));

  return (
    <div style={ERROR_COLOR}>
      <PageHeader
        title={t('helpCenter.faqAdmin.title')}
        crumbs={[
          { label: t('nav.dashboard'), to: '/portail/tableau-de-bord' },
          { label: t('nav.support'), to: '/portail/support' },
          { label: t('helpCenter.faqAdmin.title') },
        ]}
        actions={
          canEdit ? (
            <Button onClick={() => setEditing({ id: null, input: EMPTY })}>
              {t('helpCenter.faqAdmin.add')}
            </Button>
          ) : null
        }
      />
      {!canEdit ? <Alert mb="md">{t('helpCenter.faqAdmin.readOnly')}</Alert> : null}
      {editing ? (
        <Paper withBorder p="lg" radius="md" mb="lg" component="section" aria-labelledby="faq-edit-title">
          <Title order={2} size="h4" id="faq-edit-title" mb="sm">
            {editing.id === null ? t('helpCenter.faqAdmin.add') : t('helpCenter.faqAdmin.edit')}
          </Title>
          {error ? (
            <Alert color="red" mb="sm" role="alert">
              {error}
            </Alert>
          ) : null}
          <Stack gap="sm">
            <Select
              label={t('helpCenter.faqAdmin.theme')}
              data={themes.map((th) => ({ value: th.code, label: themeLabel(th, i18n.language) }))}
              value={editing.input.themeCode}
              onChange={(v) => v && set({ themeCode: v })}
              allowDeselect={false}
              maw={360}
            />
            <TextInput
              label={t('helpCenter.faqAdmin.question')}
              value={editing.input.question}
              onChange={(e) => set({ question: e.currentTarget.value })}
              maxLength={300}
            />
            <Textarea
              label={t('helpCenter.faqAdmin.answer')}
              value={editing.input.answer}
              onChange={(e) => set({ answer: e.currentTarget.value })}
              autosize
              minRows={5}
              maxLength={8000}
            />
            <Group>
              <NumberInput
                label={t('helpCenter.faqAdmin.position')}
                value={editing.input.position}
                onChange={(v) => set({ position: Number(v) || 0 })}
                min={0}
                max={10000}
                w={140}
              />
              <Checkbox
                label={t('helpCenter.faqAdmin.published')}
                checked={editing.input.published}
                onChange={(e) => set({ published: e.currentTarget.checked })}
                mt="lg"
              />
            </Group>
            <Group>
              <Button variant="default" onClick={() => setEditing(null)}>
                {t('common.cancel')}
              </Button>
              <Button onClick={submit} loading={save.isPending}>
                {t('common.save')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      ) : null}
      <Table.ScrollContainer minWidth={800}>
        <Table striped withTableBorder>
          <Table.Caption className="visually-hidden">{t('helpCenter.faqAdmin.title')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('helpCenter.faqAdmin.theme')}</Table.Th>
              <Table.Th scope="col">{t('helpCenter.faqAdmin.question')}</Table.Th>
              <Table.Th scope="col">{t('helpCenter.faqAdmin.state')}</Table.Th>
              <Table.Th scope="col">{t('helpCenter.faqAdmin.helpfulness')}</Table.Th>
              {canEdit ? <Table.Th scope="col">{t('helpCenter.faqAdmin.actions')}</Table.Th> : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(faq.data?.entries ?? []).map((e) => (
              <Table.Tr key={e.id}>
                <Table.Td>
                  {themeLabel(
                    themes.find((th) => th.code === e.themeCode),
                    i18n.language,
                  )}
                </Table.Td>
                <Table.Td>{e.question}</Table.Td>
                <Table.Td>
                  <Badge
                    variant="light"
                    color={e.published ? 'green' : 'gray'}
                    c={e.published ? 'green.9' : 'gray.9'}
                    tt="none"
                  >
                    {e.published ? t('helpCenter.faqAdmin.published') : t('helpCenter.faqAdmin.unpublished')}
                  </Badge>
                </Table.Td>
                <Table.Td>{t('helpCenter.faqAdmin.votes', { yes: e.helpfulYes, no: e.helpfulNo })}</Table.Td>
                {canEdit ? (
                  <Table.Td>
                    <Button
                      size="compact-sm"
                      variant="default"
                      onClick={() => edit(e)}
                      aria-label={t('helpCenter.faqAdmin.editOne', { question: e.question })}
                    >
                      {t('helpCenter.faqAdmin.editShort')}
                    </Button>
                  </Table.Td>
                ) : null}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </div>
  );
}
