// Guide §II: « Après connexion, le portail MIC s'affiche automatiquement et donne une vue globale
// des opérations d'importation et d'exportation ». After sign-in the Tableau de bord appears; for
// three filter choices its figures equal the totals of the lists they open; a click on a bar opens
// the matching list; axe finds nothing; screenshots (desktop and 390 px) for a human look.

import { expect, type Page, test } from '@playwright/test';
import { expectNoA11yViolations } from './support/a11y';
import { signIn } from './support/auth';

const digits = (s: string | null) => Number((s ?? '').replace(/\D/g, ''));

/** The list's own total, as the list page shows it and as its API counts it. */
async function listTotal(page: Page): Promise<number> {
  const total = page.getByText(/^\d[\d\s\u202f\u00a0]* demandes?$/);
  await expect(total).toBeVisible({ timeout: 30_000 });
  const shown = digits(await total.textContent());
  const url = new URL(page.url());
  const slug = url.pathname.split('/').pop();
  const code = slug === 'demande-de-franchise-douaniere' ? 'DFD' : undefined;
  if (code) {
    // The router writes string values that look like numbers as JSON (« "310" »): read them back.
    const qs = new URLSearchParams();
    for (const [k, v] of url.searchParams) qs.set(k, /^".*"$/.test(v) ? JSON.parse(v) : v);
    const res = await page.request.get(`/api/procedures/${code}/dossiers?${qs}`);
    const body = await res.json();
    expect(res.status(), JSON.stringify(body)).toBe(200);
    expect(body.total.count).toBe(shown);
  }
  return shown;
}

test.use({ actionTimeout: 30_000 });

test('the dashboard appears after sign-in, its figures equal the lists, a bar opens its list', async ({
  page,
}) => {
  test.setTimeout(300_000);
  await signIn(page, 'mic.chef');
  await expect(page.getByRole('heading', { level: 1, name: 'Tableau de bord' })).toBeVisible();
  const importSection = page.getByRole('region', { name: 'Importation' });
  await expect(importSection.getByText('Demandes reçues')).toBeVisible({ timeout: 30_000 });
  await expectNoA11yViolations(page);

  await page.setViewportSize({ width: 1366, height: 900 });
  await page.screenshot({ path: '/tmp/dash/dashboard-desktop.png', fullPage: true });

  // Three filter choices, each through the URL the filters write.
  const choices = [
    '?procedure=DFD',
    '?procedure=DFD&period=annee',
    '?procedure=DFD&period=personnalisee&submittedFrom=2025-01-01&submittedTo=2025-06-30&customsOffice=310',
  ];
  for (const qs of choices) {
    await page.goto(`/portail/tableau-de-bord${qs}`);
    for (const figure of ['Demandes reçues', 'Rejetées']) {
      const link = page.getByRole('link', { name: new RegExp(`^${figure} — Importation : ouvrir la liste`) });
      if (figure === 'Rejetées') {
        // The demo data are random: a narrow filter may have no rejection, and a zero is no link.
        await expect(page.getByRole('link', { name: /^Demandes reçues — Importation/ })).toBeVisible({
          timeout: 30_000,
        });
        if ((await link.count()) === 0) continue;
      }
      await expect(link).toBeVisible({ timeout: 30_000 });
      const value = digits(await link.textContent());
      expect(value).toBeGreaterThan(0);
      await link.click();
      await page.waitForURL(/\/portail\/importation\/demande-de-franchise-douaniere\?/, { timeout: 30_000 });
      expect(await listTotal(page), `${figure} ${qs}`).toBe(value);
      await page.goBack();
      await page.waitForURL(/tableau-de-bord/);
    }
  }

  // A bar of « Demandes par état » opens the list of that state.
  await page.goto('/portail/tableau-de-bord?procedure=DFD');
  const byState = page.getByRole('region', { name: 'Demandes par état' });
  await byState.getByRole('button', { name: 'Afficher le tableau' }).click();
  const firstRow = byState.getByRole('row').nth(1);
  const expected = digits(await firstRow.getByRole('cell').first().textContent());
  await byState.locator('.recharts-bar-rectangle path').first().click();
  await page.waitForURL(/state=/, { timeout: 30_000 });
  expect(await listTotal(page)).toBe(expected);

  // The table alternative is reachable from the keyboard and leads to the same list.
  await page.goBack();
  await page.waitForURL(/tableau-de-bord/);
  await expectNoA11yViolations(page);

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/portail/tableau-de-bord');
  await expect(page.getByText('Demandes reçues').first()).toBeVisible();
  await page.screenshot({ path: '/tmp/dash/dashboard-390.png', fullPage: true });
  await expectNoA11yViolations(page);
});
