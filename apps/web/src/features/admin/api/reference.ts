import type { CustomsOffice, HsImportResult } from '@portail/contracts';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export const customsOfficesQuery = queryOptions({
  queryKey: ['admin', 'customs-offices'],
  queryFn: async () =>
    (await api<{ offices: CustomsOffice[] }>('/api/admin/reference/customs-offices')).offices,
});

export const saveCustomsOffice = ({ code, ...body }: CustomsOffice) =>
  api<CustomsOffice>(`/api/admin/reference/customs-offices/${encodeURIComponent(code)}`, {
    method: 'PUT',
    json: body,
  });

export const importHsCsv = (file: File) =>
  api<HsImportResult>('/api/admin/reference/hs/import', {
    method: 'POST',
    headers: { 'content-type': 'text/csv' },
    body: file,
  });
