// A message written by the server reaches an Arabic reader in Arabic: the « Gestion des demandes »
// list opened with an unknown category (checked by the server) and with a malformed customs office
// (checked by the list's zod schema) shows the server's message and field message in Arabic.
// Screenshot for review: server-error-ar.png in the test's output folder.
import { expect, test } from '@playwright/test';
import { signIn } from './support/auth';
import { switchLanguage } from './support/language';

const DFD_LIST = '/portail/importation/demande-de-franchise-douaniere';

test('the list’s server errors are shown in Arabic to an Arabic reader', async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, 'mic.chef');
  await switchLanguage(page, 'العربية');
  try {
    await page.goto(`${DFD_LIST}?category=ZZZ`);
    const alert = page.getByRole('alert').filter({ hasText: 'بعض القيم المدخلة غير صالحة.' });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText('فئة غير معروفة بالنسبة للمسطرة');
    await expect(alert).not.toContainText('Catégorie');
    await page.screenshot({ path: test.info().outputPath('server-error-ar.png') });

    await page.goto(`${DFD_LIST}?customsOffice=abc`);
    await expect(page.getByRole('alert').filter({ hasText: 'رمز المكتب الجمركي غير صالح.' })).toBeVisible();
  } finally {
    await switchLanguage(page, 'Français');
  }
});
