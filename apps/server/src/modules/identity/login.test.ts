// Sign-in security through real HTTP: CAPTCHA, throttling, uniform errors, TOTP rules, enrolment,
// recovery codes, secrets at rest.
import { verify as argon2Verify } from '@node-rs/argon2';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sql } from '../../db/sql.ts';
import { createUser, type TestUser } from '../../test/harness.ts';
import {
  Browser,
  enrolDevice,
  type LiveApp,
  postJson,
  solveCaptcha,
  startLiveApp,
  startPortalLogin,
} from './test-helpers.ts';
import { hashRecoveryCode, TOTP_PERIOD, totpCode } from './totp.ts';

// Counts argon2 verifications (the real function still runs): S6 and S8 are about when one happens.
vi.mock('@node-rs/argon2', async (importOriginal) => {
  const original = await importOriginal<typeof import('@node-rs/argon2')>();
  return { ...original, verify: vi.fn(original.verify) };
});
const verifications = () => vi.mocked(argon2Verify).mock.calls.length;

let live: LiveApp;
beforeAll(async () => {
  live = await startLiveApp();
}, 180_000);
afterAll(async () => live?.close());

const STEP_MS = TOTP_PERIOD * 1000;

/** A fresh browser on the sign-in page; returns it with the interaction uid. */
async function onSignInPage() {
  const browser = new Browser(live.base);
  const uid = await startPortalLogin(browser);
  return { browser, uid };
}

async function passwordStep(user: { username: string; password: string }, captcha?: string) {
  const { browser, uid } = await onSignInPage();
  const res = await postJson(browser, `/api/id/interactions/${uid}/login`, {
    identifier: user.username,
    password: user.password,
    captcha: captcha ?? (await solveCaptcha(browser)),
  });
  return {
    browser,
    uid,
    res,
    body: (await res.json()) as {
      step?: string;
      error?: { code: string; message: string; details?: { reason?: string } };
    },
  };
}

async function auditCount(event: string, outcome: string, userId?: number) {
  const row = await live.db.one<{ n: number }>(sql`
    SELECT count(*)::int AS n FROM audit_log WHERE event = ${event} AND outcome = ${outcome}
       AND (${userId ?? null}::int IS NULL OR actor_user_id = ${userId ?? null})`);
  return row!.n;
}

describe('CAPTCHA', () => {
  it('S6: a login without a valid CAPTCHA solution is refused (400, reason captcha)', async () => {
    const user = await createUser(live.db);
    const before = verifications();
    for (const captcha of ['x', Buffer.from('{"challenge":{}}').toString('base64')]) {
      const { res, body } = await passwordStep(user, captcha);
      expect(res.status).toBe(400);
      expect(body.error?.details?.reason).toBe('captcha');
    }
    // Nothing reached the password check: no argon2 verification, no password event.
    expect(verifications()).toBe(before);
    expect(await auditCount('auth.password', 'failure', user.id)).toBe(0);
    expect(await auditCount('auth.password', 'success', user.id)).toBe(0);
  });

  it('S6: a replayed CAPTCHA solution is refused and logged', async () => {
    const user = await createUser(live.db);
    const browser = new Browser(live.base);
    const captcha = await solveCaptcha(browser);
    const first = await passwordStep(user, captcha);
    expect(first.res.status).toBe(200);
    const before = await auditCount('auth.captcha_replay', 'denied');
    const again = await passwordStep(user, captcha);
    expect(again.res.status).toBe(400);
    expect(again.body.error?.details?.reason).toBe('captcha');
    expect(await auditCount('auth.captcha_replay', 'denied')).toBe(before + 1);
  });

  it('S6: an expired CAPTCHA solution is refused', async () => {
    const user = await createUser(live.db);
    const captcha = await solveCaptcha(new Browser(live.base));
    live.clock.advance(11 * 60_000);
    const { res } = await passwordStep(user, captcha);
    expect(res.status).toBe(400);
  });

  it('S6: a tampered challenge (signature mismatch) is refused', async () => {
    const user = await createUser(live.db);
    const payload = JSON.parse(Buffer.from(await solveCaptcha(new Browser(live.base)), 'base64').toString());
    payload.challenge.parameters.cost = 1;
    payload.challenge.parameters.data.exp += 3600;
    const { res } = await passwordStep(user, Buffer.from(JSON.stringify(payload)).toString('base64'));
    expect(res.status).toBe(400);
  });
});

describe('password step', () => {
  it('S8: unknown user, wrong password and locked account get the same status and message, and the same cost (one argon2 verification)', async () => {
    const user = await createUser(live.db);
    const locked = await createUser(live.db);
    await enrolDevice(live, locked.id);
    for (let i = 0; i < 5; i++) await passwordStep({ username: locked.username, password: 'wrong-password' });
    const cases = {
      unknown: { username: 'personne.inconnue', password: 'whatever-123' },
      wrong: { username: user.username, password: 'wrong-password' },
      lockedOut: { username: locked.username, password: locked.password },
    };
    // Similar timing by construction: every case costs exactly one argon2id verification (a dummy
    // hash for unknown accounts), which dominates a sign-in (~30 ms against a few ms of SQL). It is
    // counted rather than timed: wall-clock figures on this shared 2-core machine swing by 10×.
    for (const [name, u] of Object.entries(cases)) {
      const { browser, uid } = await onSignInPage();
      const captcha = await solveCaptcha(browser);
      const calls = verifications();
      const res = await postJson(browser, `/api/id/interactions/${uid}/login`, {
        identifier: u.username,
        password: u.password,
        captcha,
      });
      expect(verifications() - calls, name).toBe(1);
      expect(res.status, name).toBe(401);
      const body = (await res.json()) as { error: { message: string; details: unknown } };
      expect(body.error.message, name).toBe('Identifiant ou mot de passe incorrect.');
      expect(body.error.details, name).toEqual({ reason: 'credentials' });
    }
  });

  it('S7: after 5 failures in 15 minutes the account is soft-locked, every failure is logged, and it reopens later', async () => {
    const user = await createUser(live.db);
    await enrolDevice(live, user.id);
    for (let i = 0; i < 5; i++) {
      const { res } = await passwordStep({ username: user.username, password: `wrong-${i}` });
      expect(res.status).toBe(401);
    }
    expect(await auditCount('auth.password', 'failure', user.id)).toBe(5);
    const blocked = await passwordStep(user);
    expect(blocked.res.status).toBe(401);
    expect(await auditCount('auth.password', 'failure', user.id)).toBe(6);
    live.clock.advance(16 * 60_000);
    const ok = await passwordStep(user);
    expect(ok.res.status).toBe(200);
    expect(ok.body.step).toBe('mfa');
  });

  it('S7: never more than 100 consecutive failures: the account then stays locked until a password reset', async () => {
    const user = await createUser(live.db);
    await enrolDevice(live, user.id);
    // 99 failures already spread over days (soft locks expired in between).
    await live.db.query(sql`
      INSERT INTO auth_throttle (account_key, failures, window_started_at, locked_until, consecutive)
      VALUES (${`user:${user.id}`}, 0, ${live.clock.now()}, NULL, 99)`);
    expect((await passwordStep({ username: user.username, password: 'wrong' })).res.status).toBe(401);
    live.clock.advance(24 * 3600_000);
    expect((await passwordStep(user)).res.status).toBe(401);
    // A reset by the mailed link lifts it.
    const { setPasswordWithToken } = await import('./service.ts');
    const { putPasswordToken } = await import('./repo.ts');
    const { sha256Hex } = await import('../../platform/crypto.ts');
    const now = live.clock.now();
    await putPasswordToken(live.db, {
      hash: sha256Hex('jeton-de-test-0123456789'),
      userId: user.id,
      purpose: 'reset',
      now,
      expiresAt: new Date(now.getTime() + 60_000),
    });
    const fresh = 'Nouveau départ au MIC 2026 !';
    await setPasswordWithToken(
      live.deps,
      'reset',
      { token: 'jeton-de-test-0123456789', newPassword: fresh, confirmPassword: fresh },
      { ip: null },
    );
    expect((await passwordStep({ username: user.username, password: fresh })).res.status).toBe(200);
  });

  it('S7: failures spread beyond the 15-minute window do not lock the account', async () => {
    const user = await createUser(live.db);
    await enrolDevice(live, user.id);
    for (let i = 0; i < 4; i++) await passwordStep({ username: user.username, password: 'wrong' });
    live.clock.advance(16 * 60_000);
    for (let i = 0; i < 4; i++) await passwordStep({ username: user.username, password: 'wrong' });
    expect((await passwordStep(user)).res.status).toBe(200);
  });

  it('S1: a password with one more character (P + "x") does not sign in as P; a prefix does not either', async () => {
    const long = `${'Longue phrase de passe très sûre — ñ 🙂 '.repeat(3)}`.slice(0, 100);
    const user = await createUser(live.db, { password: long });
    expect((await passwordStep({ username: user.username, password: `${long}x` })).res.status).toBe(401);
    expect((await passwordStep({ username: user.username, password: long.slice(0, 72) })).res.status).toBe(
      401,
    );
    expect((await passwordStep({ username: user.username, password: long })).res.status).toBe(200);
  });

  it('sign-in accepts the e-mail as identifier, case-insensitively', async () => {
    const user = await createUser(live.db);
    const { res } = await passwordStep({ username: user.email.toUpperCase(), password: user.password });
    expect(res.status).toBe(200);
  });

  it('S4: a hash with weaker parameters is upgraded at sign-in', async () => {
    const { hash } = await import('@node-rs/argon2');
    const user = await createUser(live.db);
    const weak = await hash(user.password, { algorithm: 2, memoryCost: 4096, timeCost: 1, parallelism: 1 });
    await live.db.query(sql`UPDATE app_user SET password_hash = ${weak} WHERE id = ${user.id}`);
    expect((await passwordStep(user)).res.status).toBe(200);
    const row = await live.db.one<{ password_hash: string }>(
      sql`SELECT password_hash FROM app_user WHERE id = ${user.id}`,
    );
    expect(row!.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });
});

describe('MFA step', () => {
  async function toMfa(user: TestUser) {
    const r = await passwordStep(user);
    expect(r.body.step).toBe('mfa');
    return r;
  }
  const sendCode = (r: { browser: Browser; uid: string }, code: string) =>
    postJson(r.browser, `/api/id/interactions/${r.uid}/mfa`, { code });

  it('S11: a TOTP code is accepted once; a second use is refused and logged', async () => {
    const user = await createUser(live.db);
    const secret = await enrolDevice(live, user.id);
    live.clock.advance(STEP_MS);
    const code = totpCode(secret, live.clock.now());
    expect((await sendCode(await toMfa(user), code)).status).toBe(200);
    const replay = await sendCode(await toMfa(user), code);
    expect(replay.status).toBe(401);
    const row = await live.db.one<{ details: { reason: string } }>(sql`
      SELECT details FROM audit_log WHERE event = 'auth.mfa' AND outcome = 'failure' AND actor_user_id = ${user.id} ORDER BY id DESC LIMIT 1`);
    expect(row!.details.reason).toBe('replayed_code');
  });

  it('S12: codes one step away are accepted; two steps away are refused', async () => {
    const user = await createUser(live.db);
    const secret = await enrolDevice(live, user.id);
    live.clock.advance(10 * STEP_MS);
    const now = live.clock.now().getTime();
    expect((await sendCode(await toMfa(user), totpCode(secret, new Date(now - 2 * STEP_MS)))).status).toBe(
      401,
    );
    expect((await sendCode(await toMfa(user), totpCode(secret, new Date(now - STEP_MS)))).status).toBe(200);
    expect((await sendCode(await toMfa(user), totpCode(secret, new Date(now + 2 * STEP_MS)))).status).toBe(
      401,
    );
    expect((await sendCode(await toMfa(user), totpCode(secret, new Date(now + STEP_MS)))).status).toBe(200);
  });

  it('S10: wrong MFA codes are throttled and share the failure counter with passwords', async () => {
    const user = await createUser(live.db);
    const secret = await enrolDevice(live, user.id);
    for (let i = 0; i < 3; i++) await passwordStep({ username: user.username, password: 'wrong' });
    const r = await toMfa(user);
    expect((await sendCode(r, '000000')).status).toBe(401);
    expect((await sendCode(r, '111111')).status).toBe(401);
    // Five failures in all: even the right code is now refused, with the same answer.
    live.clock.advance(STEP_MS);
    const blocked = await sendCode(r, totpCode(secret, live.clock.now()));
    expect(blocked.status).toBe(401);
    expect(((await blocked.json()) as { error: { message: string } }).error.message).toBe(
      'Code de vérification invalide ou expiré.',
    );
    expect((await passwordStep(user)).res.status).toBe(401);
  });

  it('S9: the code step needs the password step of the same transaction', async () => {
    const user = await createUser(live.db);
    const secret = await enrolDevice(live, user.id);
    const { browser, uid } = await onSignInPage();
    const res = await postJson(browser, `/api/id/interactions/${uid}/mfa`, {
      code: totpCode(secret, live.clock.now()),
    });
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { details: { reason: string } } }).error.details.reason).toBe(
      'interaction_expired',
    );
  });
});

describe('first-time enrolment and recovery codes', () => {
  it('S15/S16: no-store QR made by the server, active only after a first valid code, ten hashed single-use recovery codes', async () => {
    const user = await createUser(live.db);
    const r = await passwordStep(user);
    expect(r.body.step).toBe('enrol');
    const state = await (await r.browser.fetch(`/api/id/interactions/${r.uid}`)).json();
    expect(state.step).toBe('enrol');
    const enrol = await r.browser.fetch(`/api/id/interactions/${r.uid}/enrolment`);
    expect(enrol.headers.get('cache-control')).toBe('no-store');
    const material = (await enrol.json()) as { qrCodeDataUrl: string; secret: string; otpauthUri: string };
    expect(material.qrCodeDataUrl).toMatch(/^data:image\/png;base64,/);
    const secret = material.secret.replace(/\s/g, '');
    expect(secret.length).toBeGreaterThanOrEqual(32); // 32 base32 characters = 160 bits (S14)
    expect(material.otpauthUri).toContain('issuer=Portnet');
    // Reloading keeps the same pending secret (the QR stays valid).
    const again = (await (await r.browser.fetch(`/api/id/interactions/${r.uid}/enrolment`)).json()) as {
      secret: string;
    };
    expect(again.secret).toBe(material.secret);
    // Not active yet: the MFA step does not accept it.
    const device = await live.db.one<{ status: string }>(
      sql`SELECT status FROM totp_device WHERE user_id = ${user.id}`,
    );
    expect(device!.status).toBe('pending');
    const wrong = await postJson(r.browser, `/api/id/interactions/${r.uid}/enrolment`, { code: '000000' });
    expect(wrong.status).toBe(401);
    const ok = await postJson(r.browser, `/api/id/interactions/${r.uid}/enrolment`, {
      code: totpCode(secret, live.clock.now()),
    });
    expect(ok.status).toBe(200);
    const body = (await ok.json()) as { recoveryCodes: string[]; redirectTo: string };
    expect(body.recoveryCodes).toHaveLength(10);
    expect(new Set(body.recoveryCodes).size).toBe(10);
    const { url } = await r.browser.follow(body.redirectTo);
    expect(url).toBe(`${live.base}/portail/tableau-de-bord`);

    // Stored hashed only.
    const stored = await live.db.query<{ code_hash: string }>(
      sql`SELECT code_hash FROM recovery_code WHERE user_id = ${user.id}`,
    );
    expect(stored).toHaveLength(10);
    for (const code of body.recoveryCodes) {
      expect(stored.some((s) => s.code_hash.includes(code.replace('-', '')))).toBe(false);
      expect(stored.some((s) => s.code_hash === hashRecoveryCode(code))).toBe(true);
    }

    // A recovery code replaces a device code, once.
    const next = await passwordStep(user);
    expect(next.body.step).toBe('mfa');
    const used = await postJson(next.browser, `/api/id/interactions/${next.uid}/mfa`, {
      code: body.recoveryCodes[0].toUpperCase(),
    });
    expect(used.status).toBe(200);
    const reuse = await passwordStep(user);
    expect(
      (
        await postJson(reuse.browser, `/api/id/interactions/${reuse.uid}/mfa`, {
          code: body.recoveryCodes[0],
        })
      ).status,
    ).toBe(401);
  });

  it('S14: TOTP secrets are sealed at rest; a dump of the identity tables holds no base32 secret', async () => {
    const user = await createUser(live.db);
    const secret = await enrolDevice(live, user.id);
    const rows = await live.db.query<{ t: string }>(sql`
      SELECT row_to_json(d)::text AS t FROM totp_device d
      UNION ALL SELECT row_to_json(p)::text FROM oidc_payload p
      UNION ALL SELECT row_to_json(a)::text FROM audit_log a
      UNION ALL SELECT row_to_json(o)::text FROM outbox o`);
    const dump = rows.map((r) => r.t).join('\n');
    expect(dump).not.toContain(secret);
    const sealed = await live.db.one<{ secret_sealed: string }>(
      sql`SELECT secret_sealed FROM totp_device WHERE user_id = ${user.id} AND status = 'active'`,
    );
    expect(sealed!.secret_sealed).toMatch(/^v1\./);
  });

  it('« Annuler » as a plain link (GET) also returns to the portal', async () => {
    const { browser, uid } = await onSignInPage();
    const { url } = await browser.follow(`/api/id/interactions/${uid}/abort`);
    expect(url).toBe(`${live.base}/?erreur=connexion`);
  });

  it('abort sends the browser back to the portal with access_denied', async () => {
    const { browser, uid } = await onSignInPage();
    const res = await postJson(browser, `/api/id/interactions/${uid}/abort`, {});
    expect(res.status).toBe(200);
    const { redirectTo } = (await res.json()) as { redirectTo: string };
    const { url } = await browser.follow(redirectTo);
    expect(url).toBe(`${live.base}/?erreur=connexion`);
  });
});

describe('requests from another site', () => {
  it('S27: sign-in endpoints refuse cross-site requests', async () => {
    const { browser, uid } = await onSignInPage();
    const res = await browser.fetch(`/api/id/interactions/${uid}/login`, {
      method: 'POST',
      json: { identifier: 'a', password: 'b', captcha: 'c' },
      headers: { 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' },
    });
    expect(res.status).toBe(403);
  });
});
