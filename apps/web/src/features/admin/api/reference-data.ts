// /api/admin/reference/{countries,units,reasons}: list, create, relabel, deactivate.
import type {
  ReferenceCreateBody,
  ReferenceItem,
  ReferenceTable,
  ReferenceUpdateBody,
} from '@portail/contracts';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export const referenceItemsQuery = (table: ReferenceTable) =>
  queryOptions({
    queryKey: ['admin', 'reference', table],
    queryFn: async () => (await api<{ items: ReferenceItem[] }>(`/api/admin/reference/${table}`)).items,
  });

export const createReferenceItem = (table: ReferenceTable, body: ReferenceCreateBody) =>
  api<ReferenceItem>(`/api/admin/reference/${table}`, { method: 'POST', json: body });

export const updateReferenceItem = (table: ReferenceTable, code: string, body: ReferenceUpdateBody) =>
  api<ReferenceItem>(`/api/admin/reference/${table}/${encodeURIComponent(code)}`, {
    method: 'PUT',
    json: body,
  });
