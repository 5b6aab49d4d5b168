// Portnet ID (the OpenID Connect provider mounted at /id) and the portal's sign-in, as seen by the
// web client. Every request and response body of the identity and portal-session modules.
//
// Sign-in journey (the browser only ever follows redirects; the pages call the JSON endpoints):
//   1. « SE CONNECTER » on a portal → GET /api/auth/login?returnTo=/portail/… (302 to /id/auth?…)
//   2. Portnet ID redirects to /connexion/<uid> (page of the web client). The page calls
//      GET /api/id/interactions/<uid> and shows the step named by `step`:
//        'login'  → CONNEXION form: POST /api/id/interactions/<uid>/login
//        'mfa'    → 6-digit code:   POST /api/id/interactions/<uid>/mfa
//        'enrol'  → first device:   GET  /api/id/interactions/<uid>/enrolment (QR + secret),
//                                   POST /api/id/interactions/<uid>/enrolment { code } → recovery codes,
//                                   then the page sends the browser to `redirectTo`.
//      Any response carrying `redirectTo` means: set window.location to it (it resumes the OIDC flow).
//   3. The portal's callback (/api/auth/callback) opens the portal session and redirects to returnTo
//      (or /portail/tableau-de-bord).
//
// Errors use the common body (`errorBody` in session.ts): { error: { code, message, requestId, details } }.
// Sign-in errors carry `details.reason` (one of IdentityErrorReason) so the page can focus the field.
// Writes on /api/id/* need no CSRF token (no portal session rides on them) but are refused from
// another site (Sec-Fetch-Site / Origin). Writes on /api/profile/* need the x-csrf-token header.
import { z } from 'zod';

/** Why a sign-in or password request was refused (`error.details.reason`). */
export const IDENTITY_ERROR_REASONS = [
  /** CAPTCHA missing, invalid, expired or already used (HTTP 400, code VALIDATION). */
  'captcha',
  /** Unknown identifier, wrong password or locked account: always the same message (HTTP 401). */
  'credentials',
  /** Wrong, replayed or expired MFA code, or account locked (HTTP 401). */
  'code',
  /** The sign-in transaction expired: restart from the portal (HTTP 404, code NOT_FOUND). */
  'interaction_expired',
  /** The new password breaks the policy; `details.reasons` lists why, in French (HTTP 400). */
  'password_policy',
  /** newPassword and confirmPassword differ (HTTP 400). */
  'password_mismatch',
  /** The current password given on a profile action is wrong (HTTP 400). */
  'current_password',
  /** Reset or invitation link unknown, used or expired (HTTP 400). */
  'token',
] as const;
export type IdentityErrorReason = (typeof IDENTITY_ERROR_REASONS)[number];

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;
export const TOTP_CODE_LENGTH = 6;
export const RECOVERY_CODE_COUNT = 10;

/** A password as typed: never trimmed nor truncated (S1). */
export const passwordField = z.string().min(1).max(1024);
export const newPasswordField = z.string().max(1024);

/** A TOTP code (6 digits) or a recovery code (xxxxx-xxxxx). Spaces are ignored by the server. */
export const mfaCodeField = z.string().trim().min(6).max(20);

/** The ALTCHA widget's payload (the hidden field `altcha`, base64 JSON). */
export const captchaField = z.string().min(1).max(4000);

// ----- CAPTCHA ---------------------------------------------------------------------------------

/**
 * GET /api/id/captcha/challenge → the ALTCHA challenge (altcha-lib v2 format), for the widget's
 * `challenge` attribute (URL). Opaque to the page: pass it to <altcha-widget> untouched.
 */
export const captchaChallengeResponse = z.looseObject({
  parameters: z.record(z.string(), z.unknown()),
  signature: z.string().optional(),
});
export type CaptchaChallengeResponse = z.infer<typeof captchaChallengeResponse>;

// ----- Interactions (the Portnet ID sign-in page /connexion/<uid>) -----------------------------

export const interactionStep = z.enum(['login', 'mfa', 'enrol']);
export type InteractionStep = z.infer<typeof interactionStep>;

/** GET /api/id/interactions/:uid */
export const interactionStateResponse = z.object({
  uid: z.string(),
  step: interactionStep,
  /** The portal asking for sign-in (e.g. { id: 'portail-mic', name: 'Portail MIC' }). */
  client: z.object({ id: z.string(), name: z.string() }),
  /** Identifier already typed (after the password step), for display only. */
  identifier: z.string().nullable(),
  /** The user's display name once the password was accepted (mfa / enrol steps). */
  displayName: z.string().nullable(),
  /** Where « Annuler » sends the browser (aborts the sign-in and returns to the portal). */
  abortUrl: z.string(),
});
export type InteractionStateResponse = z.infer<typeof interactionStateResponse>;

/** POST /api/id/interactions/:uid/login */
export const loginRequest = z.object({
  /** IDENTIFIANT: user name or e-mail. */
  identifier: z.string().trim().min(1).max(254),
  password: passwordField,
  /** The ALTCHA payload (S6: checked before any password hash is computed). */
  captcha: captchaField,
  /** « Se souvenir de moi »: persistent Portnet ID cookie (≤ absolute limit); MFA is still asked. */
  remember: z.boolean().default(false),
});
export type LoginRequest = z.input<typeof loginRequest>;

/** Response of login: the next step (never a session: S9). */
export const loginResponse = z.object({ step: z.enum(['mfa', 'enrol']) });
export type LoginResponse = z.infer<typeof loginResponse>;

/** POST /api/id/interactions/:uid/mfa: a TOTP code or a recovery code. */
export const mfaRequest = z.object({ code: mfaCodeField });
export type MfaRequest = z.infer<typeof mfaRequest>;

/** Response of mfa (and POST …/abort): send the browser there to finish the OIDC flow. */
export const redirectResponse = z.object({ redirectTo: z.string() });
export type RedirectResponse = z.infer<typeof redirectResponse>;

/**
 * GET /api/id/interactions/:uid/enrolment (Cache-Control: no-store) and
 * POST /api/profile/mfa/reset (after re-authentication): a new, not yet active TOTP secret.
 */
export const enrolmentResponse = z.object({
  /** PNG data URL of the otpauth:// URI, generated by the server (S15). */
  qrCodeDataUrl: z.string(),
  /** The base32 secret, grouped by 4 for manual entry. */
  secret: z.string(),
  /** The otpauth:// URI itself (for a « copier le lien » button on mobile). */
  otpauthUri: z.string(),
  issuer: z.string(),
  accountName: z.string(),
  digits: z.literal(6),
  periodSeconds: z.literal(30),
});
export type EnrolmentResponse = z.infer<typeof enrolmentResponse>;

/** POST /api/id/interactions/:uid/enrolment and POST /api/profile/mfa/confirm: the first code. */
export const enrolmentConfirmRequest = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/),
});
export type EnrolmentConfirmRequest = z.infer<typeof enrolmentConfirmRequest>;

/** The 10 recovery codes, shown once (S16). redirectTo only during sign-in (continue the flow). */
export const recoveryCodesResponse = z.object({
  recoveryCodes: z.array(z.string()).length(RECOVERY_CODE_COUNT),
  redirectTo: z.string().optional(),
});
export type RecoveryCodesResponse = z.infer<typeof recoveryCodesResponse>;

// ----- Passwords ---------------------------------------------------------------------------------

/** POST /api/id/password/check: strength meter (no authentication needed). */
export const passwordCheckRequest = z.object({
  password: newPasswordField,
  /** The user name typed so far (context words); the signed-in user's own is used when present. */
  username: z.string().max(254).optional(),
  /** A reset or invitation token: its account's user name and e-mail become context words. */
  token: z.string().max(200).optional(),
});
export type PasswordCheckRequest = z.infer<typeof passwordCheckRequest>;

export const passwordCheckResponse = z.object({
  /** zxcvbn score 0 (très faible) … 4 (très fort). */
  score: z.number().int().min(0).max(4),
  accepted: z.boolean(),
  /** Why it is refused, in French (empty when accepted). */
  reasons: z.array(z.string()),
  /** Hints to make it stronger, in French. */
  suggestions: z.array(z.string()),
});
export type PasswordCheckResponse = z.infer<typeof passwordCheckResponse>;

/** POST /api/profile/password (« Modifier le mot de passe »). */
export const changePasswordRequest = z.object({
  currentPassword: passwordField,
  newPassword: newPasswordField,
  confirmPassword: newPasswordField,
});
export type ChangePasswordRequest = z.infer<typeof changePasswordRequest>;

/** Success of profile actions and token actions. */
export const messageResponse = z.object({ message: z.string() });
export type MessageResponse = z.infer<typeof messageResponse>;

/** POST /api/id/password/forgot (« Mot de passe oublié ? »): always 202 with the same message. */
export const forgotPasswordRequest = z.object({
  identifier: z.string().trim().min(1).max(254),
  captcha: captchaField,
});
export type ForgotPasswordRequest = z.infer<typeof forgotPasswordRequest>;

/**
 * POST /api/id/password/reset (page /connexion/reinitialisation?jeton=…) and
 * POST /api/id/invitations/accept (page /connexion/invitation?jeton=…).
 * Success: { message, redirectTo: '/api/auth/login' } — the user signs in again, MFA included.
 */
export const tokenPasswordRequest = z.object({
  token: z.string().min(10).max(200),
  newPassword: newPasswordField,
  confirmPassword: newPasswordField,
});
export type TokenPasswordRequest = z.infer<typeof tokenPasswordRequest>;

export const tokenPasswordResponse = z.object({ message: z.string(), redirectTo: z.string() });
export type TokenPasswordResponse = z.infer<typeof tokenPasswordResponse>;

/** GET /api/id/tokens/:token?purpose=reset|invitation: whether a link is still usable (no side effect). */
export const tokenPurpose = z.enum(['reset', 'invitation']);
export const tokenStatusResponse = z.object({
  valid: z.boolean(),
  /** The account's user name (shown on the invitation page), when valid. */
  username: z.string().nullable(),
  displayName: z.string().nullable(),
});
export type TokenStatusResponse = z.infer<typeof tokenStatusResponse>;

// ----- Profile: MFA reset (« Réinitialiser MFA ») -------------------------------------------------

/** POST /api/profile/mfa/reset: re-authentication by password → a new pending secret (enrolmentResponse). */
export const mfaResetRequest = z.object({ currentPassword: passwordField });
export type MfaResetRequest = z.infer<typeof mfaResetRequest>;
// POST /api/profile/mfa/confirm { code } (enrolmentConfirmRequest) → recoveryCodesResponse; the old
// device stops working, other sessions are revoked, a notification is mailed.

/** GET /api/profile/security: what the profile page shows. */
export const securityStatusResponse = z.object({
  mfaEnrolled: z.boolean(),
  mfaActivatedAt: z.string().nullable(),
  recoveryCodesLeft: z.number().int(),
  passwordChangedAt: z.string().nullable(),
  /** Whether the guide's composition rule (upper, lower, digit, special) is enforced. */
  compositionRule: z.boolean(),
});
export type SecurityStatusResponse = z.infer<typeof securityStatusResponse>;

// ----- Portal sign-in and sign-out (portal-session module) -------------------------------------
// GET  /api/auth/login?returnTo=/portail/…  → 302 to Portnet ID (returnTo: same-origin path only)
// GET  /api/auth/callback                   → 302 to returnTo or /portail/tableau-de-bord
// POST /api/auth/logout (x-csrf-token)      → logoutResponse; the page sets window.location to redirectTo
//                                             (Portnet ID ends its session, then returns to /).

export const loginQuery = z.object({ returnTo: z.string().max(2000).optional() });

export const logoutResponse = z.object({ redirectTo: z.string() });
export type LogoutResponse = z.infer<typeof logoutResponse>;

// ----- Demo portals (prove single sign-on) -----------------------------------------------------
// GET  /api/demo-portals/:portal/login     → 302 to Portnet ID (no password when already signed in)
// GET  /api/demo-portals/:portal/callback  → 302 to /portails/banques or /portails/douanes
// GET  /api/demo-portals/:portal/me        → demoPortalMeResponse (200 even when signed out)
// POST /api/demo-portals/:portal/logout    → logoutResponse

export const DEMO_PORTALS = ['banques', 'douanes'] as const;
export const demoPortal = z.enum(DEMO_PORTALS);
export type DemoPortal = z.infer<typeof demoPortal>;

export const demoPortalMeResponse = z.object({
  portal: demoPortal,
  /** The portal's display name (« Portail Banques », « Portail Douanes »). */
  portalName: z.string(),
  /** null when nobody is signed in to this demo portal. */
  user: z
    .object({
      username: z.string(),
      displayName: z.string(),
      email: z.string(),
      organisation: z.string(),
      /** Authentication methods from the ID token (['pwd', 'otp']). */
      amr: z.array(z.string()),
      signedInAt: z.string(),
    })
    .nullable(),
});
export type DemoPortalMeResponse = z.infer<typeof demoPortalMeResponse>;
