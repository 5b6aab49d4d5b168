// POST /api/id/password/reset and POST /api/id/invitations/accept — set a password from a mailed link.
import type { TokenPasswordRequest, TokenPasswordResponse } from '@portail/contracts';
import { api } from '../../../lib/api';

export type TokenPurpose = 'reset' | 'invitation';

const PATHS: Record<TokenPurpose, string> = {
  reset: '/api/id/password/reset',
  invitation: '/api/id/invitations/accept',
};

export const postTokenPassword = (purpose: TokenPurpose, body: TokenPasswordRequest) =>
  api<TokenPasswordResponse>(PATHS[purpose], { method: 'POST', json: body });
