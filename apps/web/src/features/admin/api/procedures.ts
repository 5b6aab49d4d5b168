// GET /api/admin/procedures, GET|PUT /api/admin/procedures/:code — the versioned catalogue.
import type { AdminProcedureDetail, AdminProcedureSummary, ProcedureEditBody } from '@portail/contracts';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export const proceduresQuery = queryOptions({
  queryKey: ['admin', 'procedures'],
  queryFn: async () =>
    (await api<{ procedures: AdminProcedureSummary[] }>('/api/admin/procedures')).procedures,
});

export const procedureQuery = (code: string, version?: number) =>
  queryOptions({
    queryKey: ['admin', 'procedures', code, version ?? 'current'],
    queryFn: () =>
      api<AdminProcedureDetail>(
        `/api/admin/procedures/${encodeURIComponent(code)}${version ? `?version=${version}` : ''}`,
      ),
  });

export const saveProcedure = (code: string, body: ProcedureEditBody) =>
  api<AdminProcedureDetail>(`/api/admin/procedures/${encodeURIComponent(code)}`, {
    method: 'PUT',
    json: body,
  });
