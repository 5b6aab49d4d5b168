// « Réinitialiser MFA »: POST /api/profile/mfa/reset (re-authentication → new pending secret), then
// POST /api/profile/mfa/confirm (first code → new recovery codes; the old device stops working).
import type {
  EnrolmentConfirmRequest,
  EnrolmentResponse,
  MfaResetRequest,
  RecoveryCodesResponse,
} from '@portail/contracts';
import { api } from '../../../lib/api';

export const postMfaReset = (body: MfaResetRequest) =>
  api<EnrolmentResponse>('/api/profile/mfa/reset', { method: 'POST', json: body });

export const postMfaConfirm = (body: EnrolmentConfirmRequest) =>
  api<RecoveryCodesResponse>('/api/profile/mfa/confirm', { method: 'POST', json: body });
