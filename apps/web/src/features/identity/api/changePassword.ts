// POST /api/profile/password — « Modifier le mot de passe » (other sessions are revoked, mail sent).
import type { ChangePasswordRequest, MessageResponse } from '@portail/contracts';
import { api } from '../../../lib/api';

export const postChangePassword = (body: ChangePasswordRequest) =>
  api<MessageResponse>('/api/profile/password', { method: 'POST', json: body });
