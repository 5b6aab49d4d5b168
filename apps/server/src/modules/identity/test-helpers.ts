// Test support for Portnet ID: a real listening server (openid-client needs HTTP), a cookie jar
// over fetch, a CAPTCHA solver and the whole browser journey through the JSON endpoints.
import { createServer } from 'node:net';
import { solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';
import type { FastifyInstance } from 'fastify';
import { type BuildOptions, buildApp } from '../../app.ts';
import { createTestContext, type TestContext } from '../../test/harness.ts';
import { activateDevice, findDevice, replacePendingDevice } from './repo.ts';
import { newTotpSecret, sealTotpSecret, totpCode } from './totp.ts';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export interface LiveApp extends TestContext {
  app: FastifyInstance;
  base: string;
}

/** An app listening on 127.0.0.1 with PUBLIC_URL pointing at it; cheap CAPTCHA. */
export async function startLiveApp(
  options: { config?: Record<string, string>; logger?: BuildOptions['logger'] } = {},
): Promise<LiveApp> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const ctx = await createTestContext({ config: { PUBLIC_URL: base, CAPTCHA_COST: '1', ...options.config } });
  const app = await buildApp(ctx.deps, { logger: options.logger ?? false, serveWeb: false });
  await app.listen({ port, host: '127.0.0.1' });
  return {
    ...ctx,
    app,
    base,
    async close() {
      await app.close();
      await ctx.close();
    },
  };
}

/** A browser: cookies per name (path ignored: the tests use distinct names), manual redirects. */
export class Browser {
  readonly base: string;
  readonly cookies = new Map<string, string>();
  readonly setCookieHeaders: string[] = [];
  constructor(base: string) {
    this.base = base;
  }
  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
  async fetch(path: string, init: RequestInit & { json?: unknown } = {}): Promise<Response> {
    const url = path.startsWith('http') ? path : `${this.base}${path}`;
    const headers = new Headers(init.headers);
    if (this.cookies.size > 0) headers.set('cookie', this.cookieHeader());
    let body = init.body;
    if (init.json !== undefined) {
      headers.set('content-type', 'application/json');
      body = JSON.stringify(init.json);
    }
    if (init.method && init.method !== 'GET' && !headers.has('origin')) headers.set('origin', this.base);
    const res = await fetch(url, { ...init, headers, body, redirect: 'manual' });
    for (const c of res.headers.getSetCookie()) {
      this.setCookieHeaders.push(c);
      const [pair] = c.split(';');
      const i = pair.indexOf('=');
      const name = pair.slice(0, i).trim();
      const value = pair.slice(i + 1).trim();
      if (!value || /expires=Thu, 01 Jan 1970/i.test(c) || /max-age=0/i.test(c)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return res;
  }
  /** Follows redirects until a response that is not one, or until `stopAt` matches the location. */
  async follow(path: string, stopAt?: RegExp): Promise<{ res: Response; url: string }> {
    let url = path.startsWith('http') ? path : `${this.base}${path}`;
    for (let i = 0; i < 15; i++) {
      const res = await this.fetch(url);
      const location = res.headers.get('location');
      if (res.status < 300 || res.status >= 400 || !location) return { res, url };
      url = new URL(location, url).href;
      if (stopAt?.test(url)) return { res, url };
    }
    throw new Error('too many redirects');
  }
}

/** Solves a challenge from the server like the widget does, returning the `altcha` payload. */
export async function solveCaptcha(browser: Browser): Promise<string> {
  const challenge = await (await browser.fetch('/api/id/captcha/challenge')).json();
  const solution = await solveChallenge({ challenge, deriveKey });
  if (!solution) throw new Error('captcha not solved');
  return Buffer.from(JSON.stringify({ challenge, solution })).toString('base64');
}

/** Starts the portal sign-in and returns the interaction uid (browser is on /connexion/<uid>). */
export async function startPortalLogin(browser: Browser, start = '/api/auth/login'): Promise<string> {
  const { url } = await browser.follow(start, /\/connexion\//);
  const m = /\/connexion\/([^/?#]+)/.exec(url);
  if (!m) throw new Error(`not on the sign-in page: ${url}`);
  return m[1];
}

export const postJson = (
  browser: Browser,
  path: string,
  json: unknown,
  headers: Record<string, string> = {},
) => browser.fetch(path, { method: 'POST', json, headers });

/** The full journey for a user with an active device; returns the final URL reached. */
export async function signInThroughPortal(
  live: LiveApp,
  browser: Browser,
  user: { username: string; password: string; totpSecret: string },
  options: { remember?: boolean; start?: string; codeAt?: Date } = {},
): Promise<string> {
  const uid = await startPortalLogin(browser, options.start);
  const login = await postJson(browser, `/api/id/interactions/${uid}/login`, {
    identifier: user.username,
    password: user.password,
    captcha: await solveCaptcha(browser),
    remember: options.remember ?? false,
  });
  if (login.status !== 200) throw new Error(`login ${login.status} ${await login.text()}`);
  const mfa = await postJson(browser, `/api/id/interactions/${uid}/mfa`, {
    code: totpCode(user.totpSecret, options.codeAt ?? live.clock.now()),
  });
  if (mfa.status !== 200) throw new Error(`mfa ${mfa.status} ${await mfa.text()}`);
  const { redirectTo } = (await mfa.json()) as { redirectTo: string };
  const { url } = await browser.follow(redirectTo);
  return url;
}

/** Gives a user an active TOTP device directly (as the demo seeder does); returns its secret. */
export async function enrolDevice(
  ctx: TestContext,
  userId: number,
  secret = newTotpSecret(),
): Promise<string> {
  const now = ctx.clock.now();
  await replacePendingDevice(ctx.db, userId, sealTotpSecret(ctx.deps.masterKey, userId, secret), now);
  const pending = await findDevice(ctx.db, userId, 'pending');
  // Step 0: no code has been used yet.
  await activateDevice(ctx.db, userId, pending!.id, 0, now);
  return secret;
}
