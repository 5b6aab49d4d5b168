// Procédures: the catalogue (one row per procedure, its version in force), a whole definition
// read-only, its older versions, and the edit form of the editable parts.
import { Alert, Badge, Button, Divider, Group, Loader, Stack, Text } from '@mantine/core';
import type { AdminProcedureSummary } from '@portail/contracts';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/DataTable';
import { formatDate } from '../../../components/format';
import { procedureQuery, proceduresQuery } from '../api/procedures';
import { ProcedureEditor } from './ProcedureEditor';
import { ProcedureView, useLocalized, useSlaText } from './ProcedureView';

export function ProceduresTab() {
  const { t } = useTranslation();
  const p = 'adminCatalogue.procedures';
  const loc = useLocalized();
  const slaText = useSlaText();
  const list = useQuery(proceduresQuery);
  const [selected, setSelected] = useState<string | null>(null);
  const [version, setVersion] = useState<number | undefined>(undefined);
  const [editing, setEditing] = useState(false);
  const detail = useQuery({ ...procedureQuery(selected ?? '', version), enabled: selected !== null });
  const panel = useRef<HTMLDivElement>(null);

  // Bring the definition into view (and focus) when another procedure or version is opened.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on selection changes only
  useEffect(() => {
    if (selected) panel.current?.focus();
  }, [selected, version, editing]);

  return (
    <Stack gap="lg">
      <Text size="sm">{t(`${p}.intro`)}</Text>
      {list.isError ? <Alert color="red.9">{t('admin.loadError')}</Alert> : null}
      <DataTable<AdminProcedureSummary>
        caption={t(`${p}.caption`)}
        rows={list.data ?? []}
        rowKey={(r) => r.code}
        loading={list.isFetching}
        minWidth={820}
        labels={{ sortHint: () => '', loading: t('common.loading') }}
        columns={[
          {
            key: 'code',
            label: t(`${p}.columns.code`),
            nowrap: true,
            render: (r) => <Text fw={700}>{r.code}</Text>,
          },
          { key: 'name', label: t(`${p}.columns.name`), minWidth: 180, render: (r) => loc(r.name) },
          {
            key: 'direction',
            label: t(`${p}.columns.direction`),
            render: (r) => t(`${p}.directions.${r.direction}`),
          },
          { key: 'org', label: t(`${p}.columns.organisation`), nowrap: true, render: (r) => r.ownerOrgCode },
          {
            key: 'version',
            label: t(`${p}.columns.version`),
            render: (r) => (
              <Stack gap={2}>
                <Text size="sm" fw={700}>
                  {t(`${p}.versionBadge`, { version: r.version })}
                </Text>
                <Text size="xs">
                  {r.source === 'admin'
                    ? t(`${p}.editedOn`, { date: formatDate(r.updatedAt) })
                    : t(`${p}.fromCode`)}
                </Text>
              </Stack>
            ),
          },
          { key: 'sla', label: t(`${p}.columns.sla`), nowrap: true, render: (r) => slaText(r.sla) },
          {
            key: 'edit',
            label: t('admin.actions'),
            nowrap: true,
            render: (r) => (
              <Group gap={6} wrap="nowrap">
                <Button
                  size="xs"
                  variant={selected === r.code ? 'filled' : 'default'}
                  aria-label={t(`${p}.open`, { code: r.code })}
                  onClick={() => {
                    setSelected(r.code);
                    setVersion(undefined);
                    setEditing(false);
                  }}
                >
                  {t(`${p}.view`)}
                </Button>
                {r.canEdit ? null : (
                  <Badge size="sm" variant="outline" color="gray.8">
                    {t(`${p}.readOnly`)}
                  </Badge>
                )}
              </Group>
            ),
          },
        ]}
      />
      {selected ? (
        <>
          <Divider />
          <div ref={panel} tabIndex={-1} style={{ outline: 'none' }}>
            {detail.isPending ? (
              <Loader size="sm" aria-label={t('common.loading')} />
            ) : detail.isError ? (
              <Alert color="red.9">{t('admin.loadError')}</Alert>
            ) : editing ? (
              <ProcedureEditor
                key={`${detail.data.definition.code}-${detail.data.version}`}
                detail={detail.data}
                onDone={() => setEditing(false)}
                onReload={() => detail.refetch()}
              />
            ) : (
              <ProcedureView
                detail={detail.data}
                onEdit={detail.data.summary.canEdit ? () => setEditing(true) : undefined}
                onShowVersion={setVersion}
              />
            )}
          </div>
        </>
      ) : null}
    </Stack>
  );
}
