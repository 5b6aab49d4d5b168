// HS nomenclature labels in the reader's language: an Arabic reader finds a code by its Arabic label
// in the list's Nomenclature filter and reads the goods lines' HS labels in Arabic on the dossier
// page; an English reader in English.
import { expect, test } from '@playwright/test';
import { expectNoA11yViolations } from './support/a11y';
import { signIn } from './support/auth';
import { switchLanguage } from './support/language';

const DFD_LIST = '/portail/importation/demande-de-franchise-douaniere';

test('HS labels in Arabic in the Nomenclature filter and on the dossier page, then in English', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signIn(page, 'mic.chef');
  await switchLanguage(page, 'العربية');
  await page.goto(DFD_LIST);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const filter = page.getByRole('combobox', { name: 'التعريفة', exact: true });
  await filter.fill('قمح');
  // Tariff lines first, then the heading, each labelled in Arabic.
  await expect(page.getByRole('option', { name: /^1001910000/ })).toContainText('قمح لين معد للبذر');
  await expect(
    page.getByRole('option', { name: /^1001$/ }).or(page.getByRole('option', { name: /^1001\D/ })),
  ).toContainText('قمح وخليط القمح والشيلم');
  await page.screenshot({ path: '/tmp/hs-labels-filter-ar.png', fullPage: false });
  await filter.fill('');

  await page.locator('main table tbody a').first().click();
  await page.waitForURL(/\/portail\/dossiers\//);
  const label = page.getByTestId('hs-label').first();
  await expect(label).toBeVisible();
  await expect(label).toHaveText(/[\u0600-\u06FF]/);
  await expect(label).not.toHaveAttribute('lang', 'fr');
  await page.screenshot({ path: '/tmp/hs-labels-dossier-ar.png', fullPage: true });
  await expectNoA11yViolations(page);

  await switchLanguage(page, 'English');
  const en = page.getByTestId('hs-label').first();
  await expect(en).toHaveText(/^[^\u0600-\u06FF]+$/);
  const english = await en.textContent();
  await page.screenshot({ path: '/tmp/hs-labels-dossier-en.png', fullPage: true });
  await switchLanguage(page, 'Français');
  await expect(page.getByTestId('hs-label').first()).not.toHaveText(english ?? '');
});
