// Portnet ID use cases: sign-in (CAPTCHA → password → TOTP or enrolment), throttling, password
// changes and links, MFA reset. Every outcome is audited (S30) without secrets in the details.
import type { Provider } from 'oidc-provider';
import type { Db } from '../../db/client.ts';
import { audit } from '../../platform/audit.ts';
import { MINUTE } from '../../platform/clock.ts';
import { randomToken, sha256Hex } from '../../platform/crypto.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { localeOf } from '../../platform/locale.ts';
import { queueMail } from '../../platform/mail.ts';
import { revokeOtherSessions } from '../portal-session/store.ts';
import { invitationMail, resetLinkMail, securityMail } from './messages.ts';
import { checkPassword } from './password-policy.ts';
import { hashPassword, needsRehash, verifyPassword } from './passwords.ts';
import * as repo from './repo.ts';
import {
  type EnrolmentMaterial,
  enrolmentMaterial,
  hashRecoveryCode,
  matchTotpStep,
  newRecoveryCodes,
  newTotpSecret,
  openTotpSecret,
  sealTotpSecret,
} from './totp.ts';

export const MAX_FAILURES = 5;
export const FAILURE_WINDOW_MS = 15 * MINUTE;
export const LOCK_MS = 15 * MINUTE;
export const MAX_CONSECUTIVE_FAILURES = 100;
const HARD_LOCK_UNTIL = new Date('9999-12-31T00:00:00Z');
const LOGIN_STATE_MS = 10 * MINUTE;
const RESET_TOKEN_MS = 30 * MINUTE;
const INVITATION_TOKEN_MS = 72 * 60 * MINUTE;

export interface Caller {
  ip: string | null;
  userAgent?: string | null;
}

// A hash made once with today's parameters, verified for unknown users so that timing does not
// tell whether an account exists (S8).
let dummyHash: Promise<string> | undefined;
const getDummyHash = () => {
  dummyHash ??= hashPassword('dummy password for unknown accounts');
  return dummyHash;
};

const credentialsError = () =>
  new AppError('UNAUTHENTICATED', 'Identifiant ou mot de passe incorrect.', { reason: 'credentials' });
const codeError = () =>
  new AppError('UNAUTHENTICATED', 'Code de vérification invalide ou expiré.', { reason: 'code' });
export const expiredError = () =>
  new AppError('NOT_FOUND', 'Cette demande de connexion a expiré. Veuillez recommencer depuis le portail.', {
    reason: 'interaction_expired',
  });

const accountKey = (userId: number) => `user:${userId}`;
const unknownKey = (identifier: string) => `unknown:${sha256Hex(identifier.toLowerCase())}`;

// --- throttling (S7, S10): one counter per account for passwords and codes --------------------

export async function isLocked(db: Db, key: string, now: Date): Promise<boolean> {
  const row = await repo.getThrottle(db, key);
  return !!row?.locked_until && row.locked_until.getTime() > now.getTime();
}

async function recordFailure(db: Db, key: string, now: Date): Promise<{ failures: number; locked: boolean }> {
  const row = await repo.getThrottle(db, key);
  const inWindow = row && now.getTime() - row.window_started_at.getTime() < FAILURE_WINDOW_MS;
  const failures = inWindow ? row.failures + 1 : 1;
  const consecutive = (row?.consecutive ?? 0) + 1;
  const locked = failures >= MAX_FAILURES || consecutive >= MAX_CONSECUTIVE_FAILURES;
  // Soft lock for 15 minutes; after 100 failures with no success in between, the account stays
  // locked until its owner resets the password by the mailed link (NIST 800-63B 5.2.2).
  const lockUntil =
    consecutive >= MAX_CONSECUTIVE_FAILURES ? HARD_LOCK_UNTIL : new Date(now.getTime() + LOCK_MS);
  await repo.putThrottle(db, key, {
    failures: locked ? 0 : failures,
    window_started_at: inWindow && !locked ? row.window_started_at : now,
    locked_until: locked ? lockUntil : (row?.locked_until ?? null),
    consecutive,
  });
  return { failures, locked };
}

// --- sign-in --------------------------------------------------------------------------------

export async function passwordStep(
  deps: AppDeps,
  input: { uid: string; identifier: string; password: string; remember: boolean },
  caller: Caller,
): Promise<{ step: 'mfa' | 'enrol' }> {
  const now = deps.clock.now();
  const account = await repo.findAccountByIdentifier(deps.db, input.identifier);
  const usable = account && account.status === 'active' && account.password_hash;
  const key = usable ? accountKey(account.id) : unknownKey(input.identifier);
  const locked = await isLocked(deps.db, key, now);
  // Always one argon2 verification, whatever the case, so every refusal costs the same (S8).
  const ok =
    (await verifyPassword(usable ? account.password_hash! : await getDummyHash(), input.password)) &&
    usable &&
    !locked;
  if (!ok) {
    const { failures } = locked ? { failures: MAX_FAILURES } : await recordFailure(deps.db, key, now);
    await audit(deps.db, now, {
      event: 'auth.password',
      outcome: 'failure',
      actor: {
        userId: usable ? account.id : null,
        orgId: usable ? account.organisation_id : null,
        ip: caller.ip,
        label: usable ? account.username : null,
      },
      details: { reason: locked ? 'locked' : usable ? 'wrong_password' : 'unknown_account', failures },
    });
    throw credentialsError();
  }
  if (needsRehash(account.password_hash!)) {
    await repo.updatePasswordHash(deps.db, account.id, await hashPassword(input.password));
  }
  await repo.putLoginState(deps.db, {
    uid: input.uid,
    userId: account.id,
    identifier: input.identifier,
    remember: input.remember,
    now,
    expiresAt: new Date(now.getTime() + LOGIN_STATE_MS),
  });
  const device = await repo.findDevice(deps.db, account.id, 'active');
  await audit(deps.db, now, {
    event: 'auth.password',
    outcome: 'success',
    actor: { userId: account.id, orgId: account.organisation_id, ip: caller.ip, label: account.username },
    details: { next: device ? 'mfa' : 'enrol' },
  });
  return { step: device ? 'mfa' : 'enrol' };
}

/** Completes the oidc-provider interaction once both factors passed; returns where to resume. */
async function finishLogin(
  provider: Provider,
  deps: AppDeps,
  uid: string,
  state: repo.LoginStateRow,
  caller: Caller,
  method: 'totp' | 'recovery' | 'enrolment',
): Promise<string> {
  const interaction = await provider.Interaction.find(uid);
  if (!interaction) throw expiredError();
  interaction.result = {
    login: {
      accountId: String(state.user_id),
      amr: ['pwd', 'otp'],
      acr: 'urn:portnet:mfa',
      remember: state.remember,
    },
  };
  await interaction.save(Math.max(1, (interaction.exp ?? 0) - Math.floor(Date.now() / 1000)));
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await repo.deleteLoginState(tx, uid);
    await repo.clearThrottle(tx, accountKey(state.user_id));
    await audit(tx, now, {
      event: 'auth.login',
      outcome: 'success',
      actor: { userId: state.user_id, ip: caller.ip, label: state.username },
      details: { method, remember: state.remember, client: String(interaction.params.client_id ?? '') },
    });
  });
  return interaction.returnTo;
}

async function failCode(
  deps: AppDeps,
  state: { user_id: number; username: string },
  caller: Caller,
  reason: string,
  event = 'auth.mfa',
): Promise<never> {
  const now = deps.clock.now();
  const { failures } =
    reason === 'locked'
      ? { failures: MAX_FAILURES }
      : await recordFailure(deps.db, accountKey(state.user_id), now);
  await audit(deps.db, now, {
    event,
    outcome: 'failure',
    actor: { userId: state.user_id, ip: caller.ip, label: state.username },
    details: { reason, failures },
  });
  throw codeError();
}

export async function loginState(deps: AppDeps, uid: string): Promise<repo.LoginStateRow | undefined> {
  return repo.getLoginState(deps.db, uid, deps.clock.now());
}

export async function mfaStep(
  provider: Provider,
  deps: AppDeps,
  uid: string,
  rawCode: string,
  caller: Caller,
): Promise<string> {
  const now = deps.clock.now();
  const state = await repo.getLoginState(deps.db, uid, now);
  if (!state) throw expiredError();
  if (await isLocked(deps.db, accountKey(state.user_id), now)) return failCode(deps, state, caller, 'locked');
  const code = rawCode.replace(/\s+/g, '');
  const device = await repo.findDevice(deps.db, state.user_id, 'active');
  if (!device) throw expiredError();
  if (/^\d{6}$/.test(code)) {
    const step = matchTotpStep(
      openTotpSecret(deps.masterKey, state.user_id, device.secret_sealed),
      code,
      now,
    );
    if (step === null) return failCode(deps, state, caller, 'wrong_code');
    if (!(await repo.useStep(deps.db, device.id, step)))
      return failCode(deps, state, caller, 'replayed_code');
    return finishLogin(provider, deps, uid, state, caller, 'totp');
  }
  if (!(await repo.useRecoveryCode(deps.db, state.user_id, hashRecoveryCode(code), now))) {
    return failCode(deps, state, caller, 'wrong_recovery_code');
  }
  return finishLogin(provider, deps, uid, state, caller, 'recovery');
}

/** A pending secret for a user (reused for 10 minutes so that reloading the page keeps the QR code). */
async function pendingSecret(deps: AppDeps, userId: number): Promise<string> {
  const now = deps.clock.now();
  const pending = await repo.findDevice(deps.db, userId, 'pending');
  if (pending && now.getTime() - pending.created_at.getTime() < 10 * MINUTE) {
    return openTotpSecret(deps.masterKey, userId, pending.secret_sealed);
  }
  const secret = newTotpSecret();
  await repo.replacePendingDevice(deps.db, userId, sealTotpSecret(deps.masterKey, userId, secret), now);
  return secret;
}

export async function enrolmentForLogin(deps: AppDeps, uid: string): Promise<EnrolmentMaterial> {
  const state = await repo.getLoginState(deps.db, uid, deps.clock.now());
  if (!state) throw expiredError();
  if (await repo.findDevice(deps.db, state.user_id, 'active')) {
    throw new AppError('CONFLICT', 'Un appareil est déjà enregistré pour ce compte.');
  }
  return enrolmentMaterial(await pendingSecret(deps, state.user_id), state.username);
}

/** Activates the pending device with its first code (S15) and issues 10 recovery codes (S16). */
async function activatePending(
  deps: AppDeps,
  user: { user_id: number; username: string },
  code: string,
  caller: Caller,
): Promise<string[]> {
  const now = deps.clock.now();
  if (await isLocked(deps.db, accountKey(user.user_id), now))
    return failCode(deps, user, caller, 'locked', 'auth.mfa_enrol');
  const pending = await repo.findDevice(deps.db, user.user_id, 'pending');
  if (!pending) throw new AppError('CONFLICT', 'Aucun enregistrement en cours. Recommencez.');
  const step = matchTotpStep(openTotpSecret(deps.masterKey, user.user_id, pending.secret_sealed), code, now);
  if (step === null) return failCode(deps, user, caller, 'wrong_code', 'auth.mfa_enrol');
  const codes = newRecoveryCodes();
  await deps.db.transaction(async (tx) => {
    await repo.activateDevice(tx, user.user_id, pending.id, step, now);
    await repo.replaceRecoveryCodes(tx, user.user_id, codes.map(hashRecoveryCode), now);
    await audit(tx, now, {
      event: 'auth.mfa_enrol',
      outcome: 'success',
      actor: { userId: user.user_id, ip: caller.ip, label: user.username },
    });
  });
  return codes;
}

export async function confirmEnrolmentForLogin(
  provider: Provider,
  deps: AppDeps,
  uid: string,
  code: string,
  caller: Caller,
): Promise<{ recoveryCodes: string[]; redirectTo: string }> {
  const state = await repo.getLoginState(deps.db, uid, deps.clock.now());
  if (!state) throw expiredError();
  if (await repo.findDevice(deps.db, state.user_id, 'active')) {
    throw new AppError('CONFLICT', 'Un appareil est déjà enregistré pour ce compte.');
  }
  const recoveryCodes = await activatePending(deps, state, code, caller);
  const redirectTo = await finishLogin(provider, deps, uid, state, caller, 'enrolment');
  return { recoveryCodes, redirectTo };
}

// --- passwords ------------------------------------------------------------------------------

function assertNewPassword(
  deps: AppDeps,
  input: { newPassword: string; confirmPassword: string },
  account: { username: string; email: string; display_name: string },
): void {
  if (input.newPassword !== input.confirmPassword) {
    throw new AppError('VALIDATION', 'La confirmation ne correspond pas au nouveau mot de passe.', {
      reason: 'password_mismatch',
      fields: [
        { path: 'confirmPassword', message: 'La confirmation ne correspond pas au nouveau mot de passe.' },
      ],
    });
  }
  const verdict = checkPassword(
    input.newPassword,
    { username: account.username, email: account.email, displayName: account.display_name },
    { compositionRule: deps.config.PASSWORD_COMPOSITION_RULE },
  );
  if (!verdict.accepted) {
    throw new AppError('VALIDATION', verdict.reasons[0] ?? 'Mot de passe refusé.', {
      reason: 'password_policy',
      reasons: verdict.reasons,
      fields: [{ path: 'newPassword', message: verdict.reasons.join(' ') }],
    });
  }
}

async function verifyCurrentPassword(
  deps: AppDeps,
  userId: number,
  password: string,
  caller: Caller,
  event: string,
) {
  const now = deps.clock.now();
  const account = await repo.findAccountById(deps.db, userId);
  if (!account?.password_hash)
    throw new AppError('UNAUTHENTICATED', 'Votre session a expiré. Veuillez vous reconnecter.');
  const locked = await isLocked(deps.db, accountKey(userId), now);
  const ok = (await verifyPassword(account.password_hash, password)) && !locked;
  if (!ok) {
    if (!locked) await recordFailure(deps.db, accountKey(userId), now);
    await audit(deps.db, now, {
      event,
      outcome: 'failure',
      actor: { userId, orgId: account.organisation_id, ip: caller.ip, label: account.username },
      details: { reason: locked ? 'locked' : 'wrong_current_password' },
    });
    throw new AppError('VALIDATION', 'Le mot de passe actuel est incorrect.', {
      reason: 'current_password',
      fields: [{ path: 'currentPassword', message: 'Le mot de passe actuel est incorrect.' }],
    });
  }
  return account;
}

/** « Modifier le mot de passe » (S3). */
export async function changePassword(
  deps: AppDeps,
  user: { id: number; sessionIdHash: string },
  input: { currentPassword: string; newPassword: string; confirmPassword: string },
  caller: Caller,
): Promise<void> {
  const account = await verifyCurrentPassword(
    deps,
    user.id,
    input.currentPassword,
    caller,
    'auth.password_change',
  );
  assertNewPassword(deps, input, account);
  if (input.newPassword === input.currentPassword) {
    throw new AppError('VALIDATION', "Le nouveau mot de passe doit être différent de l'actuel.", {
      reason: 'password_policy',
      reasons: ["Le nouveau mot de passe doit être différent de l'actuel."],
    });
  }
  const hash = await hashPassword(input.newPassword);
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await repo.setPassword(tx, user.id, hash, now);
    const revoked = await revokeOtherSessions(tx, now, user.id, user.sessionIdHash);
    await repo.deleteIdpSessions(tx, user.id);
    await audit(tx, now, {
      event: 'auth.password_change',
      actor: { userId: user.id, orgId: account.organisation_id, ip: caller.ip, label: account.username },
      details: { revokedSessions: revoked },
    });
    await queueMail(tx, now, securityMail(localeOf(account.locale), account.email, 'password_changed', now));
  });
}

export function passwordStrength(
  deps: AppDeps,
  password: string,
  context: { username?: string | null; email?: string | null; displayName?: string | null },
) {
  return checkPassword(password, context, { compositionRule: deps.config.PASSWORD_COMPOSITION_RULE });
}

/** The account behind a live reset or invitation link, for context words and the invitation page. */
export async function accountForToken(deps: AppDeps, token: string, purpose: 'reset' | 'invitation') {
  const row = await repo.findPasswordToken(deps.db, sha256Hex(token), purpose, deps.clock.now());
  return row ? repo.findAccountById(deps.db, row.user_id) : undefined;
}

/** « Mot de passe oublié ? »: mails a single-use 30-minute link when the account exists; says nothing either way. */
export async function forgotPassword(deps: AppDeps, identifier: string, caller: Caller): Promise<void> {
  const now = deps.clock.now();
  const account = await repo.findAccountByIdentifier(deps.db, identifier);
  if (account?.status !== 'active') {
    await audit(deps.db, now, {
      event: 'auth.password_forgot',
      outcome: 'failure',
      actor: { ip: caller.ip },
      details: { reason: 'unknown_account' },
    });
    return;
  }
  const token = randomToken(32);
  await deps.db.transaction(async (tx) => {
    await repo.putPasswordToken(tx, {
      hash: sha256Hex(token),
      userId: account.id,
      purpose: 'reset',
      now,
      expiresAt: new Date(now.getTime() + RESET_TOKEN_MS),
    });
    await audit(tx, now, {
      event: 'auth.password_forgot',
      actor: { userId: account.id, orgId: account.organisation_id, ip: caller.ip, label: account.username },
    });
    const link = `${deps.config.PUBLIC_URL}/connexion/reinitialisation?jeton=${token}`;
    await queueMail(
      tx,
      now,
      resetLinkMail(localeOf(account.locale), account.email, account.display_name, link),
    );
  });
}

/** Sets a password from a reset or invitation link; MFA is still required at the next sign-in. */
export async function setPasswordWithToken(
  deps: AppDeps,
  purpose: 'reset' | 'invitation',
  input: { token: string; newPassword: string; confirmPassword: string },
  caller: Caller,
): Promise<void> {
  const now = deps.clock.now();
  const tokenHash = sha256Hex(input.token);
  const row = await repo.findPasswordToken(deps.db, tokenHash, purpose, now);
  const account = row ? await repo.findAccountById(deps.db, row.user_id) : undefined;
  if (!account || account.status === 'disabled') {
    await audit(deps.db, now, {
      event: `auth.${purpose}`,
      outcome: 'failure',
      actor: { ip: caller.ip },
      details: { reason: 'invalid_token' },
    });
    throw new AppError(
      'VALIDATION',
      'Ce lien est invalide, expiré ou déjà utilisé. Demandez-en un nouveau.',
      { reason: 'token' },
    );
  }
  assertNewPassword(deps, input, account);
  const hash = await hashPassword(input.newPassword);
  await deps.db.transaction(async (tx) => {
    if (!(await repo.usePasswordToken(tx, tokenHash, now))) {
      throw new AppError(
        'VALIDATION',
        'Ce lien est invalide, expiré ou déjà utilisé. Demandez-en un nouveau.',
        { reason: 'token' },
      );
    }
    await repo.setPassword(tx, account.id, hash, now, purpose === 'invitation');
    await revokeOtherSessions(tx, now, account.id, null);
    // Proving control of the mailbox lifts a lock (including the one after 100 failures).
    await repo.clearThrottle(tx, accountKey(account.id));
    await repo.deleteIdpSessions(tx, account.id);
    await audit(tx, now, {
      event: `auth.${purpose}`,
      actor: { userId: account.id, orgId: account.organisation_id, ip: caller.ip, label: account.username },
    });
    if (purpose === 'reset') {
      await queueMail(tx, now, securityMail(localeOf(account.locale), account.email, 'password_reset', now));
    }
  });
}

/** Mails an invitation link to an account created by an administrator (status 'invited'). */
export async function createInvitation(deps: AppDeps, input: { userId: number }): Promise<void> {
  const now = deps.clock.now();
  const account = await repo.findAccountById(deps.db, input.userId);
  if (!account) throw new AppError('NOT_FOUND', 'Utilisateur introuvable.');
  const token = randomToken(32);
  await deps.db.transaction(async (tx) => {
    await repo.putPasswordToken(tx, {
      hash: sha256Hex(token),
      userId: account.id,
      purpose: 'invitation',
      now,
      expiresAt: new Date(now.getTime() + INVITATION_TOKEN_MS),
    });
    await audit(tx, now, {
      event: 'auth.invitation_sent',
      objectType: 'user',
      objectId: account.id,
      details: {},
    });
    const link = `${deps.config.PUBLIC_URL}/connexion/invitation?jeton=${token}`;
    await queueMail(
      tx,
      now,
      invitationMail(localeOf(account.locale), account.email, account.display_name, account.username, link),
    );
  });
}

// --- MFA reset from the profile (S17) ---------------------------------------------------------

export async function startMfaReset(
  deps: AppDeps,
  userId: number,
  currentPassword: string,
  caller: Caller,
): Promise<EnrolmentMaterial> {
  const account = await verifyCurrentPassword(deps, userId, currentPassword, caller, 'auth.mfa_reset');
  const secret = newTotpSecret();
  await repo.replacePendingDevice(
    deps.db,
    userId,
    sealTotpSecret(deps.masterKey, userId, secret),
    deps.clock.now(),
  );
  return enrolmentMaterial(secret, account.username);
}

export async function confirmMfaReset(
  deps: AppDeps,
  user: { id: number; username: string; sessionIdHash: string },
  code: string,
  caller: Caller,
): Promise<string[]> {
  const account = await repo.findAccountById(deps.db, user.id);
  if (!account) throw new AppError('UNAUTHENTICATED', 'Votre session a expiré. Veuillez vous reconnecter.');
  const codes = await activatePending(deps, { user_id: user.id, username: user.username }, code, caller);
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const revoked = await revokeOtherSessions(tx, now, user.id, user.sessionIdHash);
    await repo.deleteIdpSessions(tx, user.id);
    await audit(tx, now, {
      event: 'auth.mfa_reset',
      actor: { userId: user.id, orgId: account.organisation_id, ip: caller.ip, label: user.username },
      details: { revokedSessions: revoked },
    });
    await queueMail(tx, now, securityMail(localeOf(account.locale), account.email, 'mfa_reset', now));
  });
  return codes;
}

export async function securityStatus(deps: AppDeps, userId: number) {
  const [device, left, account] = await Promise.all([
    repo.findDevice(deps.db, userId, 'active'),
    repo.countRecoveryCodes(deps.db, userId),
    repo.findAccountById(deps.db, userId),
  ]);
  return {
    mfaEnrolled: !!device,
    mfaActivatedAt: device?.activated_at?.toISOString() ?? null,
    recoveryCodesLeft: left,
    passwordChangedAt: account?.password_changed_at?.toISOString() ?? null,
    compositionRule: deps.config.PASSWORD_COMPOSITION_RULE,
  };
}
