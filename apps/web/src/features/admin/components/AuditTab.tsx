// Journal d'audit: who did what, when, on what, from where — filtered and paged by keyset.
import { Badge, Button, Code, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import type { AuditEntry } from '@portail/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/DataTable';
import { formatDateTime } from '../../../components/format';
import { type AuditFilters, auditQuery } from '../api/audit';

const OUTCOME_COLOR = { success: 'teal.9', failure: 'red.9', denied: 'orange.9' } as const;

const exportParams = (f: AuditFilters) =>
  new URLSearchParams(Object.entries(f).filter((e): e is [string, string] => !!e[1])).toString();

export function AuditTab() {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<AuditFilters>({});
  const [filters, setFilters] = useState<AuditFilters>({});
  const query = useInfiniteQuery(auditQuery(filters));
  const rows = query.data?.pages.flatMap((p) => p.entries) ?? [];
  return (
    <Stack>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setFilters(draft);
        }}
      >
        <Group align="flex-end" wrap="wrap">
          <TextInput
            label={t('admin.audit.search')}
            description={t('admin.audit.searchHint')}
            value={draft.q ?? ''}
            onChange={(e) => setDraft({ ...draft, q: e.currentTarget.value })}
            w={260}
          />
          <TextInput
            label={t('admin.audit.event')}
            placeholder={t('admin.audit.eventPlaceholder')}
            value={draft.event ?? ''}
            onChange={(e) => setDraft({ ...draft, event: e.currentTarget.value })}
            w={180}
          />
          <Select
            label={t('admin.audit.outcome')}
            clearable
            data={(['success', 'failure', 'denied'] as const).map((o) => ({
              value: o,
              label: t(`admin.audit.outcomes.${o}`),
            }))}
            value={draft.outcome ?? null}
            onChange={(v) => setDraft({ ...draft, outcome: (v as AuditFilters['outcome']) ?? undefined })}
            w={170}
          />
          <TextInput
            type="date"
            label={t('admin.audit.from')}
            value={draft.from ?? ''}
            onChange={(e) => setDraft({ ...draft, from: e.currentTarget.value })}
          />
          <TextInput
            type="date"
            label={t('admin.audit.to')}
            value={draft.to ?? ''}
            onChange={(e) => setDraft({ ...draft, to: e.currentTarget.value })}
          />
          <Button
            variant="default"
            onClick={() => {
              setDraft({});
              setFilters({});
            }}
          >
            {t('common.clear')}
          </Button>
          <Button type="submit">{t('common.search')}</Button>
          <Button
            component="a"
            variant="default"
            href={`/api/admin/audit/export.csv?${exportParams(filters)}`}
            download
          >
            {t('admin.audit.export')}
          </Button>
        </Group>
      </form>
      {query.isError ? <Text c="red.9">{t('admin.loadError')}</Text> : null}
      <DataTable<AuditEntry>
        caption={t('admin.audit.caption')}
        rows={rows}
        rowKey={(r) => String(r.id)}
        loading={query.isFetching}
        labels={{ sortHint: () => '', loading: t('common.loading') }}
        empty={<Text>{t('admin.audit.empty')}</Text>}
        columns={[
          {
            key: 'at',
            label: t('admin.audit.columns.at'),
            nowrap: true,
            render: (r) => formatDateTime(r.at),
          },
          { key: 'actor', label: t('admin.audit.columns.actor'), render: (r) => r.actorLabel ?? '—' },
          { key: 'event', label: t('admin.audit.columns.event'), render: (r) => <Code>{r.event}</Code> },
          {
            key: 'outcome',
            label: t('admin.audit.columns.outcome'),
            render: (r) => (
              <Badge
                variant="filled"
                color={OUTCOME_COLOR[r.outcome as keyof typeof OUTCOME_COLOR] ?? 'gray.8'}
              >
                {t(`admin.audit.outcomes.${r.outcome}`)}
              </Badge>
            ),
          },
          {
            key: 'object',
            label: t('admin.audit.columns.object'),
            render: (r) => (r.objectType ? `${r.objectType} ${r.objectId ?? ''}` : '—'),
          },
          { key: 'ip', label: t('admin.audit.columns.ip'), nowrap: true, render: (r) => r.ip ?? '—' },
          {
            key: 'sealed',
            label: t('admin.audit.columns.sealed'),
            render: (r) => (r.sealed ? t('admin.audit.sealed') : t('admin.audit.pending')),
          },
        ]}
      />
      {query.hasNextPage ? (
        <Button
          variant="default"
          onClick={() => void query.fetchNextPage()}
          loading={query.isFetchingNextPage}
          w="fit-content"
        >
          {t('admin.more')}
        </Button>
      ) : null}
    </Stack>
  );
}
