// POST /api/id/interactions/:uid/login — identifier, password and CAPTCHA; answers the next step.
import type { LoginRequest, LoginResponse } from '@portail/contracts';
import { api } from '../../../lib/api';

export const postLogin = (uid: string, body: LoginRequest) =>
  api<LoginResponse>(`/api/id/interactions/${encodeURIComponent(uid)}/login`, { method: 'POST', json: body });
