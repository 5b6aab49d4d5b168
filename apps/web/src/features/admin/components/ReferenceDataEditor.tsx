// Countries, units and reasons: add, relabel (fr, ar, en), deactivate or reactivate. Rows are never
// deleted — dossiers and decisions refer to them — a deactivated one is no longer offered.
import {
  Button,
  Group,
  Modal,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { ReferenceItem, ReferenceTable } from '@portail/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/DataTable';
import { FormActions } from '../../../components/FormActions';
import { activeColumn, editColumn } from '../../../components/tableColumns';
import { ApiError } from '../../../lib/api';
import { createReferenceItem, referenceItemsQuery, updateReferenceItem } from '../api/reference-data';
import { type FieldError, FormErrorSummary } from './FormErrorSummary';

const TABLES: ReferenceTable[] = ['countries', 'units', 'reasons'];
const KINDS = ['rejet', 'avis', 'annulation', 'complement'] as const;
const CODE_RULES: Record<ReferenceTable, RegExp> = {
  countries: /^[A-Z]{2}$/,
  units: /^[A-Za-z][A-Za-z0-9]{0,11}$/,
  reasons: /^[A-Z]{2,6}-[A-Z0-9]{2,20}$/,
};

interface Draft {
  code: string;
  kind: string;
  labelFr: string;
  labelAr: string;
  labelEn: string;
  active: boolean;
}

function ItemEditor({
  table,
  item,
  onClose,
}: {
  table: ReferenceTable;
  item: ReferenceItem | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const r = 'adminCatalogue.reference';
  const client = useQueryClient();
  const creating = item === null;
  const [draft, setDraft] = useState<Draft>(
    item
      ? { ...item, kind: item.kind ?? '' }
      : { code: '', kind: '', labelFr: '', labelAr: '', labelEn: '', active: true },
  );
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const fid = (path: string) => `ref-${table}-${path}`;
  const save = useMutation({
    mutationFn: () =>
      creating
        ? createReferenceItem(table, {
            code: draft.code.trim(),
            kind: table === 'reasons' ? (draft.kind as (typeof KINDS)[number]) : undefined,
            labelFr: draft.labelFr,
            labelAr: draft.labelAr,
            labelEn: draft.labelEn,
          })
        : updateReferenceItem(table, draft.code, {
            labelFr: draft.labelFr,
            labelAr: draft.labelAr,
            labelEn: draft.labelEn,
            active: draft.active,
          }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['admin', 'reference', table] });
      notifications.show({
        color: 'teal.9',
        closeButtonProps: { 'aria-label': t('common.close') },
        message: t(`${r}.saved`, { code: draft.code.trim() }),
      });
      onClose();
    },
    onError: (err) => {
      const fields = err instanceof ApiError ? err.details?.fields : undefined;
      setErrors(
        fields?.map((f) => ({ fieldId: fid(f.path), message: f.message })) ?? [
          {
            fieldId: fid('labelFr'),
            message: err instanceof ApiError && err.status === 403 ? t(`${r}.forbidden`) : err.message,
          },
        ],
      );
      setAttempt((n) => n + 1);
    },
  });
  const errorOf = (path: string) => errors.find((e) => e.fieldId === fid(path))?.message;

  function submit(ev: React.FormEvent) {
    ev.preventDefault();
    const found: FieldError[] = [];
    if (creating && !CODE_RULES[table].test(draft.code.trim()))
      found.push({
        fieldId: fid('code'),
        message: t(`${r}.codeInvalid`, { rule: t(`${r}.codeRules.${table}`) }),
      });
    if (creating && table === 'reasons' && !draft.kind)
      found.push({ fieldId: fid('kind'), message: t(`${r}.kindRequired`) });
    for (const [k, l] of [
      ['labelFr', 'fr'],
      ['labelAr', 'ar'],
      ['labelEn', 'en'],
    ] as const)
      if (!draft[k].trim())
        found.push({
          fieldId: fid(k),
          message: t('adminCatalogue.errors.required', { field: t(`${r}.labelIn.${l}`) }),
        });
    setErrors(found);
    setAttempt((n) => n + 1);
    if (found.length === 0) save.mutate();
  }

  const label = (k: 'labelFr' | 'labelAr' | 'labelEn', lang: 'fr' | 'ar' | 'en') => (
    <TextInput
      id={fid(k)}
      label={t(`${r}.labelIn.${lang}`)}
      required
      lang={lang}
      dir={lang === 'ar' ? 'rtl' : 'ltr'}
      value={draft[k]}
      error={errorOf(k)}
      onChange={(e) => setDraft({ ...draft, [k]: e.currentTarget.value })}
    />
  );

  return (
    <Modal
      opened
      onClose={onClose}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      size="lg"
      title={creating ? t(`${r}.addTitle.${table}`) : t(`${r}.editTitle`, { code: draft.code })}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormErrorSummary errors={errors} attempt={attempt} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              id={fid('code')}
              label={t(`${r}.code`)}
              description={creating ? t(`${r}.codeRules.${table}`) : undefined}
              required
              readOnly={!creating}
              value={draft.code}
              error={errorOf('code')}
              onChange={(e) => setDraft({ ...draft, code: e.currentTarget.value })}
            />
            {table === 'reasons' ? (
              <Select
                id={fid('kind')}
                label={t(`${r}.kind`)}
                required
                disabled={!creating}
                data={KINDS.map((k) => ({ value: k, label: t(`${r}.kinds.${k}`) }))}
                value={draft.kind || null}
                error={errorOf('kind')}
                onChange={(v) => setDraft({ ...draft, kind: v ?? '' })}
              />
            ) : null}
          </SimpleGrid>
          {label('labelFr', 'fr')}
          {label('labelAr', 'ar')}
          {label('labelEn', 'en')}
          {creating ? null : (
            <Switch
              label={t(`${r}.activeLabel`)}
              description={t(`${r}.activeHelp`)}
              checked={draft.active}
              onChange={(e) => setDraft({ ...draft, active: e.currentTarget.checked })}
            />
          )}
          <FormActions
            onCancel={onClose}
            cancelLabel={t('common.cancel')}
            submitLabel={t('common.save')}
            pending={save.isPending}
          />
        </Stack>
      </form>
    </Modal>
  );
}

export function ReferenceDataEditor() {
  const { t } = useTranslation();
  const r = 'adminCatalogue.reference';
  const [table, setTable] = useState<ReferenceTable>('countries');
  const [filter, setFilter] = useState('');
  const deferred = useDeferredValue(filter.trim().toLowerCase());
  const query = useQuery(referenceItemsQuery(table));
  const [editing, setEditing] = useState<ReferenceItem | null | 'new'>(null);
  const rows = (query.data ?? []).filter(
    (i) =>
      !deferred || [i.code, i.labelFr, i.labelAr, i.labelEn].some((v) => v.toLowerCase().includes(deferred)),
  );
  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        {t(`${r}.title`)}
      </Title>
      <Text size="sm">{t(`${r}.help`)}</Text>
      <Group align="flex-end" justify="space-between">
        <Group align="flex-end">
          <Stack gap={4}>
            <Text size="sm" fw={500} id="ref-table-label">
              {t(`${r}.table`)}
            </Text>
            <SegmentedControl
              aria-labelledby="ref-table-label"
              value={table}
              onChange={(v) => {
                setTable(v as ReferenceTable);
                setFilter('');
              }}
              data={TABLES.map((x) => ({ value: x, label: t(`${r}.tables.${x}`) }))}
            />
          </Stack>
          <TextInput
            label={t(`${r}.search`)}
            value={filter}
            onChange={(e) => setFilter(e.currentTarget.value)}
            w={240}
          />
        </Group>
        <Button onClick={() => setEditing('new')}>{t(`${r}.add.${table}`)}</Button>
      </Group>
      <DataTable<ReferenceItem>
        caption={t(`${r}.tables.${table}`)}
        rows={rows}
        rowKey={(i) => i.code}
        loading={query.isFetching}
        minWidth={760}
        labels={{ sortHint: () => '', loading: t('common.loading') }}
        empty={<Text>{t(`${r}.empty`)}</Text>}
        columns={[
          { key: 'code', label: t(`${r}.code`), nowrap: true, render: (i) => <code>{i.code}</code> },
          ...(table === 'reasons'
            ? [
                {
                  key: 'kind',
                  label: t(`${r}.kind`),
                  render: (i: ReferenceItem) => t(`${r}.kinds.${i.kind}`),
                },
              ]
            : []),
          { key: 'fr', label: t(`${r}.labelIn.fr`), render: (i) => i.labelFr },
          {
            key: 'ar',
            label: t(`${r}.labelIn.ar`),
            render: (i) => (
              <span lang="ar" dir="rtl">
                {i.labelAr}
              </span>
            ),
          },
          { key: 'en', label: t(`${r}.labelIn.en`), render: (i) => <span lang="en">{i.labelEn}</span> },
          activeColumn<ReferenceItem>({
            label: t('admin.organisations.columns.status'),
            isActive: (i) => i.active,
            activeText: t('admin.active'),
            inactiveText: t('admin.inactive'),
          }),
          editColumn<ReferenceItem>({
            label: t('admin.actions'),
            text: t('admin.edit'),
            ariaLabel: (i) => t(`${r}.editTitle`, { code: i.code }),
            onEdit: setEditing,
          }),
        ]}
      />
      {editing ? (
        <ItemEditor
          key={`${table}-${editing === 'new' ? 'new' : editing.code}`}
          table={table}
          item={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </Stack>
  );
}
