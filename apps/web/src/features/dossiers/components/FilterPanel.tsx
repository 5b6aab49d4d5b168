// « Paramètres de recherche »: the procedure's filters, in the definition's order, with « Effacer » and
// « Rechercher ». The form edits a draft; submitting (button or Enter) writes the filters to the URL.
import '@mantine/dates/styles.css';
import 'dayjs/locale/fr';
import 'dayjs/locale/ar-ma';
import 'dayjs/locale/en-gb';
import {
  Autocomplete,
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { DatePickerInput, DatesProvider } from '@mantine/dates';
import { useDebouncedValue } from '@mantine/hooks';
import type { ProcedureDefinition } from '@portail/contracts';
import { IconCalendar, IconEraser, IconSearch } from '@tabler/icons-react';
import { type FormEvent, useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localizedText } from '../../../components/localized';
import { pick } from '../api/procedure';
import { useCustomsOffices, useHsSearch } from '../api/reference';
import classes from './FilterPanel.module.css';

type Draft = Record<string, string>;

const DAYJS_LOCALE: Record<string, string> = { fr: 'fr', ar: 'ar-ma', en: 'en-gb' };

export function FilterPanel({
  definition,
  value,
  onSubmit,
  onClear,
}: {
  definition: ProcedureDefinition;
  value: Draft;
  onSubmit: (filters: Draft) => void;
  onClear: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const headingId = useId();
  const [draft, setDraft] = useState<Draft>(value);
  const [rangeError, setRangeError] = useState<string | null>(null);
  // The URL is the truth: a back/forward navigation or « Effacer » resets the draft.
  const valueKey = JSON.stringify(value);
  // biome-ignore lint/correctness/useExhaustiveDependencies: valueKey stands for value
  useEffect(() => {
    setDraft(value);
    setRangeError(null);
  }, [valueKey]);

  const keys = definition.filters.map((f) => f.key);
  const label = (key: string) => {
    const f = definition.filters.find((x) => x.key === key);
    return f ? pick(f.label, lang) : key;
  };
  const set = (key: string, v: string | null) =>
    setDraft((d) => {
      const next = { ...d };
      if (v && v.trim() !== '') next[key] = v;
      else delete next[key];
      return next;
    });

  const offices = useCustomsOffices(keys.includes('customsOffice'));
  const officeOptions = useMemo(
    () => (offices.data ?? []).map((o) => ({ value: o.code, label: `${o.name} (${o.code})` })),
    [offices.data],
  );

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (draft.submittedFrom && draft.submittedTo && draft.submittedFrom > draft.submittedTo) {
      setRangeError(t('dossiers.filters.invalidRange'));
      return;
    }
    setRangeError(null);
    const clean: Draft = {};
    for (const [k, v] of Object.entries(draft)) if (v.trim()) clean[k] = v.trim();
    onSubmit(clean);
  };

  const fields = [];
  for (const key of keys) {
    if (key === 'submittedTo' && keys.includes('submittedFrom')) continue; // rendered with « du »
    switch (key) {
      case 'category':
        fields.push(
          <Select
            key={key}
            label={label(key)}
            placeholder={t('dossiers.filters.any')}
            data={definition.categories.map((c) => ({ value: c.code, label: pick(c.label, lang) }))}
            value={draft[key] ?? null}
            onChange={(v) => set(key, v)}
            clearable
            comboboxProps={{ withinPortal: true }}
          />,
        );
        break;
      case 'state':
        fields.push(
          <Select
            key={key}
            label={label(key)}
            placeholder={t('dossiers.filters.any')}
            data={definition.workflow.states.map((s) => ({ value: s, label: t(`dossiers.states.${s}`) }))}
            value={draft[key] ?? null}
            onChange={(v) => set(key, v)}
            clearable
          />,
        );
        break;
      case 'customsOffice':
        fields.push(
          <Select
            key={key}
            label={label(key)}
            placeholder={t('dossiers.filters.any')}
            data={officeOptions}
            value={draft[key] ?? null}
            onChange={(v) => set(key, v)}
            searchable
            clearable
            nothingFoundMessage={t('dossiers.filters.noMatch')}
          />,
        );
        break;
      case 'hsCode':
        fields.push(
          <HsAutocomplete
            key={key}
            label={label(key)}
            value={draft[key] ?? ''}
            onChange={(v) => set(key, v)}
          />,
        );
        break;
      case 'submittedFrom':
      case 'submittedTo':
        fields.push(
          <fieldset key="period" className={classes.period}>
            <legend className={classes.legend}>{t('dossiers.filters.period')}</legend>
            <SimpleGrid cols={2} spacing="xs" verticalSpacing={0}>
              {(['submittedFrom', 'submittedTo'] as const)
                .filter((k) => keys.includes(k))
                .map((k) => (
                  <DatePickerInput
                    key={k}
                    aria-label={label(k)}
                    placeholder={t(k === 'submittedFrom' ? 'dossiers.filters.from' : 'dossiers.filters.to')}
                    valueFormat="DD/MM/YYYY"
                    rightSection={draft[k] ? undefined : <IconCalendar size={16} aria-hidden />}
                    rightSectionPointerEvents="none"
                    value={draft[k] ?? null}
                    onChange={(v) => set(k, v)}
                    clearable
                    clearButtonProps={{ 'aria-label': t('dossiers.filters.clearDate') }}
                    error={k === 'submittedTo' ? rangeError : undefined}
                    popoverProps={{ withinPortal: true }}
                  />
                ))}
            </SimpleGrid>
          </fieldset>,
        );
        break;
      default:
        fields.push(
          <TextInput
            key={key}
            label={label(key)}
            value={draft[key] ?? ''}
            onChange={(e) => set(key, e.currentTarget.value)}
            maxLength={200}
            autoComplete="off"
            spellCheck={false}
          />,
        );
    }
  }

  const active = Object.keys(value).length;
  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p={{ base: 'sm', sm: 'md' }} mb="md">
      <Group justify="space-between" mb="sm" gap="xs">
        <Title order={2} size="h4" id={headingId} c="portnet.9">
          {t('dossiers.list.searchPanel')}
        </Title>
        {active > 0 ? (
          <Text size="sm" c="dimmed">
            {t('dossiers.filters.active', { count: active })}
          </Text>
        ) : null}
      </Group>
      <DatesProvider settings={{ locale: DAYJS_LOCALE[lang] ?? 'fr', firstDayOfWeek: 1 }}>
        <form onSubmit={submit} noValidate>
          <SimpleGrid
            cols={{ base: 1, sm: 2, lg: 4 }}
            spacing="md"
            verticalSpacing="sm"
            className={classes.grid}
          >
            {fields}
          </SimpleGrid>
          <Group justify="flex-end" mt="md" gap="sm">
            <Button
              type="button"
              variant="default"
              leftSection={<IconEraser size={16} aria-hidden />}
              onClick={() => {
                setDraft({});
                setRangeError(null);
                onClear();
              }}
            >
              {t('dossiers.list.clear')}
            </Button>
            <Button type="submit" leftSection={<IconSearch size={16} aria-hidden />}>
              {t('dossiers.list.search')}
            </Button>
          </Group>
        </form>
      </DatesProvider>
    </Paper>
  );
}

/** Nomenclature: free text (a code or its beginning), with suggestions from the HS reference. */
function HsAutocomplete({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
}) {
  const [debounced] = useDebouncedValue(value, 250);
  const { i18n } = useTranslation();
  const { data = [] } = useHsSearch(debounced);
  // Labels in the reader's language; French (marked lang="fr") where the nomenclature has none.
  const labels = useMemo(
    () => new Map(data.map((h) => [h.code, localizedText(h.labels, i18n.language)])),
    [data, i18n.language],
  );
  return (
    <Autocomplete
      label={label}
      value={value}
      onChange={onChange}
      data={[...labels.keys()]}
      filter={({ options }) => options}
      maxLength={100}
      autoComplete="off"
      renderOption={({ option }) => (
        <div>
          <Text size="sm" fw={600}>
            {option.value}
          </Text>
          <Text
            size="xs"
            c="dimmed"
            lineClamp={2}
            lang={labels.get(option.value)?.lang}
            dir={labels.get(option.value)?.dir}
          >
            {labels.get(option.value)?.text}
          </Text>
        </div>
      )}
    />
  );
}
