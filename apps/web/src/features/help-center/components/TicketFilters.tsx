// « Paramètres de recherche » of the ticket lists, applied on « Rechercher », emptied by « Effacer ».
// The applied filters live in the URL (the page reads them back from its search params).
import { Button, Checkbox, Group, Paper, Select, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ALL_TYPES, STATUSES } from './labels';

export interface TicketSearch {
  statut?: string;
  type?: string;
  q?: string;
  page?: number;
  affectation?: 'me' | 'none';
  retard?: '1';
}

export function TicketFilters({
  value,
  onApply,
  desk = false,
}: {
  value: TicketSearch;
  onApply: (s: TicketSearch) => void;
  desk?: boolean;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<TicketSearch>(value);
  const set = (patch: Partial<TicketSearch>) => setDraft((d) => ({ ...d, ...patch }));
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      mb="md"
      component="form"
      role="search"
      aria-labelledby="filters-title"
      onSubmit={(e) => {
        e.preventDefault();
        onApply({ ...draft, page: undefined });
      }}
    >
      <Title order={2} size="h5" id="filters-title" mb="sm">
        {t('helpCenter.filters.title')}
      </Title>
      <Group align="flex-end" gap="md">
        <TextInput
          label={t('helpCenter.filters.q')}
          value={draft.q ?? ''}
          onChange={(e) => set({ q: e.currentTarget.value || undefined })}
          maxLength={100}
          w={240}
        />
        <Select
          label={t('helpCenter.columns.type')}
          placeholder={t('helpCenter.filters.all')}
          data={ALL_TYPES.map((x) => ({ value: x, label: t(`helpCenter.types.${x}`) }))}
          value={draft.type ?? null}
          onChange={(v) => set({ type: v ?? undefined })}
          clearable
          w={220}
        />
        <Select
          label={t('helpCenter.columns.status')}
          placeholder={t('helpCenter.filters.all')}
          data={STATUSES.map((x) => ({ value: x, label: t(`helpCenter.statuses.${x}`) }))}
          value={draft.statut ?? null}
          onChange={(v) => set({ statut: v ?? undefined })}
          clearable
          w={240}
        />
        {desk ? (
          <>
            <Select
              label={t('helpCenter.desk.assignee')}
              placeholder={t('helpCenter.filters.all')}
              data={[
                { value: 'me', label: t('helpCenter.desk.assignedToMe') },
                { value: 'none', label: t('helpCenter.desk.unassigned') },
              ]}
              value={draft.affectation ?? null}
              onChange={(v) => set({ affectation: (v as 'me' | 'none' | null) ?? undefined })}
              clearable
              w={200}
            />
            <Checkbox
              label={t('helpCenter.desk.onlyOverdue')}
              checked={draft.retard === '1'}
              onChange={(e) => set({ retard: e.currentTarget.checked ? '1' : undefined })}
              mb={8}
            />
          </>
        ) : null}
        <Group gap="xs">
          <Button
            variant="default"
            type="button"
            onClick={() => {
              setDraft({});
              onApply({});
            }}
          >
            {t('common.clear')}
          </Button>
          <Button type="submit">{t('common.search')}</Button>
        </Group>
      </Group>
    </Paper>
  );
}
