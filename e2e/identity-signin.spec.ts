import { expect, test } from '@playwright/test';
import { signIn } from './support/auth';

test('a demo agent signs in with password, CAPTCHA and TOTP and reaches the dashboard', async ({ page }) => {
  await signIn(page, 'mic.agent');
  await expect(page.getByRole('heading', { name: 'Tableau de bord', level: 1 })).toBeVisible({
    timeout: 30_000,
  });
});
