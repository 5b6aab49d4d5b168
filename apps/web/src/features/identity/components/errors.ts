// Turns a refused request into the form's errors: the server's French message, placed on the field
// its `details.reason` names. Network failures get a generic message.
import type { IdentityErrorReason } from '@portail/contracts';
import type { TFunction } from 'i18next';
import { ApiError } from '../../../lib/api';
import type { FormErrors } from './ErrorSummary';

export const reasonOf = (e: unknown): IdentityErrorReason | undefined =>
  e instanceof ApiError ? (e.details?.reason as IdentityErrorReason | undefined) : undefined;

/** Refusal reasons of the password policy (`details.reasons`), in French. */
export const policyReasonsOf = (e: unknown): string[] =>
  e instanceof ApiError && Array.isArray(e.details?.reasons) ? (e.details.reasons as string[]) : [];

export function toFormErrors(
  e: unknown,
  t: TFunction,
  fieldFor: Partial<Record<IdentityErrorReason, string>>,
): FormErrors {
  if (!(e instanceof ApiError)) return { fields: {}, general: t('identity.errors.network') };
  if (e.status >= 500 || e.code === 'INTERNAL') return { fields: {}, general: t('identity.errors.server') };
  if (e.code === 'RATE_LIMITED' || e.status === 429) return { fields: {}, general: e.message };
  const reason = reasonOf(e);
  const field = reason ? fieldFor[reason] : undefined;
  if (field) {
    const reasons = policyReasonsOf(e);
    return { fields: { [field]: reasons.length > 0 ? reasons.join(' ') : e.message } };
  }
  return { fields: {}, general: e.message };
}
