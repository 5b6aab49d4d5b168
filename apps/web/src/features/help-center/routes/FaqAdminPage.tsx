// FAQ editing for the platform administrators (support agents read it): every entry, published or
// not; add, edit, unpublish; French required, Arabic and English optional (readers of a language
// without its translation get the French text).

import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
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
import type { FaqEntry } from '@portail/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../app/session';
import { PageHeader } from '../../../components/PageHeader';
import { StateBadge } from '../../../components/StateBadge';
import { ApiError } from '../../../lib/api';
import { useFaq, useSaveFaqEntry } from '../api/faq';
import { ErrorSummary, type FieldError } from '../components/ErrorSummary';
import { ERROR_COLOR } from '../components/labels';
import { textLangProps, themeLabel } from './FaqPage';

/** The editor's fields: French is required, Arabic and English optional (empty = none). */
interface Draft {
  themeCode: string;
  question: string;
  answer: string;
  questionAr: string;
  answerAr: string;
  questionEn: string;
  answerEn: string;
  published: boolean;
  position: number;
}
type TextField = 'question' | 'answer' | 'questionAr' | 'answerAr' | 'questionEn' | 'answerEn';

const EMPTY: Draft = {
  themeCode: 'connexion',
  question: '',
  answer: '',
  questionAr: '',
  answerAr: '',
  questionEn: '',
  answerEn: '',
  published: true,
  position: 100,
};

/** id of each field's input, target of the error summary's links; server paths map to them. */
const FIELD_IDS: Record<string, string> = {
  themeCode: 'faq-theme',
  question: 'faq-question',
  answer: 'faq-answer',
  questionAr: 'faq-question-ar',
  answerAr: 'faq-answer-ar',
  questionEn: 'faq-question-en',
  answerEn: 'faq-answer-en',
};

export default function FaqAdminPage() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const canEdit = session.data?.user.roles.includes('admin_plateforme') ?? false;
  const faq = useFaq('', undefined, true);
  const save = useSaveFaqEntry();
  const [editing, setEditing] = useState<{ id: number | null; input: Draft } | null>(null);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const themes = faq.data?.themes ?? [];

  const validate = (d: Draft): FieldError[] => {
    const out: FieldError[] = [];
    const err = (field: string) =>
      out.push({ fieldId: FIELD_IDS[field], message: t(`helpCenter.faqAdmin.errors.${field}`) });
    if (d.question.trim().length < 10) err('question');
    if (d.answer.trim().length < 20) err('answer');
    for (const l of ['Ar', 'En'] as const) {
      const q = d[`question${l}`].trim();
      const a = d[`answer${l}`].trim();
      if (a && !q) err(`question${l}`);
      if (q && !a) err(`answer${l}`);
    }
    return out;
  };

  const fail = (found: FieldError[]) => {
    setErrors(found);
    setAttempt((a) => a + 1);
  };

  const submit = async () => {
    if (!editing) return;
    const found = validate(editing.input);
    if (found.length > 0) return fail(found);
    const d = editing.input;
    const opt = (v: string) => v.trim() || null;
    try {
      await save.mutateAsync({
        id: editing.id,
        input: {
          themeCode: d.themeCode,
          question: d.question.trim(),
          answer: d.answer.trim(),
          questionAr: opt(d.questionAr),
          answerAr: opt(d.answerAr),
          questionEn: opt(d.questionEn),
          answerEn: opt(d.answerEn),
          published: d.published,
          position: d.position,
        },
      });
      setEditing(null);
      setErrors([]);
    } catch (e) {
      const fields = e instanceof ApiError ? (e.details?.fields ?? []) : [];
      const mapped = fields
        .filter((f) => FIELD_IDS[f.path])
        .map((f) => ({ fieldId: FIELD_IDS[f.path], message: f.message }));
      fail(
        mapped.length > 0
          ? mapped
          : [
              {
                fieldId: 'faq-save',
                message: e instanceof ApiError ? e.message : t('helpCenter.new.errors.server'),
              },
            ],
      );
    }
  };
  const edit = (e: FaqEntry) => {
    const tr = e.translations;
    setErrors([]);
    setEditing({
      id: e.id,
      input: {
        themeCode: e.themeCode,
        question: tr?.fr.question ?? e.question,
        answer: tr?.fr.answer ?? e.answer,
        questionAr: tr?.ar?.question ?? '',
        answerAr: tr?.ar?.answer ?? '',
        questionEn: tr?.en?.question ?? '',
        answerEn: tr?.en?.answer ?? '',
        published: e.published,
        position: e.position,
      },
    });
  };
  const set = (patch: Partial<Draft>) =>
    setEditing((x) => (x ? { ...x, input: { ...x.input, ...patch } } : x));
  const fieldError = (field: string) => errors.find((e) => e.fieldId === FIELD_IDS[field])?.message;

  /** Question and answer inputs of one language; lang/dir so Arabic is typed right to left. */
  const textFields = (q: TextField, a: TextField, lang: 'fr' | 'ar' | 'en', required: boolean) => {
    if (!editing) return null;
    const language = t(`helpCenter.faqAdmin.language${lang === 'fr' ? 'Fr' : lang === 'ar' ? 'Ar' : 'En'}`);
    // Mantine puts `dir` on the input's wrapper, which the input inherits; `lang` on the input.
    const text = { lang, dir: lang === 'ar' ? ('rtl' as const) : ('ltr' as const) };
    return (
      <>
        <TextInput
          id={FIELD_IDS[q]}
          label={t('helpCenter.faqAdmin.questionIn', { language })}
          description={required ? undefined : t('helpCenter.faqAdmin.translationHint')}
          value={editing.input[q]}
          onChange={(e) => set({ [q]: e.currentTarget.value })}
          maxLength={300}
          required={required}
          error={fieldError(q)}
          {...text}
        />
        <Textarea
          id={FIELD_IDS[a]}
          label={t('helpCenter.faqAdmin.answerIn', { language })}
          value={editing.input[a]}
          onChange={(e) => set({ [a]: e.currentTarget.value })}
          autosize
          minRows={4}
          maxLength={8000}
          required={required}
          error={fieldError(a)}
          {...text}
        />
      </>
    );
  };

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
            <Button
              onClick={() => {
                setErrors([]);
                setEditing({ id: null, input: EMPTY });
              }}
            >
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
          <ErrorSummary errors={errors} attempt={attempt} />
          <Stack gap="sm">
            <Select
              id={FIELD_IDS.themeCode}
              label={t('helpCenter.faqAdmin.theme')}
              data={themes.map((th) => ({ value: th.code, label: themeLabel(th, i18n.language) }))}
              value={editing.input.themeCode}
              onChange={(v) => v && set({ themeCode: v })}
              allowDeselect={false}
              error={fieldError('themeCode')}
              maw={360}
            />
            <Fieldset legend={t('helpCenter.faqAdmin.french')}>
              <Stack gap="sm">{textFields('question', 'answer', 'fr', true)}</Stack>
            </Fieldset>
            <Fieldset legend={t('helpCenter.faqAdmin.arabic')}>
              <Stack gap="sm">{textFields('questionAr', 'answerAr', 'ar', false)}</Stack>
            </Fieldset>
            <Fieldset legend={t('helpCenter.faqAdmin.english')}>
              <Stack gap="sm">{textFields('questionEn', 'answerEn', 'en', false)}</Stack>
            </Fieldset>
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
              <Button
                variant="default"
                onClick={() => {
                  setErrors([]);
                  setEditing(null);
                }}
              >
                {t('common.cancel')}
              </Button>
              <Button id="faq-save" onClick={submit} loading={save.isPending}>
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
              <Table.Th scope="col">{t('helpCenter.faqAdmin.languages')}</Table.Th>
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
                <Table.Td {...textLangProps(e.lang, i18n.language)}>{e.question}</Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {e.translations?.ar && e.translations.en ? (
                      <StateBadge tone="green" size="sm" label={t('helpCenter.faqAdmin.allTranslated')} />
                    ) : null}
                    {(['ar', 'en'] as const)
                      .filter((l) => !e.translations?.[l])
                      .map((l) => (
                        <StateBadge
                          key={l}
                          tone="orange"
                          size="sm"
                          label={t('helpCenter.faqAdmin.missing', {
                            language: t(`helpCenter.faqAdmin.language${l === 'ar' ? 'Ar' : 'En'}`),
                          })}
                        />
                      ))}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <StateBadge
                    tone={e.published ? 'green' : 'gray'}
                    label={
                      e.published ? t('helpCenter.faqAdmin.published') : t('helpCenter.faqAdmin.unpublished')
                    }
                  />
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
