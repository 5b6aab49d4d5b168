// PUT /api/procedures/:code/list-preferences — the columns this user keeps for this procedure.
import type { ListColumn } from '@portail/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export const saveListPreferences = (code: string, columns: ListColumn[]) =>
  api<unknown>(`/api/procedures/${encodeURIComponent(code)}/list-preferences`, {
    method: 'PUT',
    json: { columns },
  });

export function useSaveListPreferences(code: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (columns: ListColumn[]) => saveListPreferences(code, columns),
    onSuccess: () => client.invalidateQueries({ queryKey: ['dossiers', 'list', code] }),
  });
}
