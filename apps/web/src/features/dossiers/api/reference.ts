// Reference lists for the filters: customs offices (a select) and the HS nomenclature (search).
import type { CustomsOfficeItem, HsItem } from '@portail/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export const customsOfficesQuery = queryOptions({
  queryKey: ['reference', 'customs-offices'],
  queryFn: async () => (await api<{ items: CustomsOfficeItem[] }>('/api/reference/customs-offices')).items,
  staleTime: 60 * 60_000,
});

export const useCustomsOffices = (enabled: boolean) => useQuery({ ...customsOfficesQuery, enabled });

export const hsSearchQuery = (q: string) =>
  queryOptions({
    queryKey: ['reference', 'hs', q],
    queryFn: async () =>
      (await api<{ items: HsItem[] }>(`/api/reference/hs?q=${encodeURIComponent(q)}&limit=15`)).items,
    staleTime: 60 * 60_000,
    enabled: q.trim().length >= 2,
  });

export const useHsSearch = (q: string) => useQuery(hsSearchQuery(q));
