// Signs in through the real UI, as a user would: the portal sends the browser to Portnet ID, the
// page takes the identifier, the password and the CAPTCHA (ALTCHA proof of work solved in the
// browser), then the TOTP code computed from the account's secret.
//
// A TOTP code is accepted once (S11): the server refuses a second code from the same 30-second
// step for the same account. The helper therefore remembers, per account, the last step it used
// (in a file next to the e2e server's data, so a restarted Playwright worker remembers too) and
// waits for the next step when needed.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { TOTP } from 'otpauth';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../../apps/server/src/db/seed/demo-users.ts';

export { DEMO_PASSWORD, DEMO_TOTP_SECRET };

const PERIOD_S = 30;
const STEPS_FILE = join(process.env.E2E_DATA_DIR ?? tmpdir(), 'e2e-totp-steps.json');

function readSteps(): Record<string, number> {
  try {
    return existsSync(STEPS_FILE) ? JSON.parse(readFileSync(STEPS_FILE, 'utf8')) : {};
  } catch {
    return {};
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A fresh TOTP code for `username` that the server has not seen yet: waits for the next 30 s step
 * when this account already used the current one. Records the step it returns.
 */
export async function nextTotpCode(username: string, secret: string = DEMO_TOTP_SECRET): Promise<string> {
  const last = readSteps()[username] ?? -1;
  let step = Math.floor(Date.now() / 1000 / PERIOD_S);
  if (step <= last) {
    const target = (last + 1) * PERIOD_S * 1000;
    // A little margin past the boundary so the server's clock is surely in the new step too.
    await sleep(target - Date.now() + 300);
    step = Math.floor(Date.now() / 1000 / PERIOD_S);
  }
  const totp = new TOTP({
    secret: secret.replace(/\s/g, ''),
    digits: 6,
    period: PERIOD_S,
    algorithm: 'SHA1',
  });
  const code = totp.generate({ timestamp: step * PERIOD_S * 1000 });
  writeFileSync(STEPS_FILE, JSON.stringify({ ...readSteps(), [username]: step }));
  return code;
}

/** Ticks « Je ne suis pas un robot » and waits until the proof of work is verified. */
export async function solveCaptcha(page: Page): Promise<void> {
  // Give the calling test room for the proof of work, so callers need not guess the machine's load.
  test.info().setTimeout(test.info().timeout + 100_000);
  const widget = page.locator('altcha-widget');
  await expect(widget.locator('input[type="checkbox"]')).toBeVisible();
  // The checkbox is covered by its own SVG: a forced click reaches it.
  await widget.locator('input[type="checkbox"]').click({ force: true });
  // Proof of work: seconds on an idle machine, much longer on a loaded CI runner (the widget itself
  // gives up after 90 s).
  await expect(page.locator('altcha-widget [data-state="verified"]')).toBeVisible({ timeout: 95_000 });
}

export interface SignInOptions {
  /** Default: the demo password. */
  password?: string;
  /** The account's TOTP secret (default: the demo one). */
  totpSecret?: string;
  /** Tick « Se souvenir de moi ». */
  remember?: boolean;
  /** Where to start; must lead to Portnet ID (default: /portail/tableau-de-bord). */
  startUrl?: string;
  /** The URL expected at the end (default: the dashboard). */
  expectUrl?: RegExp;
}

/** Fills the CONNEXION form (identifier, password, CAPTCHA) on the current sign-in page and submits. */
export async function submitCredentials(
  page: Page,
  username: string,
  opts: { password?: string; remember?: boolean } = {},
): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Accéder à mon espace' })).toBeVisible();
  await page.getByLabel('IDENTIFIANT').fill(username);
  await page.getByLabel(/^MOT DE PASSE/).fill(opts.password ?? DEMO_PASSWORD);
  await solveCaptcha(page);
  if (opts.remember) await page.getByLabel('Se souvenir de moi').check();
  await page.getByRole('button', { name: 'SE CONNECTER' }).click();
}

/** Types a fresh TOTP code on the MFA step and submits. */
export async function submitTotp(
  page: Page,
  username: string,
  secret: string = DEMO_TOTP_SECRET,
): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Vérification en deux étapes' })).toBeVisible();
  await page.getByLabel('Code de vérification').fill(await nextTotpCode(username, secret));
  await page.getByRole('button', { name: 'VALIDER' }).click();
}

/**
 * Signs `username` in to the Portail MIC through Portnet ID (password, CAPTCHA, TOTP) and waits
 * for the portal. For an account that has a device; see the identity e2e for the first enrolment.
 */
export async function signIn(page: Page, username: string, opts: SignInOptions = {}): Promise<void> {
  await page.goto(opts.startUrl ?? '/portail/tableau-de-bord');
  await page.waitForURL(/\/connexion\//);
  await submitCredentials(page, username, opts);
  await submitTotp(page, username, opts.totpSecret);
  await page.waitForURL(opts.expectUrl ?? /\/portail\/tableau-de-bord/);
}

/** « Se déconnecter » from the user menu; ends the portal and the Portnet ID sessions. */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Menu du profil' }).click();
  await page.getByRole('menuitem', { name: 'Se déconnecter' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/portail'));
}
