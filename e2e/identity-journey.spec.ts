// The guide's sections I–III end to end in Chromium: from the public home page to the Portail MIC
// through Portnet ID (password, CAPTCHA, first MFA enrolment), « Modifier le mot de passe »,
// « Se déconnecter », signing in again with MFA; then the single sign-on into another portal.
import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { expectNoA11yViolations } from './support/a11y';
import {
  DEMO_PASSWORD,
  DEMO_TOTP_SECRET,
  nextTotpCode,
  signIn,
  signOut,
  solveCaptcha,
  submitCredentials,
  submitTotp,
} from './support/auth';

const NEW_PASSWORD = 'Quai-Tanger-Med-2026!';

const violations = async (page: Page, within?: string): Promise<string[]> => {
  const axe = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  const results = await (within ? axe.include(within) : axe).analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
};

/**
 * A page inside the portal shell: axe must find nothing in the page itself (strict); findings in
 * the shell around it (sidebar, header: other features) are reported as soft failures, so the
 * journey goes on and the report still names them.
 */
async function expectNoA11yViolationsInShell(page: Page): Promise<void> {
  const where = new URL(page.url()).pathname;
  expect(await violations(page, '#contenu'), `accessibility violations in the page ${where}`).toEqual([]);
  expect.soft(await violations(page), `accessibility violations in the shell around ${where}`).toEqual([]);
}

test('(a) home → Se connecter → Administrations → Portail MIC → first MFA enrolment → dashboard → Modifier le mot de passe → Se déconnecter → sign in again with MFA', async ({
  page,
}) => {
  test.setTimeout(420_000);
  const user = 'mic.nouveau';

  await page.goto('/');
  await page.getByRole('banner').getByRole('button', { name: 'Se connecter' }).click();
  await page
    .getByRole('dialog', { name: 'Se connecter' })
    .getByRole('listitem')
    .filter({ hasText: 'Administrations' })
    .getByRole('link', { name: 'Se connecter' })
    .click();
  await page
    .getByRole('article', { name: 'Portail MIC' })
    .getByRole('link', { name: /Accéder/ })
    .click();
  await page.waitForURL(/\/connexion\//);
  await submitCredentials(page, user);

  // First sign-in without a device: enrolment (QR code from our server and the secret as text).
  await expect(page.getByRole('heading', { name: "Activer l'authentification multifacteur" })).toBeVisible();
  const qr = page.getByRole('img', { name: /QR code à scanner/ });
  await expect(qr).toHaveAttribute('src', /^data:image\/png;base64,/);
  const secret = ((await page.getByTestId('totp-secret').textContent()) ?? '').replace(/\s/g, '');
  expect(secret).toMatch(/^[A-Z2-7]{32,}$/);
  await page.screenshot({ path: '/tmp/identity-enrolment.png', fullPage: true });
  await expectNoA11yViolations(page);

  // A wrong first code is refused with a French message and the field marked invalid.
  await page.getByLabel(/^Code affiché par l'application/).fill('000000');
  await page.getByRole('button', { name: "Confirmer l'appareil" }).click();
  await expect(page.getByTestId('error-summary')).toBeFocused();
  await expect(page.getByLabel(/^Code affiché par l'application/)).toHaveAttribute('aria-invalid', 'true');

  await page.getByLabel(/^Code affiché par l'application/).fill(await nextTotpCode(user, secret));
  await page.getByRole('button', { name: "Confirmer l'appareil" }).click();

  // The 10 recovery codes, shown once; continuing needs « J'ai conservé mes codes ».
  await expect(page.getByRole('heading', { name: 'Vos codes de secours' })).toBeVisible();
  const codes = await page.getByTestId('recovery-codes').getByRole('listitem').allTextContents();
  expect(codes).toHaveLength(10);
  expect(new Set(codes).size).toBe(10);
  await expect(page.getByRole('button', { name: 'Copier les codes' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Imprimer' })).toBeVisible();
  const proceed = page.getByRole('button', { name: 'Continuer vers le Portail MIC' });
  await expect(proceed).toBeDisabled();
  await expectNoA11yViolations(page);
  await page.getByLabel("J'ai conservé mes codes").check();
  await proceed.click();

  await page.waitForURL(/\/portail\/tableau-de-bord/);
  await expect(page.getByRole('heading', { level: 1, name: 'Tableau de bord' })).toBeVisible({
    timeout: 30_000,
  });
  await expectNoA11yViolationsInShell(page);

  // « Modifier le mot de passe » from the profile menu (guide, section III.A).
  await page.getByRole('button', { name: 'Menu du profil' }).click();
  await page.getByRole('menuitem', { name: 'Modifier le mot de passe' }).click();
  await expect(page).toHaveURL(/\/portail\/profil\/mot-de-passe$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Modifier le mot de passe' })).toBeVisible();
  await expect(page.getByLabel("Fil d'Ariane")).toHaveText(/Tableau de bord\s*›\s*Modifier le mot de passe/);
  const current = page.getByLabel(/^Mot de passe actuel/);
  const next = page.getByLabel(/^Nouveau mot de passe/);
  const confirm = page.getByLabel(/^Confirmer le nouveau mot de passe/);
  await expect(current).toHaveAttribute('placeholder', 'Entrez votre mot de passe actuel');
  await expect(next).toHaveAttribute('placeholder', 'Entrez votre nouveau mot de passe');
  await expect(confirm).toHaveAttribute('placeholder', 'Confirmez votre nouveau mot de passe');
  await expect(current).toHaveAttribute('autocomplete', 'current-password');
  await expect(next).toHaveAttribute('autocomplete', 'new-password');
  await expect(confirm).toHaveAttribute('autocomplete', 'new-password');
  for (const toggle of [
    'Afficher ou masquer le mot de passe actuel',
    'Afficher ou masquer le mot de passe',
    'Afficher ou masquer la confirmation du mot de passe',
  ]) {
    await expect(page.getByRole('button', { name: toggle, exact: true })).toBeVisible();
  }
  await expect(
    page.getByText(
      'Conseil sécurité : Choisissez un mot de passe fort : minimum 8 caractères, combinant lettres majuscules et minuscules, chiffres et caractères spéciaux.',
    ),
  ).toBeVisible();

  // The strength meter asks the server, which refuses a common password and says why (S2, S5).
  await next.fill('Password1!');
  const meter = page.getByTestId('password-strength');
  await expect(meter.getByRole('list', { name: 'Motifs de refus' })).toBeVisible();
  await expect(meter).toContainText(/Très faible|Faible/);
  await page.screenshot({ path: '/tmp/identity-change-password.png', fullPage: true });

  // Confirmation ≠ new: the summary is focused and links to the field, which is marked invalid.
  await current.fill(DEMO_PASSWORD);
  await next.fill(NEW_PASSWORD);
  await confirm.fill(`${NEW_PASSWORD}x`);
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  const summary = page.getByTestId('error-summary');
  await expect(summary).toBeFocused();
  await expect(confirm).toHaveAttribute('aria-invalid', 'true');
  await summary.getByRole('link', { name: /Confirmer le nouveau mot de passe/ }).click();
  await expect(confirm).toBeFocused();

  // A wrong current password is refused by the server and changes nothing.
  await current.fill('Pas-le-bon-2026!');
  await confirm.fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(current).toHaveAttribute('aria-invalid', 'true');

  await current.fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('status').filter({ hasText: /mot de passe/i })).toBeVisible();
  await expect(current).toHaveValue('');
  await expectNoA11yViolationsInShell(page);

  // « Se déconnecter » ends the portal and the Portnet ID sessions: the portal asks for sign-in again.
  await signOut(page);
  await page.goto('/portail/tableau-de-bord');
  await page.waitForURL(/\/connexion\//);
  await submitCredentials(page, user, { password: NEW_PASSWORD });
  await expect(page.getByRole('heading', { name: 'Vérification en deux étapes' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Utiliser un code de secours' })).toBeVisible();
  await page.screenshot({ path: '/tmp/identity-mfa.png', fullPage: true });
  await expectNoA11yViolations(page);
  await submitTotp(page, user, secret);
  await page.waitForURL(/\/portail\/tableau-de-bord/);
  await expect(page.getByRole('heading', { level: 1, name: 'Tableau de bord' })).toBeVisible({
    timeout: 30_000,
  });

  // A recovery code replaces the device's code, once.
  await signOut(page);
  await page.goto('/portail/tableau-de-bord');
  await page.waitForURL(/\/connexion\//);
  await submitCredentials(page, user, { password: NEW_PASSWORD });
  await page.getByRole('button', { name: 'Utiliser un code de secours' }).click();
  await expect(page.getByLabel(/^Code de secours/)).toBeFocused();
  await page.getByLabel(/^Code de secours/).fill(codes[0]);
  await page.getByRole('button', { name: 'VALIDER' }).click();
  await page.waitForURL(/\/portail\/tableau-de-bord/);
  await expect(page.getByRole('heading', { level: 1, name: 'Tableau de bord' })).toBeVisible({
    timeout: 30_000,
  });
});

test('(b) signed in to the Portail MIC, opening the Portail Banques shows the user without asking a password (SSO)', async ({
  page,
}) => {
  test.setTimeout(300_000);
  await signIn(page, 'mic.chef');

  await page.goto('/nos-services/portails-administrations');
  await page
    .getByRole('article', { name: 'Portail Banques' })
    .getByRole('link', { name: /Accéder/ })
    .click();
  await expect(page.getByRole('heading', { name: "Vous n'êtes pas connecté(e) à ce portail" })).toBeVisible();

  const visited: string[] = [];
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) visited.push(frame.url());
  });
  await page.getByRole('link', { name: 'Se connecter avec Portnet ID' }).click();
  await page.waitForURL(/\/portails\/banques$/);
  await expect(page.getByRole('heading', { name: 'Vous êtes connecté(e)' })).toBeVisible();
  // No Portnet ID page was shown: neither password nor code was asked again.
  expect(visited.filter((u) => u.includes('/connexion/'))).toEqual([]);
  const who = page.getByTestId('sso-user');
  await expect(who).toContainText('Karim Tazi');
  await expect(who).toContainText('mic.chef');
  await expect(who).toContainText('mot de passe + code à usage unique (MFA)');
  await expectNoA11yViolations(page);

  // The portal session itself is untouched.
  await page.goto('/portail/tableau-de-bord');
  await expect(page.getByRole('heading', { level: 1, name: 'Tableau de bord' })).toBeVisible({
    timeout: 30_000,
  });
});

test('S8 on the page: an unknown account and a wrong password get the same French message; errors are summarised, focused and linked to their fields', async ({
  page,
}) => {
  test.setTimeout(300_000);
  await page.goto('/portail/tableau-de-bord');
  await page.waitForURL(/\/connexion\//);
  await expect(page.getByRole('heading', { name: 'Accéder à mon espace' })).toBeVisible();

  // Nothing filled: one summary, three links, each field marked invalid.
  await page.getByRole('button', { name: 'SE CONNECTER' }).click();
  const summary = page.getByTestId('error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveCount(3);
  await expect(page.getByLabel('IDENTIFIANT')).toHaveAttribute('aria-invalid', 'true');
  await summary.getByRole('link', { name: /^MOT DE PASSE/ }).click();
  await expect(page.getByLabel(/^MOT DE PASSE/)).toBeFocused();

  const attempt = async (identifier: string) => {
    await page.getByLabel('IDENTIFIANT').fill(identifier);
    await page.getByLabel(/^MOT DE PASSE/).fill('Pas-le-bon-2026!');
    await solveCaptcha(page);
    await page.getByRole('button', { name: 'SE CONNECTER' }).click();
    await expect(summary).toBeFocused();
    await expect(page.getByLabel(/^MOT DE PASSE/)).toHaveAttribute('aria-invalid', 'true');
    // The CAPTCHA is single use: the widget asks for a new proof.
    await expect(page.locator('altcha-widget [data-state="verified"]')).toHaveCount(0);
    return (await summary.textContent()) ?? '';
  };
  const unknown = await attempt('compte.inexistant');
  const wrong = await attempt('anrt.chef');
  expect(unknown).toContain('Identifiant ou mot de passe incorrect.');
  expect(wrong).toBe(unknown);
  await expectNoA11yViolations(page);
});

test('« Réinitialiser MFA »: re-authentication, a new device, new recovery codes; the next sign-in needs the new device', async ({
  page,
}) => {
  test.setTimeout(300_000);
  // An account no other spec uses: its demo device stops working here.
  const user = 'anef.chef';
  await signIn(page, user);
  await page.getByRole('button', { name: 'Menu du profil' }).click();
  await page.getByRole('menuitem', { name: 'Réinitialiser MFA' }).click();
  await expect(page).toHaveURL(/\/portail\/profil\/mfa$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Réinitialiser MFA' })).toBeVisible();
  await expect(page.getByLabel("Fil d'Ariane")).toHaveText(/Tableau de bord\s*›\s*Réinitialiser MFA/);

  // A wrong password is refused and no new secret is shown.
  const current = page.getByLabel(/^Mot de passe actuel/);
  await current.fill('Pas-le-bon-2026!');
  await page.getByRole('button', { name: 'Continuer' }).click();
  await expect(current).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('totp-secret')).toHaveCount(0);

  await current.fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Continuer' }).click();
  const secret = ((await page.getByTestId('totp-secret').textContent()) ?? '').replace(/\s/g, '');
  expect(secret).toMatch(/^[A-Z2-7]{32,}$/);
  expect(secret).not.toBe(DEMO_TOTP_SECRET);
  await expectNoA11yViolationsInShell(page);
  await page.getByLabel(/^Code affiché par l'application/).fill(await nextTotpCode(user, secret));
  await page.getByRole('button', { name: "Confirmer l'appareil" }).click();
  await expect(page.getByTestId('recovery-codes').getByRole('listitem')).toHaveCount(10);
  await page.getByLabel("J'ai conservé mes codes").check();
  await page.getByRole('button', { name: 'Terminer' }).click();
  await expect(page).toHaveURL(/\/portail\/tableau-de-bord/);

  // Next sign-in: the new device's code works.
  await signOut(page);
  await signIn(page, user, { totpSecret: secret });
  await expect(page.getByRole('heading', { level: 1, name: 'Tableau de bord' })).toBeVisible({
    timeout: 30_000,
  });
});
