// An organisation administrator's limited view of the administration console (S32): `mic.admin`
// (demo data, administrateur organisation of the MIC) sees only the MIC's users and organisation,
// edits only the MIC's procedures (the others' definitions are readable, marked « lecture seule »),
// has no platform-only tab (Référentiels, Courriels émis), and a link to another organisation's
// user gives the translated refusal — no data — while a link to one of theirs opens the record.
import { expect, type Page, test } from '@playwright/test';
import { expectNoA11yViolations } from './support/a11y';
import { signIn, signOut } from './support/auth';
import { switchLanguage } from './support/language';

/** Texts of one column of a table's body rows. */
const columnTexts = (page: Page, table: string, column: number) =>
  page
    .getByRole('table', { name: table })
    .locator('tbody tr')
    .evaluateAll(
      (rows, i) => rows.map((r) => r.querySelectorAll('td')[i]?.textContent?.trim() ?? ''),
      column,
    );

test('mic.admin manages only the MIC: users, organisation, procedures; no platform tab; another organisation’s user is refused', async ({
  page,
}) => {
  test.setTimeout(300_000);
  // Another organisation's user id, as a platform administrator sees it.
  await signIn(page, 'admin.plateforme');
  const found = await (await page.request.get('/api/admin/users?q=onssa.agent')).json();
  const onssaAgent = found.users.find((u: { username: string }) => u.username === 'onssa.agent');
  expect(onssaAgent.organisationCode).toBe('ONSSA');
  await signOut(page);

  await signIn(page, 'mic.admin');
  await page.goto('/portail/administration');
  const tabs = page.getByRole('tablist');
  await expect(tabs.getByRole('tab')).toHaveText([
    'Utilisateurs',
    'Organisations',
    'Procédures',
    "Journal d'audit",
  ]);
  await expect(page.getByRole('tab', { name: 'Référentiels' })).toHaveCount(0);
  await expect(page.getByRole('tab', { name: 'Courriels émis' })).toHaveCount(0);

  // Users: the MIC's only (mic.agent among them, no ONSSA account).
  const users = page.getByRole('table', { name: 'Utilisateurs' });
  await expect(users.getByRole('cell', { name: 'mic.agent', exact: true })).toBeVisible();
  const orgs = await columnTexts(page, 'Utilisateurs', 2);
  expect(orgs.length).toBeGreaterThan(3);
  expect(new Set(orgs)).toEqual(new Set(['MIC']));
  await expect(users.getByText('onssa.agent')).toHaveCount(0);
  await page.waitForLoadState('networkidle');
  await expectNoA11yViolations(page);

  // A platform-only tab asked for in the URL is not shown: the console falls back to Utilisateurs.
  await page.goto('/portail/administration?onglet=referentiels');
  await expect(page.getByRole('tab', { name: 'Utilisateurs', selected: true })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Pays' })).toHaveCount(0);

  // Organisations: the MIC alone.
  await page.getByRole('tab', { name: 'Organisations' }).click();
  await expect(page.getByText("Ministère de l'Industrie et du Commerce").first()).toBeVisible();
  await expect(page.getByText('ONSSA')).toHaveCount(0);

  // Procedures: the MIC's are editable; another organisation's is read only, without « Modifier ».
  await page.getByRole('tab', { name: 'Procédures' }).click();
  const catalogue = page.getByRole('table', { name: 'Catalogue des procédures' });
  const row = (code: string) =>
    catalogue.getByRole('row').filter({ has: page.getByText(code, { exact: true }) });
  await expect(row('DFD')).not.toContainText('lecture seule');
  await expect(row('SPS')).toContainText('lecture seule');
  await page.getByRole('button', { name: 'Consulter la procédure SPS' }).click();
  await expect(page.getByRole('heading', { name: /^SPS — / })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Modifier SPS' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Consulter la procédure DFD' }).click();
  await expect(page.getByRole('button', { name: 'Modifier DFD' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expectNoA11yViolations(page);

  // A link to one of their users opens the record…
  const mine = (await (await page.request.get('/api/admin/users?q=mic.agent2')).json()).users[0];
  await page.goto(`/portail/administration?onglet=utilisateurs&utilisateur=${mine.id}`);
  const drawer = page.getByRole('dialog', { name: mine.displayName });
  await expect(drawer).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(drawer).toHaveCount(0);
  await expect(page).not.toHaveURL(/utilisateur=/);

  // …a link to another organisation's user gives the refusal, and nothing of that user.
  const refused = page.waitForResponse((r) => r.url().endsWith(`/api/admin/users/${onssaAgent.id}`));
  await page.goto(`/portail/administration?onglet=utilisateurs&utilisateur=${onssaAgent.id}`);
  expect((await refused).status()).toBe(404);
  const alert = page.getByRole('alert').filter({ hasText: 'Utilisateur introuvable' });
  await expect(alert).toContainText('ne relève pas de votre organisation');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByText(onssaAgent.displayName)).toHaveCount(0);
  await expect(page.getByText('onssa.agent')).toHaveCount(0);
  await expectNoA11yViolations(page);
  await page.screenshot({ path: 'test-results/admin-organisation-refused.png', fullPage: true });
  await alert.getByRole('button', { name: 'Revenir à la liste' }).click();
  await expect(alert).toHaveCount(0);
  await expect(page).not.toHaveURL(/utilisateur=/);

  // The refusal in Arabic (right to left), then back to French for the next journeys.
  await switchLanguage(page, 'العربية');
  await page.goto(`/portail/administration?onglet=utilisateurs&utilisateur=${onssaAgent.id}`);
  const arabic = page.getByRole('alert').filter({ hasText: 'المستخدم غير موجود' });
  await expect(arabic).toContainText('لا ينتمي إلى مؤسستك');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByText('onssa.agent')).toHaveCount(0);
  await expectNoA11yViolations(page);
  await page.screenshot({ path: 'test-results/admin-organisation-refused-ar.png' });
  await switchLanguage(page, 'Français');
});
