// The header's language switcher: picks a language by its native name and waits until the account
// remembers it (before the next page load).
import type { Page } from '@playwright/test';

export async function switchLanguage(page: Page, native: string): Promise<void> {
  await page
    .locator('header')
    .getByRole('button', { name: /langue|اللغة|language/i })
    .click();
  const saved = page.waitForResponse((r) => r.url().endsWith('/api/session/preferences') && r.ok());
  await page.getByRole('menuitem', { name: native }).click();
  await saved;
}
