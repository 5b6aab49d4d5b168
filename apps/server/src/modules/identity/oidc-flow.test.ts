// The whole sign-in through real HTTP: portal → Portnet ID → CAPTCHA, password, TOTP → code →
// tokens → portal session; SSO into a demo portal; logout of both; OIDC protocol checks.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../db/sql.ts';
import { decrypt } from '../../platform/crypto.ts';
import { createUser, type TestUser } from '../../test/harness.ts';
import { portalClientSecret } from './oidc.ts';
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

let live: LiveApp;
let user: TestUser;
let secret: string;

beforeAll(async () => {
  live = await startLiveApp();
  user = await createUser(live.db, { org: 'MIC', roles: ['agent_instructeur'] });
  secret = await enrolDevice(live, user.id);
}, 180_000);
afterAll(async () => live?.close());

const sessionCookie = 'mic_session';

describe('OIDC round trip', () => {
  it('S9: login → MFA → code → token → portal session; the ID token carries amr pwd+otp', async () => {
    const browser = new Browser(live.base);
    const url = await signInThroughPortal(live, browser, { ...user, totpSecret: secret });
    expect(url).toBe(`${live.base}/portail/tableau-de-bord`);
    expect(browser.cookies.get(sessionCookie)).toBeTruthy();
    const me = await browser.fetch('/api/session');
    expect(me.status).toBe(200);
    const body = (await me.json()) as { user: { username: string } };
    expect(body.user.username).toBe(user.username);
    const row = await live.db.one<{ id_token: string }>(sql`
      SELECT id_token FROM portal_session WHERE user_id = ${user.id} AND revoked_at IS NULL ORDER BY created_at DESC LIMIT 1`);
    const claims = JSON.parse(Buffer.from(row!.id_token.split('.')[1], 'base64url').toString());
    expect(claims.amr).toEqual(['pwd', 'otp']);
    expect(claims.iss).toBe(`${live.base}/id`);
    expect(claims.aud).toBe('portail-mic');
  });

  it('S9: a correct password alone creates no session and no authorization code', async () => {
    const browser = new Browser(live.base);
    const uid = await startPortalLogin(browser);
    const before = await live.db.one<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM oidc_payload WHERE kind IN ('AuthorizationCode', 'Session') AND payload->>'accountId' IS NOT NULL`,
    );
    const login = await postJson(browser, `/api/id/interactions/${uid}/login`, {
      identifier: user.username,
      password: user.password,
      captcha: await solveCaptcha(browser),
      remember: false,
    });
    expect(login.status).toBe(200);
    expect(await login.json()).toEqual({ step: 'mfa' });
    // Resuming the flow without the second factor goes back to the sign-in page, not to a code.
    const { url } = await browser.follow(`/id/auth/${uid}`, /\/connexion\//);
    expect(url).not.toContain('code=');
    const after = await live.db.one<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM oidc_payload WHERE kind IN ('AuthorizationCode', 'Session') AND payload->>'accountId' IS NOT NULL`,
    );
    expect(after!.n).toBe(before!.n);
    expect(browser.cookies.get(sessionCookie)).toBeUndefined();
  });

  it('S18: the session identifier changes at login, the previous one is revoked', async () => {
    const browser = new Browser(live.base);
    await signInThroughPortal(
      live,
      browser,
      { ...user, totpSecret: secret },
      { codeAt: new Date(live.clock.now().getTime() + 30_000) },
    );
    const first = browser.cookies.get(sessionCookie)!;
    // Signing in again in the same browser (Portnet ID session still open: no password asked).
    const { url } = await browser.follow('/api/auth/login');
    expect(url).toBe(`${live.base}/portail/tableau-de-bord`);
    const second = browser.cookies.get(sessionCookie)!;
    expect(second).not.toBe(first);
    const old = await live.app.inject({
      method: 'GET',
      url: '/api/session',
      headers: { cookie: `${sessionCookie}=${first}` },
    });
    expect(old.statusCode).toBe(401);
  });

  it('SSO: the demo Portail Banques signs in without a password, then logout ends Portnet ID too (S22)', async () => {
    live.clock.advance(90_000);
    const browser = new Browser(live.base);
    await signInThroughPortal(live, browser, { ...user, totpSecret: secret });
    const { url } = await browser.follow('/api/demo-portals/banques/login');
    expect(url).toBe(`${live.base}/portails/banques`);
    const me = (await (await browser.fetch('/api/demo-portals/banques/me')).json()) as {
      user: { username: string; amr: string[] };
    };
    expect(me.user.username).toBe(user.username);
    expect(me.user.amr).toEqual(['pwd', 'otp']);

    // Portal logout: the old cookie gives 401 and the IdP session ends.
    const session = (await (await browser.fetch('/api/session')).json()) as { csrfToken: string };
    const oldCookie = browser.cookies.get(sessionCookie)!;
    const out = await browser.fetch('/api/auth/logout', {
      method: 'POST',
      headers: { 'x-csrf-token': session.csrfToken },
    });
    expect(out.status).toBe(200);
    const { redirectTo } = (await out.json()) as { redirectTo: string };
    expect(redirectTo).toContain('/id/session/end');
    const old = await live.app.inject({
      method: 'GET',
      url: '/api/session',
      headers: { cookie: `${sessionCookie}=${oldCookie}` },
    });
    expect(old.statusCode).toBe(401);
    // The confirmation page posts its form (the browser's script does it); we post it here.
    const page = await browser.fetch(redirectTo);
    const html = await page.text();
    const action = /action="([^"]+)"/.exec(html)![1];
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(html)![1];
    const confirm = await browser.fetch(action.startsWith('http') ? action : `${live.base}${action}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ xsrf, logout: 'yes' }).toString(),
    });
    expect(confirm.status).toBe(303);
    expect(confirm.headers.get('location')).toBe(`${live.base}/`);
    // Signing in to the other demo portal now asks for the password again.
    const again = await browser.follow('/api/demo-portals/douanes/login', /\/connexion\//);
    expect(again.url).toMatch(/\/connexion\//);
  });

  it('S21: without « Se souvenir de moi » the identity and portal cookies are browser-session cookies', async () => {
    live.clock.advance(90_000);
    const browser = new Browser(live.base);
    await signInThroughPortal(live, browser, { ...user, totpSecret: secret }, { remember: false });
    const idp = browser.setCookieHeaders.filter((c) => c.startsWith('portnet_id_session='));
    expect(idp.length).toBeGreaterThan(0);
    for (const c of idp) expect(c).not.toMatch(/expires=|max-age=/i);
    const portal = browser.setCookieHeaders.filter(
      (c) => c.startsWith(`${sessionCookie}=`) && !c.startsWith(`${sessionCookie}=;`),
    );
    for (const c of portal) {
      expect(c).not.toMatch(/max-age|expires/i);
      expect(c).toMatch(/HttpOnly/);
      expect(c).toMatch(/SameSite=Lax/);
      expect(c).not.toMatch(/Domain=/i);
    }
  });

  it('S21: with « Se souvenir de moi » the cookies live at most the absolute limit, and MFA is still asked', async () => {
    live.clock.advance(90_000);
    const browser = new Browser(live.base);
    await signInThroughPortal(live, browser, { ...user, totpSecret: secret }, { remember: true });
    const portal = browser.setCookieHeaders.find(
      (c) => c.startsWith(`${sessionCookie}=`) && /max-age/i.test(c),
    );
    expect(Number(/Max-Age=(\d+)/i.exec(portal!)![1])).toBeLessThanOrEqual(12 * 3600);
    const idp = browser.setCookieHeaders.filter(
      (c) => c.startsWith('portnet_id_session=') && /expires=/i.test(c),
    );
    expect(idp.length).toBeGreaterThan(0);
    const exp = new Date(/expires=([^;]+)/i.exec(idp.at(-1)!)![1]).getTime();
    expect(exp - Date.now()).toBeLessThanOrEqual(12 * 3600 * 1000 + 5000);
    // A fresh sign-in (prompt=login) in the same browser still goes through the code step.
    const uid = await startPortalLogin(new Browser(live.base));
    expect(uid).toBeTruthy();
  });
});

describe('OIDC protocol', () => {
  const authorize = (params: Record<string, string>) =>
    fetch(`${live.base}/id/auth?${new URLSearchParams(params)}`, { redirect: 'manual' });
  const base = () => ({
    client_id: 'portail-mic',
    response_type: 'code',
    scope: 'openid',
    redirect_uri: `${live.base}/api/auth/callback`,
    state: 'abcdefgh',
    nonce: 'nonce123',
  });

  it('S23: an authorization request without PKCE or with plain is refused', async () => {
    const none = await authorize(base());
    expect(none.headers.get('location')).toMatch(/error=invalid_request/);
    const plain = await authorize({
      ...base(),
      code_challenge: 'a'.repeat(43),
      code_challenge_method: 'plain',
    });
    expect(plain.headers.get('location') ?? '').toMatch(/error=invalid_request/);
    const s256 = await authorize({
      ...base(),
      code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
      code_challenge_method: 'S256',
    });
    expect(s256.headers.get('location')).toMatch(/\/connexion\//);
  });

  it('S24: redirect_uri must match exactly', async () => {
    for (const redirect of [
      `${live.base}/api/auth/callback/`,
      `${live.base}/api/auth/callback?x=1`,
      'https://evil.example/api/auth/callback',
    ]) {
      const res = await authorize({
        ...base(),
        redirect_uri: redirect,
        code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
        code_challenge_method: 'S256',
      });
      expect(res.status).toBe(400);
      expect(await res.text()).toContain('redirect_uri');
    }
  });

  /** A fresh code for the portal, with the PKCE verifier the portal kept in its sealed cookie. */
  async function freshCode() {
    live.clock.advance(90_000);
    const browser = new Browser(live.base);
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
    const tx = JSON.parse(
      decrypt(live.deps.masterKey, browser.cookies.get('mic_oidc_tx')!, 'oidc-tx:portail-mic'),
    );
    return { code: new URL(url).searchParams.get('code')!, verifier: tx.verifier as string };
  }

  const token = (code: string, verifier: string) =>
    fetch(`${live.base}/id/token`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `Basic ${Buffer.from(`portail-mic:${portalClientSecret(live.deps, 'portail-mic')}`).toString('base64')}`,
      },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code,
        redirect_uri: `${live.base}/api/auth/callback`,
        code_verifier: verifier,
      }),
    });

  it('S24: an authorization code works once', async () => {
    const { code, verifier } = await freshCode();
    const first = await token(code, verifier);
    expect(first.status).toBe(200);
    expect(((await first.json()) as { id_token: string }).id_token).toBeTruthy();
    const second = await token(code, verifier);
    expect(second.status).toBe(400);
    expect(((await second.json()) as { error: string }).error).toBe('invalid_grant');
  });

  it('S23: the token endpoint refuses a wrong PKCE verifier', async () => {
    const { code } = await freshCode();
    const res = await token(code, 'x'.repeat(43));
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toBe('invalid_grant');
  });

  it('S24: an authorization code lives at most 60 s', async () => {
    const { code, verifier } = await freshCode();
    const ttl = await live.db.one<{ s: number }>(sql`
      SELECT (payload->>'exp')::int - (payload->>'iat')::int AS s FROM oidc_payload
       WHERE kind = 'AuthorizationCode' AND id = ${code}`);
    expect(ttl!.s).toBeLessThanOrEqual(60);
    live.clock.advance(61_000);
    const expired = await token(code, verifier);
    expect(expired.status).toBe(400);
    expect(((await expired.json()) as { error: string }).error).toBe('invalid_grant');
  });

  it('S26: devInteractions off — no /id/interaction page is served', async () => {
    const res = await fetch(`${live.base}/id/interaction/abc`, { redirect: 'manual' });
    expect(res.status).toBe(404);
    const discovery = await (await fetch(`${live.base}/id/.well-known/openid-configuration`)).json();
    expect(discovery.issuer).toBe(`${live.base}/id`);
    expect(discovery.code_challenge_methods_supported).toEqual(['S256']);
  });
});
