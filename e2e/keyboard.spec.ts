// Issue 9: the portal works with the keyboard alone — sign-in with CAPTCHA and MFA, a search in a
// list, a réclamation. Every control is reached with Tab (never clicked), then used with Enter or
// Space, as a keyboard user would.
import { expect, type Locator, type Page, test } from '@playwright/test';
import { DEMO_PASSWORD, nextTotpCode } from './support/auth';

/** Presses Tab until `target` has the focus; fails if it is not reachable within `max` presses. */
async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  const handle = await target.elementHandle();
  for (let i = 0; i < max; i++) {
    if (
      await page.evaluate(
        (el) => el === document.activeElement || el?.contains(document.activeElement),
        handle,
      )
    )
      return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`not reachable with Tab: ${target}`);
}

test('keyboard only: sign in with CAPTCHA and MFA, search a list, file a réclamation', async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto('/portail/tableau-de-bord');
  await page.waitForURL(/\/connexion\//);

  await tabTo(page, page.getByLabel('IDENTIFIANT'));
  await page.keyboard.type('mic.agent');
  await tabTo(page, page.getByLabel(/^MOT DE PASSE/));
  await page.keyboard.type(DEMO_PASSWORD);
  await tabTo(page, page.locator('altcha-widget input[type="checkbox"]'));
  await page.keyboard.press('Space');
  await expect(page.locator('altcha-widget [data-state="verified"]')).toBeVisible({ timeout: 95_000 });
  await tabTo(page, page.getByRole('button', { name: 'SE CONNECTER' }));
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { name: 'Vérification en deux étapes' })).toBeVisible();
  await tabTo(page, page.getByLabel('Code de vérification'));
  await page.keyboard.type(await nextTotpCode('mic.agent'));
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/portail\/tableau-de-bord/);

  // The sidebar: unfold « Importation », open the DFD list, search by N° DFD.
  const sidebar = page.getByRole('navigation', { name: 'Menu principal' });
  await tabTo(page, sidebar.getByRole('button', { name: 'Importation', exact: true }));
  await page.keyboard.press('Enter');
  await tabTo(page, sidebar.getByRole('link', { name: 'Demande de franchise douanière' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Gestion des demandes' })).toBeVisible();
  await tabTo(page, page.getByLabel('N° DFD'));
  await page.keyboard.type('DFD-');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/DFD-/);
  await expect(page.locator('main table tbody tr').first()).toBeVisible();

  // « Besoin d'aide ? » → Nouvelle réclamation, the three steps, then « Envoyer ».
  await tabTo(page, page.getByRole('button', { name: "Besoin d'aide ?" }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('link', { name: /^Nouvelle réclamation/ }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Type de demande' })).toBeVisible();
  await tabTo(page, page.getByRole('radio').first());
  await page.keyboard.press('Space');
  await tabTo(page, page.getByRole('button', { name: 'Suivant' }));
  await page.keyboard.press('Enter');

  const service = page.getByRole('combobox', { name: 'Service concerné' });
  await tabTo(page, service);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(service).not.toHaveValue('');
  await tabTo(page, page.getByRole('button', { name: 'Suivant' }));
  await page.keyboard.press('Enter');

  await tabTo(page, page.getByLabel('Objet'));
  await page.keyboard.type('Question posée au clavier');
  await tabTo(page, page.getByLabel('Description'));
  await page.keyboard.type("Je n'utilise que le clavier : cette demande a été saisie sans souris.");
  await tabTo(page, page.getByRole('button', { name: 'Suivant' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: "Vérifiez votre demande avant l'envoi" })).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: 'Envoyer' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Votre réclamation est enregistrée' })).toBeVisible();
});
