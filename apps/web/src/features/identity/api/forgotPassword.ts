// POST /api/id/password/forgot — always the same answer, whether the account exists or not.
import type { ForgotPasswordRequest, MessageResponse } from '@portail/contracts';
import { api } from '../../../lib/api';

export const postForgotPassword = (body: ForgotPasswordRequest) =>
  api<MessageResponse>('/api/id/password/forgot', { method: 'POST', json: body });
