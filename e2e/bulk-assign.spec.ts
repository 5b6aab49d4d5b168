// Issue 5: the chef de service selects dossiers in « Gestion des demandes » and (re)assigns them in
// one go to an agent, seeing each agent's workload (all or nothing on the server).
import { expect, test } from '@playwright/test';
import { expectNoA11yViolations } from './support/a11y';
import { signIn } from './support/auth';

const DFD_LIST = '/portail/importation/demande-de-franchise-douaniere?state=soumise';

test('bulk reassignment from the list by the chef de service', async ({ page }) => {
  await signIn(page, 'mic.chef');
  await page.goto(DFD_LIST);
  await expect(page.getByRole('heading', { level: 1, name: 'Gestion des demandes' })).toBeVisible();
  const boxes = page.getByRole('checkbox', { name: /^Sélectionner le dossier / });
  await expect(boxes.first()).toBeVisible();
  await boxes.nth(0).check();
  await boxes.nth(1).check();
  await page.getByRole('button', { name: 'Réassigner la sélection (2)' }).click();
  const dialog = page.getByRole('dialog', { name: 'Réassigner les dossiers sélectionnés' });
  await dialog.getByLabel('Agent instructeur').click();
  await page.getByRole('option', { name: /Amina Benali/ }).click();
  await expectNoA11yViolations(page);
  await dialog.getByRole('button', { name: /Assigner/ }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Réassigner la sélection (0)' })).toBeDisabled();
});
