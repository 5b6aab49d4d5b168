import type { AdminSession, AdminUser, InviteUserBody, UpdateUserBody } from '@portail/contracts';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export const usersQuery = (q: string, status: string) =>
  queryOptions({
    queryKey: ['admin', 'users', q, status],
    queryFn: async () => {
      const params = new URLSearchParams();
      if (q) params.set('q', q);
      if (status) params.set('status', status);
      return (await api<{ users: AdminUser[] }>(`/api/admin/users?${params}`)).users;
    },
  });

/** One user, for a direct link: 404 when they are not the administrator's to manage. */
export const userQuery = (id: number) =>
  queryOptions({
    queryKey: ['admin', 'users', 'one', id],
    queryFn: () => api<AdminUser>(`/api/admin/users/${id}`),
    retry: false,
  });

export const userSessionsQuery = (id: number) =>
  queryOptions({
    queryKey: ['admin', 'users', id, 'sessions'],
    queryFn: async () =>
      (await api<{ sessions: AdminSession[] }>(`/api/admin/users/${id}/sessions`)).sessions,
  });

export const inviteUser = (body: InviteUserBody) =>
  api<AdminUser>('/api/admin/users', { method: 'POST', json: body });
export const updateUser = (id: number, body: UpdateUserBody) =>
  api<AdminUser>(`/api/admin/users/${id}`, { method: 'PATCH', json: body });
export const unlockUser = (id: number) => api(`/api/admin/users/${id}/unlock`, { method: 'POST' });
export const resendInvitation = (id: number) => api(`/api/admin/users/${id}/invitation`, { method: 'POST' });
export const resetUserMfa = (id: number, reason: string) =>
  api(`/api/admin/users/${id}/mfa-reset`, { method: 'POST', json: { reason } });
export const revokeUserSession = (id: number, ref: string) =>
  api(`/api/admin/users/${id}/sessions/${ref}`, { method: 'DELETE' });
