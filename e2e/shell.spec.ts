import { expect, test } from '@playwright/test';
import { expectNoA11yViolations } from './support/a11y';

test('the public home page opens in French with the help tab, and axe finds no violation', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('button', { name: "Besoin d'aide ?" })).toBeVisible();
  await expectNoA11yViolations(page);
});

test("the « Besoin d'aide ? » tab opens the six options of the Centre d'aide", async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: "Besoin d'aide ?" }).click();
  const panel = page.getByRole('dialog', { name: "Centre d'aide" });
  for (const label of [
    'Foire aux questions',
    'Mes réclamations',
    'Nouvelle réclamation',
    'Contactez-nous',
    'TijarIA',
    'Historique TijarIA',
  ]) {
    await expect(panel.getByRole('link', { name: new RegExp(`^${label}`) })).toBeVisible();
  }
  // Pointing at a link of the signed-in portal preloads its route: without a session that must not
  // send a visitor of the public site to the sign-in page (it did, and made this test flaky).
  await panel.getByRole('link', { name: /^Mes réclamations/ }).hover();
  await page.waitForTimeout(1000);
  await expect(page).toHaveURL(/\/$/);
  await expect(panel).toBeVisible();
  await expectNoA11yViolations(page);
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
});
