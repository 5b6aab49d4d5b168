// POST /api/id/interactions/:uid/mfa — a TOTP or recovery code; answers where to send the browser.
import type { MfaRequest, RedirectResponse } from '@portail/contracts';
import { api } from '../../../lib/api';

export const postMfa = (uid: string, body: MfaRequest) =>
  api<RedirectResponse>(`/api/id/interactions/${encodeURIComponent(uid)}/mfa`, {
    method: 'POST',
    json: body,
  });
