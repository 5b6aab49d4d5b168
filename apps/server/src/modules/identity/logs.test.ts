// What Portnet ID writes to logs: no development-key or in-memory-adapter warning at start (S26),
// no password, code, cookie or token in any log line, audited authentication events (S30).
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sql } from '../../db/sql.ts';
import { loggerOptions } from '../../platform/logging.ts';
import { createUser } from '../../test/harness.ts';
import {
  Browser,
  enrolDevice,
  type LiveApp,
  postJson,
  signInThroughPortal,
  solveCaptcha,
  startLiveApp,
  startPortalLogin,
} from './test-helpers.ts';
import { totpCode } from './totp.ts';

const lines: string[] = [];
const consoleLines: string[] = [];
let live: LiveApp;

beforeAll(async () => {
  for (const level of ['warn', 'info', 'log', 'error'] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      consoleLines.push(args.map(String).join(' '));
    });
  }
  const stream = new Writable({
    write(chunk, _enc, cb) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      cb();
    },
  });
  const options = loggerOptions('trace') as Record<string, unknown>;
  live = await startLiveApp({ logger: { ...options, stream } as never });
}, 180_000);
afterAll(async () => {
  await live?.close();
  vi.restoreAllMocks();
});

describe('logs', () => {
  it('S26: start-up with a real configuration logs no development-key nor in-memory-adapter warning', async () => {
    // Discovery and the JWKS exercise the keystore and the adapter.
    const discovery = await fetch(`${live.base}/id/.well-known/openid-configuration`);
    expect(discovery.status).toBe(200);
    const jwks = (await (await fetch(`${live.base}/id/jwks`)).json()) as {
      keys: { kid: string; d?: string }[];
    };
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0].d).toBeUndefined();
    const all = [...consoleLines, ...lines].join('\n');
    expect(all).not.toMatch(/development-only|in-memory adapter|devInteractions|oidc-provider WARNING/i);
    // The signing key is stored sealed, once.
    const row = await live.db.one<{ jwks_sealed: string }>(sql`SELECT jwks_sealed FROM oidc_signing_key`);
    expect(row!.jwks_sealed).toMatch(/^v1\./);
    expect(row!.jwks_sealed).not.toContain(jwks.keys[0].kid);
  });

  it('S30: a whole sign-in, failures included, leaves no password, code, cookie or token in the logs; events are audited', async () => {
    const user = await createUser(live.db, { password: 'Secret-Log-Probe 4242!' });
    const secret = await enrolDevice(live, user.id);
    // A failure with a CR/LF in the identifier cannot forge a log line.
    const b0 = new Browser(live.base);
    const uid0 = await startPortalLogin(b0);
    await postJson(b0, `/api/id/interactions/${uid0}/login`, {
      identifier: `${user.username}\r\n{"level":30,"msg":"forged"}`,
      password: 'Wrong-Log-Probe 999!',
      captcha: await solveCaptcha(b0),
    });
    await postJson(b0, `/api/id/interactions/${uid0}/login`, {
      identifier: user.username,
      password: user.password,
      captcha: await solveCaptcha(b0),
    });
    await postJson(b0, `/api/id/interactions/${uid0}/mfa`, { code: '123456' });

    const browser = new Browser(live.base);
    live.clock.advance(30_000);
    const code = totpCode(secret, live.clock.now());
    await signInThroughPortal(live, browser, { ...user, totpSecret: secret }, { codeAt: live.clock.now() });
    // The interaction uid is public by design (it is in the /connexion/<uid> URL); what binds it to
    // the browser is the signature cookie (name.sig), which must not leak.
    const cookieValues = [...browser.cookies]
      .filter(([name]) => !/^portnet_id_(interaction|resume)$/.test(name))
      .map(([, value]) => value);
    expect(cookieValues.length).toBeGreaterThan(2);
    const idToken = (await live.db.one<{ id_token: string }>(
      sql`SELECT id_token FROM portal_session WHERE user_id = ${user.id} ORDER BY created_at DESC LIMIT 1`,
    ))!.id_token;

    const all = lines.join('\n');
    expect(lines.length).toBeGreaterThan(10);
    for (const secretValue of [
      user.password,
      'Wrong-Log-Probe 999!',
      code,
      '123456',
      secret,
      idToken,
      ...cookieValues,
    ]) {
      expect(all).not.toContain(secretValue);
    }
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
    expect(lines.some((l) => JSON.parse(l).msg === 'forged')).toBe(false);

    const events = await live.db.query<{
      event: string;
      outcome: string;
      ip: string | null;
      details: unknown;
      at: Date;
    }>(sql`
      SELECT event, outcome, ip, details, at FROM audit_log WHERE actor_user_id = ${user.id} ORDER BY id`);
    const names = events.map((e) => `${e.event}:${e.outcome}`);
    expect(names).toEqual(
      expect.arrayContaining([
        'auth.password:success',
        'auth.mfa:failure',
        'auth.login:success',
        'portal.login:success',
      ]),
    );
    for (const e of events) {
      expect(e.ip).toBe('127.0.0.1');
      const text = JSON.stringify(e.details);
      for (const secretValue of [user.password, code, secret]) expect(text).not.toContain(secretValue);
    }
  });
});
