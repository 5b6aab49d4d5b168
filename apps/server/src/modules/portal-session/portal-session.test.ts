// The portal as an OIDC client: cookie attributes (S19), state/nonce/PKCE bound to the browser
// (S25), same-origin returnTo only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../db/sql.ts';
import { sessionCookieName } from '../../platform/auth.ts';
import { createTestContext, createUser, type TestUser } from '../../test/harness.ts';
import {
  Browser,
  enrolDevice,
  type LiveApp,
  postJson,
  signInThroughPortal,
  solveCaptcha,
  startLiveApp,
  startPortalLogin,
} from '../identity/test-helpers.ts';
import { totpCode } from '../identity/totp.ts';
import { safeReturnTo } from './oidc-client.ts';
import { portalCookieOptions } from './routes.ts';

let live: LiveApp;
let user: TestUser;
let secret: string;

beforeAll(async () => {
  live = await startLiveApp();
  user = await createUser(live.db);
  secret = await enrolDevice(live, user.id);
}, 180_000);
afterAll(async () => live?.close());

describe('portal session cookie', () => {
  it('S19: over https the cookie is __Host-, Secure, HttpOnly, SameSite=Lax, without Domain', async () => {
    const ctx = await createTestContext({ config: { PUBLIC_URL: 'https://portail.portnet.ma' } });
    try {
      expect(sessionCookieName(ctx.deps)).toBe('__Host-mic_session');
      const options = portalCookieOptions(ctx.deps, false);
      expect(options).toEqual({ path: '/', httpOnly: true, sameSite: 'lax', secure: true });
      expect(portalCookieOptions(ctx.deps, true).maxAge).toBe(12 * 3600);
    } finally {
      await ctx.close();
    }
  });

  it('S19: in plain-http local mode the cookie is HttpOnly, SameSite=Lax, path /, without Domain nor Secure', async () => {
    live.clock.advance(30_000);
    const browser = new Browser(live.base);
    await signInThroughPortal(live, browser, { ...user, totpSecret: secret });
    const set = browser.setCookieHeaders.find(
      (c) => c.startsWith('mic_session=') && !c.startsWith('mic_session=;'),
    )!;
    expect(set).toMatch(/HttpOnly/);
    expect(set).toMatch(/SameSite=Lax/);
    expect(set).toMatch(/Path=\//);
    expect(set).not.toMatch(/Domain=/i);
  });
});

describe('S25: state, nonce and PKCE verifier bound to the browser', () => {
  async function codeFor(browser: Browser) {
    live.clock.advance(30_000);
    const uid = await startPortalLogin(browser);
    await postJson(browser, `/api/id/interactions/${uid}/login`, {
      identifier: user.username,
      password: user.password,
      captcha: await solveCaptcha(browser),
    });
    const mfa = await postJson(browser, `/api/id/interactions/${uid}/mfa`, {
      code: totpCode(secret, live.clock.now()),
    });
    const { redirectTo } = (await mfa.json()) as { redirectTo: string };
    const { url } = await browser.follow(redirectTo, /\/api\/auth\/callback/);
    return url;
  }

  it('the transaction cookie is HttpOnly, SameSite=Lax, scoped to the callback and short-lived', async () => {
    const browser = new Browser(live.base);
    await browser.fetch('/api/auth/login');
    const tx = browser.setCookieHeaders.find((c) => c.startsWith('mic_oidc_tx='))!;
    expect(tx).toMatch(/HttpOnly/);
    expect(tx).toMatch(/SameSite=Lax/);
    expect(tx).toMatch(/Path=\/api\/auth\/callback/);
    expect(Number(/Max-Age=(\d+)/.exec(tx)![1])).toBeLessThanOrEqual(600);
  });

  it('S20: the authorization request carries max_age = the idle limit, so single sign-on cannot reopen an idle-expired session', async () => {
    const res = await new Browser(live.base).fetch('/api/auth/login');
    const location = new URL(res.headers.get('location')!);
    expect(location.searchParams.get('max_age')).toBe('1800');
    expect(location.searchParams.get('code_challenge_method')).toBe('S256');
    // Portnet ID honours it: max_age=0 forces the sign-in page even with a live Portnet ID session.
    live.clock.advance(30_000);
    const browser = new Browser(live.base);
    await signInThroughPortal(live, browser, { ...user, totpSecret: secret });
    const auth = new URL(location);
    auth.searchParams.set('max_age', '0');
    const { url } = await browser.follow(auth.href, /\/connexion\//);
    expect(url).toMatch(/\/connexion\//);
  });

  it('a callback carried to another browser (no transaction cookie) opens no session', async () => {
    const victim = new Browser(live.base);
    const callbackUrl = await codeFor(victim);
    const attacker = new Browser(live.base);
    const res = await attacker.fetch(callbackUrl);
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/?erreur=connexion');
    expect(attacker.cookies.get('mic_session')).toBeUndefined();
  });

  it('a callback whose state was altered is refused', async () => {
    const browser = new Browser(live.base);
    const callbackUrl = new URL(await codeFor(browser));
    callbackUrl.searchParams.set('state', 'autre-etat');
    const res = await browser.fetch(callbackUrl.href);
    expect(res.headers.get('location')).toBe('/?erreur=connexion');
    expect(browser.cookies.get('mic_session')).toBeUndefined();
    const audit = await live.db.one<{ details: { reason: string } }>(sql`
      SELECT details FROM audit_log WHERE event = 'portal.login' AND outcome = 'failure' ORDER BY id DESC LIMIT 1`);
    expect(audit!.details.reason).toBe('callback_refused');
  });
});

describe('returnTo', () => {
  it('keeps same-origin paths only', () => {
    expect(safeReturnTo('/portail/demandes?etat=soumise', '/x')).toBe('/portail/demandes?etat=soumise');
    for (const bad of [
      'https://evil.example/',
      '//evil.example',
      '/\\evil.example',
      'javascript:alert(1)',
      '/a\r\nSet-Cookie: x',
      undefined,
    ]) {
      expect(safeReturnTo(bad, '/portail/tableau-de-bord')).toBe('/portail/tableau-de-bord');
    }
    const origin = 'http://127.0.0.1:3000';
    expect(safeReturnTo(`${origin}/portail/demandes?p=2`, '/x', origin)).toBe('/portail/demandes?p=2');
    expect(safeReturnTo('https://evil.example/portail', '/x', origin)).toBe('/x');
    expect(safeReturnTo('http://127.0.0.1:3000.evil.example/', '/x', origin)).toBe('/x');
    expect(safeReturnTo('//evil.example/x', '/x', origin)).toBe('/x');
  });

  it('the sign-in comes back to the page asked for', async () => {
    live.clock.advance(30_000);
    const browser = new Browser(live.base);
    const url = await signInThroughPortal(
      live,
      browser,
      { ...user, totpSecret: secret },
      {
        start: '/api/auth/login?returnTo=%2Fportail%2Fdemandes',
      },
    );
    expect(url).toBe(`${live.base}/portail/demandes`);
  });
});
