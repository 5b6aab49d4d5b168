// The sidebar's sections. Procedure entries come from the catalogue (the server filters them by
// the user's organisation and roles); fixed entries are declared here with the roles that see them.
import type { Role } from '@portail/contracts';
import { queryOptions } from '@tanstack/react-query';
import { ApiError, api } from '../lib/api';

export interface MenuProcedure {
  code: string;
  slug: string;
  direction: 'import' | 'export';
  name: string;
}

export const menuQuery = queryOptions({
  queryKey: ['navigation'],
  queryFn: async (): Promise<MenuProcedure[]> => {
    try {
      return (await api<{ procedures: MenuProcedure[] }>('/api/navigation')).procedures;
    } catch (e) {
      if (e instanceof ApiError && e.status === 404) return [];
      throw e;
    }
  },
  staleTime: 5 * 60_000,
});

export interface FixedEntry {
  key: string;
  to: string;
  labelKey: string;
  roles?: Role[];
}

/** Entries below the procedure sections, shown only to the roles named. */
export const FIXED_ENTRIES: FixedEntry[] = [
  {
    key: 'support',
    to: '/portail/support',
    labelKey: 'nav.support',
    roles: ['agent_support', 'admin_plateforme'],
  },
  {
    key: 'admin',
    to: '/portail/administration',
    labelKey: 'nav.admin',
    roles: ['admin_organisation', 'admin_plateforme'],
  },
];
