// Password policy, change, forgotten-password and invitation links (mail followed through a real
// local SMTP server), MFA reset from the profile.
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../db/sql.ts';
import { MAIL_TOPIC, sendMail } from '../../platform/mail.ts';
import { deliverDue, type OutboxHandler } from '../../platform/outbox.ts';
import { createUser, signInAs as harnessSignInAs, type SignedIn, type TestUser } from '../../test/harness.ts';
import { checkPassword } from './password-policy.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import { createInvitation } from './service.ts';
import {
  Browser,
  enrolDevice,
  freePort,
  type LiveApp,
  postJson,
  solveCaptcha,
  startLiveApp,
  startPortalLogin,
} from './test-helpers.ts';
import { TOTP_PERIOD, totpCode } from './totp.ts';

let live: LiveApp;
let smtp: SMTPServer;
const received: { to: string; raw: string }[] = [];

beforeAll(async () => {
  const smtpPort = await freePort();
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => {
        raw += chunk.toString('utf8');
      });
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address).join(','), raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(smtpPort, '127.0.0.1', resolve));
  live = await startLiveApp({ config: { SMTP_URL: `smtp://127.0.0.1:${smtpPort}` } });
}, 180_000);
afterAll(async () => {
  await live?.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

/** A portal session whose same-origin headers point at the live server's origin. */
async function signInAs(ctx: LiveApp, userId: number): Promise<SignedIn> {
  const s = await harnessSignInAs(ctx, userId);
  return { ...s, headers: { ...s.headers, origin: ctx.base } };
}

const deliverMail = () => deliverDue(live.deps, { [MAIL_TOPIC]: sendMail as OutboxHandler });

/** The mail body as text (quoted-printable soft breaks undone). */
function mailText(raw: string): string {
  const unfolded = raw.replace(/=\r?\n/g, '');
  const bytes = unfolded.replace(/=([0-9A-F]{2})/g, (_m, hex: string) =>
    String.fromCharCode(Number.parseInt(hex, 16)),
  );
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

async function lastMailTo(address: string) {
  await deliverMail();
  const mail = received.filter((m) => m.to === address).at(-1);
  if (!mail) throw new Error(`no mail to ${address}`);
  return mailText(mail.raw);
}

async function storedHash(userId: number) {
  return (await live.db.one<{ password_hash: string }>(
    sql`SELECT password_hash FROM app_user WHERE id = ${userId}`,
  ))!.password_hash;
}

const rule = { compositionRule: true };

describe('policy', () => {
  it('S1: under 8 characters is refused; 64 and 128 characters with spaces and Unicode are accepted', () => {
    expect(checkPassword('Ab1!xyz', {}, rule).accepted).toBe(false);
    expect(checkPassword('Ab1!xyz', {}, rule).reasons[0]).toContain('au moins 8 caractères');
    const p64 = 'Tajine aux pruneaux ç 2 épices ! '.repeat(2).slice(0, 64);
    expect([...p64].length).toBe(64);
    expect(checkPassword(p64, {}, rule)).toMatchObject({ accepted: true, reasons: [] });
    const p128 = `${'Éléphant rose à Fès, 7 ponts ☀ '.repeat(5)}`.slice(0, 128);
    expect(checkPassword(p128, {}, rule).accepted).toBe(true);
    expect(checkPassword(`${p128}x`, {}, rule).accepted).toBe(false);
  });

  it('S2: common and context passwords are refused with a reason in French', () => {
    const ctx = { username: 'karim.tazi', email: 'karim.tazi@mic.gov.ma', displayName: 'Karim Tazi' };
    for (const p of ['Password1!', 'Portnet2026!', 'Karim.Tazi2026!', 'karim.tazi@mic.gov.ma1A']) {
      const v = checkPassword(p, ctx, rule);
      expect(v.accepted, p).toBe(false);
      expect(v.reasons.length, p).toBeGreaterThan(0);
    }
    expect(checkPassword('Azerty123!', {}, rule).reasons.join(' ')).toMatch(/courant|deviner/);
  });

  it('S2: the composition rule is configurable', () => {
    const passphrase = 'cheval agrafe batterie correcte';
    expect(checkPassword(passphrase, {}, { compositionRule: true }).reasons.join(' ')).toContain(
      'une majuscule',
    );
    expect(checkPassword(passphrase, {}, { compositionRule: false }).accepted).toBe(true);
  });

  it('S2: POST /api/id/password/check gives the score and reasons for the strength meter', async () => {
    const browser = new Browser(live.base);
    const res = await postJson(browser, '/api/id/password/check', {
      password: 'Portnet2026!',
      username: 'mic.agent',
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { score: number; accepted: boolean; reasons: string[] };
    expect(body.accepted).toBe(false);
    expect(body.score).toBeLessThan(3);
    expect(body.reasons.length).toBeGreaterThan(0);
  });

  it('S4: argon2id with m=19456, t=2, p=1; the same password gives two different hashes', async () => {
    const a = await hashPassword('Un mot de passe');
    const b = await hashPassword('Un mot de passe');
    expect(a).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword(a, 'Un mot de passe')).toBe(true);
  });
});

describe('Modifier le mot de passe', () => {
  const NEW = 'Nouvelle-Phrase-Sûre 2026';

  it('S3: a wrong current password changes nothing; confirmation ≠ new is refused by the server', async () => {
    const user = await createUser(live.db);
    const me = await signInAs(live, user.id);
    const before = await storedHash(user.id);
    const wrong = await live.app.inject({
      method: 'POST',
      url: '/api/profile/password',
      headers: me.headers,
      payload: { currentPassword: 'pas le bon', newPassword: NEW, confirmPassword: NEW },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.details.reason).toBe('current_password');
    const mismatch = await live.app.inject({
      method: 'POST',
      url: '/api/profile/password',
      headers: me.headers,
      payload: { currentPassword: user.password, newPassword: NEW, confirmPassword: `${NEW}!` },
    });
    expect(mismatch.statusCode).toBe(400);
    expect(mismatch.json().error.details.reason).toBe('password_mismatch');
    const weak = await live.app.inject({
      method: 'POST',
      url: '/api/profile/password',
      headers: me.headers,
      payload: { currentPassword: user.password, newPassword: 'Password1!', confirmPassword: 'Password1!' },
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.details.reason).toBe('password_policy');
    expect(await storedHash(user.id)).toBe(before);
  });

  it('S3: on success the other sessions are revoked and the user is notified by mail', async () => {
    const user = await createUser(live.db);
    const me = await signInAs(live, user.id);
    const other = await signInAs(live, user.id);
    const res = await live.app.inject({
      method: 'POST',
      url: '/api/profile/password',
      headers: me.headers,
      payload: { currentPassword: user.password, newPassword: NEW, confirmPassword: NEW },
    });
    expect(res.statusCode).toBe(200);
    expect(
      (await live.app.inject({ url: '/api/session', headers: { cookie: other.cookie } })).statusCode,
    ).toBe(401);
    expect((await live.app.inject({ url: '/api/session', headers: { cookie: me.cookie } })).statusCode).toBe(
      200,
    );
    expect(await verifyPassword(await storedHash(user.id), NEW)).toBe(true);
    expect(await lastMailTo(user.email)).toContain('mot de passe de votre compte Portnet ID a été modifié');
  });

  it('S27: without the CSRF token, or from another site, the change is refused with 403', async () => {
    const user = await createUser(live.db);
    const me = await signInAs(live, user.id);
    const payload = { currentPassword: user.password, newPassword: NEW, confirmPassword: NEW };
    const noToken = await live.app.inject({
      method: 'POST',
      url: '/api/profile/password',
      headers: { cookie: me.cookie },
      payload,
    });
    expect(noToken.statusCode).toBe(403);
    const crossSite = await live.app.inject({
      method: 'POST',
      url: '/api/profile/password',
      payload,
      headers: { ...me.headers, 'sec-fetch-site': 'cross-site' },
    });
    expect(crossSite.statusCode).toBe(403);
    expect(await verifyPassword(await storedHash(user.id), user.password)).toBe(true);
  });

  it('S22: authenticated responses are no-store', async () => {
    const user = await createUser(live.db);
    const me = await signInAs(live, user.id);
    const res = await live.app.inject({ url: '/api/profile/security', headers: { cookie: me.cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.json()).toMatchObject({ mfaEnrolled: false, compositionRule: true });
  });
});

describe('Mot de passe oublié ?', () => {
  async function forgot(identifier: string) {
    const browser = new Browser(live.base);
    return postJson(browser, '/api/id/password/forgot', { identifier, captcha: await solveCaptcha(browser) });
  }

  it('always answers 202 with the same message, and mails a single-use link only to a real account (real SMTP)', async () => {
    const user = await createUser(live.db);
    const secret = await enrolDevice(live, user.id);
    const unknown = await forgot('personne@nulle.part');
    const known = await forgot(user.username);
    expect(unknown.status).toBe(202);
    expect(known.status).toBe(202);
    expect(await unknown.json()).toEqual(await known.json());

    const text = await lastMailTo(user.email);
    const link = /(http:\/\/127\.0\.0\.1:\d+\/connexion\/reinitialisation\?jeton=[A-Za-z0-9_-]+)/.exec(
      text,
    )![1];
    const token = new URL(link).searchParams.get('jeton')!;
    // Stored hashed only.
    expect(JSON.stringify(await live.db.query(sql`SELECT * FROM password_token`))).not.toContain(token);

    const browser = new Browser(live.base);
    const status = await (await browser.fetch(`/api/id/tokens/${token}?purpose=reset`)).json();
    expect(status).toMatchObject({ valid: true, username: user.username });
    const NEW = 'Reprise du compte 2026 !';
    const reset = await postJson(browser, '/api/id/password/reset', {
      token,
      newPassword: NEW,
      confirmPassword: NEW,
    });
    expect(reset.status).toBe(200);
    expect(((await reset.json()) as { redirectTo: string }).redirectTo).toBe('/api/auth/login');
    // Single use.
    const again = await postJson(browser, '/api/id/password/reset', {
      token,
      newPassword: `${NEW}x`,
      confirmPassword: `${NEW}x`,
    });
    expect(again.status).toBe(400);
    expect(((await again.json()) as { error: { details: { reason: string } } }).error.details.reason).toBe(
      'token',
    );
    expect(await lastMailTo(user.email)).toContain('a été réinitialisé');

    // MFA is still required afterwards.
    const b2 = new Browser(live.base);
    const uid = await startPortalLogin(b2);
    const login = await postJson(b2, `/api/id/interactions/${uid}/login`, {
      identifier: user.username,
      password: NEW,
      captcha: await solveCaptcha(b2),
    });
    expect(await login.json()).toEqual({ step: 'mfa' });
    const mfa = await postJson(b2, `/api/id/interactions/${uid}/mfa`, {
      code: totpCode(secret, live.clock.now()),
    });
    expect(mfa.status).toBe(200);
  });

  it('a reset link expires after 30 minutes', async () => {
    const user = await createUser(live.db);
    await forgot(user.email);
    const token = /jeton=([A-Za-z0-9_-]+)/.exec(await lastMailTo(user.email))![1];
    live.clock.advance(31 * 60_000);
    const browser = new Browser(live.base);
    const res = await postJson(browser, '/api/id/password/reset', {
      token,
      newPassword: 'Trop tard pour ça 2026 !',
      confirmPassword: 'Trop tard pour ça 2026 !',
    });
    expect(res.status).toBe(400);
  });

  it('S6: the forgotten-password form needs a CAPTCHA too', async () => {
    const browser = new Browser(live.base);
    expect(
      (await postJson(browser, '/api/id/password/forgot', { identifier: 'x', captcha: 'y' })).status,
    ).toBe(400);
  });
});

describe('invitation', () => {
  it('an invited account sets its first password from the mailed link, then enrols MFA at first sign-in', async () => {
    const user = await createUser(live.db, { status: 'invited' });
    await live.db.query(sql`UPDATE app_user SET password_hash = NULL WHERE id = ${user.id}`);
    await createInvitation(live.deps, { userId: user.id });
    const token = /\/connexion\/invitation\?jeton=([A-Za-z0-9_-]+)/.exec(await lastMailTo(user.email))![1];
    const browser = new Browser(live.base);
    const PASS = 'Premier jour au MIC 2026 !';
    const res = await postJson(browser, '/api/id/invitations/accept', {
      token,
      newPassword: PASS,
      confirmPassword: PASS,
    });
    expect(res.status).toBe(200);
    const row = await live.db.one<{ status: string }>(sql`SELECT status FROM app_user WHERE id = ${user.id}`);
    expect(row!.status).toBe('active');
    const uid = await startPortalLogin(browser);
    const login = await postJson(browser, `/api/id/interactions/${uid}/login`, {
      identifier: user.username,
      password: PASS,
      captcha: await solveCaptcha(browser),
    });
    expect(await login.json()).toEqual({ step: 'enrol' });
  });
});

describe('Réinitialiser MFA', () => {
  it('S17: requires re-authentication, the old device stops working, new recovery codes, notification, other sessions revoked', async () => {
    const user: TestUser = await createUser(live.db);
    const oldSecret = await enrolDevice(live, user.id);
    const me = await signInAs(live, user.id);
    const other = await signInAs(live, user.id);
    const wrong = await live.app.inject({
      method: 'POST',
      url: '/api/profile/mfa/reset',
      headers: me.headers,
      payload: { currentPassword: 'faux' },
    });
    expect(wrong.statusCode).toBe(400);
    expect(
      (await live.app.inject({ url: '/api/session', headers: { cookie: other.cookie } })).statusCode,
    ).toBe(200);

    const start = await live.app.inject({
      method: 'POST',
      url: '/api/profile/mfa/reset',
      headers: me.headers,
      payload: { currentPassword: user.password },
    });
    expect(start.statusCode).toBe(200);
    expect(start.headers['cache-control']).toBe('no-store');
    const newSecret = start.json().secret.replace(/\s/g, '');
    expect(newSecret).not.toBe(oldSecret);
    // Until confirmed, the old device still works (S15) — the pending one is not active.
    const active = await live.db.query(
      sql`SELECT id FROM totp_device WHERE user_id = ${user.id} AND status = 'active'`,
    );
    expect(active).toHaveLength(1);

    live.clock.advance(TOTP_PERIOD * 1000);
    const confirm = await live.app.inject({
      method: 'POST',
      url: '/api/profile/mfa/confirm',
      headers: me.headers,
      payload: { code: totpCode(newSecret, live.clock.now()) },
    });
    expect(confirm.statusCode).toBe(200);
    expect(confirm.json().recoveryCodes).toHaveLength(10);
    expect(
      (await live.app.inject({ url: '/api/session', headers: { cookie: other.cookie } })).statusCode,
    ).toBe(401);
    expect((await live.app.inject({ url: '/api/session', headers: { cookie: me.cookie } })).statusCode).toBe(
      200,
    );
    expect(await lastMailTo(user.email)).toContain("l'ancien ne fonctionne plus");
    // Only the new recovery codes are live (S16: a new set voids the old one).
    const live10 = await live.db.one<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM recovery_code WHERE user_id = ${user.id} AND used_at IS NULL AND voided_at IS NULL`,
    );
    expect(live10!.n).toBe(10);

    // The old device no longer signs in; the new one does.
    live.clock.advance(TOTP_PERIOD * 1000);
    const browser = new Browser(live.base);
    const uid = await startPortalLogin(browser);
    await postJson(browser, `/api/id/interactions/${uid}/login`, {
      identifier: user.username,
      password: user.password,
      captcha: await solveCaptcha(browser),
    });
    expect(
      (
        await postJson(browser, `/api/id/interactions/${uid}/mfa`, {
          code: totpCode(oldSecret, live.clock.now()),
        })
      ).status,
    ).toBe(401);
    expect(
      (
        await postJson(browser, `/api/id/interactions/${uid}/mfa`, {
          code: totpCode(newSecret, live.clock.now()),
        })
      ).status,
    ).toBe(200);
  });
});
