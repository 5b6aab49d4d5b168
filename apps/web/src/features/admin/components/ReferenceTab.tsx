// Référentiels: customs offices (edit in place) and the HS nomenclature import (CSV, all or nothing,
// errors listed per line).
import {
  Alert,
  Button,
  FileInput,
  Group,
  List,
  Modal,
  Select,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { CustomsOffice } from '@portail/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/DataTable';
import { FormActions } from '../../../components/FormActions';
import { activeColumn, editColumn } from '../../../components/tableColumns';
import { ApiError } from '../../../lib/api';
import { customsOfficesQuery, importHsCsv, saveCustomsOffice } from '../api/reference';
import { ReferenceDataEditor } from './ReferenceDataEditor';

const KINDS = ['port', 'aéroport', 'terrestre', 'intérieur'] as const;

function OfficeEditor({
  office,
  creating = false,
  taken = [],
  onClose,
}: {
  office: CustomsOffice;
  creating?: boolean;
  /** Codes already used (creating must not overwrite an office: the API's PUT is an upsert). */
  taken?: string[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [draft, setDraft] = useState(office);
  const save = useMutation({
    mutationFn: saveCustomsOffice,
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['admin', 'customs-offices'] });
      notifications.show({
        color: 'teal.9',
        closeButtonProps: { 'aria-label': t('common.close') },
        message: t('admin.reference.saved'),
      });
      onClose();
    },
  });
  const [codeError, setCodeError] = useState<string | undefined>();
  const fieldError = (path: string) =>
    (path === 'code' ? codeError : undefined) ??
    (save.error instanceof ApiError
      ? save.error.details?.fields?.find((f) => f.path === path)?.message
      : undefined);
  return (
    <Modal
      opened
      onClose={onClose}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      title={
        creating
          ? t('adminCatalogue.reference.addOffice')
          : t('admin.reference.editOffice', { code: office.code })
      }
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (creating) {
            const problem = !/^\d{3}$/.test(draft.code)
              ? t('adminCatalogue.reference.officeCodeHelp')
              : taken.includes(draft.code)
                ? t('adminCatalogue.reference.officeCodeTaken', { code: draft.code })
                : undefined;
            setCodeError(problem);
            if (problem) return;
          }
          save.mutate(draft);
        }}
      >
        <Stack>
          {creating ? (
            <TextInput
              label={t('admin.reference.columns.code')}
              description={t('adminCatalogue.reference.officeCodeHelp')}
              required
              value={draft.code}
              error={fieldError('code')}
              onChange={(e) => setDraft({ ...draft, code: e.currentTarget.value })}
            />
          ) : null}
          <TextInput
            label={t('admin.reference.columns.name')}
            required
            value={draft.name}
            error={fieldError('name')}
            onChange={(e) => setDraft({ ...draft, name: e.currentTarget.value })}
          />
          <TextInput
            label={t('admin.reference.columns.city')}
            required
            value={draft.city}
            error={fieldError('city')}
            onChange={(e) => setDraft({ ...draft, city: e.currentTarget.value })}
          />
          <Select
            label={t('admin.reference.columns.kind')}
            data={KINDS.map((k) => ({ value: k, label: t(`admin.reference.kinds.${k}`) }))}
            value={draft.kind}
            onChange={(v) => v && setDraft({ ...draft, kind: v as CustomsOffice['kind'] })}
            allowDeselect={false}
          />
          <Switch
            label={t('admin.active')}
            checked={draft.active}
            onChange={(e) => setDraft({ ...draft, active: e.currentTarget.checked })}
          />
          {save.error && !fieldError('name') && !fieldError('city') && !fieldError('code') ? (
            <Alert color="red">{save.error.message}</Alert>
          ) : null}
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

function HsImport() {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const run = useMutation({ mutationFn: importHsCsv });
  const lines =
    run.error instanceof ApiError
      ? (run.error.details?.lines as { line: number; message: string }[] | undefined)
      : undefined;
  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        {t('admin.reference.hsTitle')}
      </Title>
      <Text size="sm">{t('admin.reference.hsHelp')}</Text>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (file) run.mutate(file);
        }}
      >
        <Group align="flex-end">
          <FileInput
            label={t('admin.reference.hsFile')}
            accept=".csv,text/csv"
            value={file}
            onChange={setFile}
            clearable
            w={320}
          />
          <Button type="submit" disabled={!file} loading={run.isPending}>
            {t('admin.reference.hsImport')}
          </Button>
        </Group>
      </form>
      {run.data ? (
        <Alert color="teal" role="status">
          {t('admin.reference.hsDone', run.data)}
        </Alert>
      ) : null}
      {run.error ? (
        <Alert color="red" role="alert" title={run.error.message}>
          {lines ? (
            <List size="sm">
              {lines.map((l) => (
                <List.Item key={`${l.line}-${l.message}`}>{t('admin.reference.hsLine', l)}</List.Item>
              ))}
            </List>
          ) : null}
        </Alert>
      ) : null}
    </Stack>
  );
}

export function ReferenceTab() {
  const { t } = useTranslation();
  const query = useQuery(customsOfficesQuery);
  const [editing, setEditing] = useState<CustomsOffice | null>(null);
  const [creating, setCreating] = useState(false);
  return (
    <Stack gap="xl">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4">
            {t('admin.reference.officesTitle')}
          </Title>
          <Button onClick={() => setCreating(true)}>{t('adminCatalogue.reference.addOffice')}</Button>
        </Group>
        <DataTable<CustomsOffice>
          caption={t('admin.reference.officesTitle')}
          rows={query.data ?? []}
          rowKey={(o) => o.code}
          loading={query.isFetching}
          minWidth={640}
          labels={{ sortHint: () => '', loading: t('common.loading') }}
          columns={[
            { key: 'code', label: t('admin.reference.columns.code'), nowrap: true, render: (o) => o.code },
            { key: 'name', label: t('admin.reference.columns.name'), render: (o) => o.name },
            { key: 'city', label: t('admin.reference.columns.city'), render: (o) => o.city },
            {
              key: 'kind',
              label: t('admin.reference.columns.kind'),
              render: (o) => t(`admin.reference.kinds.${o.kind}`),
            },
            activeColumn<CustomsOffice>({
              label: t('admin.organisations.columns.status'),
              isActive: (o) => o.active,
              activeText: t('admin.active'),
              inactiveText: t('admin.inactive'),
            }),
            editColumn<CustomsOffice>({
              label: t('admin.actions'),
              text: t('admin.edit'),
              ariaLabel: (o) => t('admin.reference.editOffice', { code: o.code }),
              onEdit: setEditing,
            }),
          ]}
        />
      </Stack>
      <ReferenceDataEditor />
      <HsImport />
      {editing ? <OfficeEditor office={editing} onClose={() => setEditing(null)} /> : null}
      {creating ? (
        <OfficeEditor
          creating
          taken={(query.data ?? []).map((o) => o.code)}
          office={{ code: '', name: '', city: '', kind: 'port', active: true }}
          onClose={() => setCreating(false)}
        />
      ) : null}
    </Stack>
  );
}
