// Issue 9, Administration: the platform administrator edits a procedure's SLA, a category label
// and the reasons it offers (one rejection reason withdrawn) in « Procédures »; the save creates a
// new version, shown in the catalogue and in the definition.
// axe runs on the tab (definition open, edit form with errors) and on the reference-data editor.
import { expect, test } from '@playwright/test';
import { expectNoA11yViolations } from './support/a11y';
import { signIn } from './support/auth';
import { switchLanguage } from './support/language';

test('admin.plateforme edits the DFD SLA and a category label: a new version is shown', async ({ page }) => {
  test.setTimeout(240_000);
  await signIn(page, 'admin.plateforme');
  await page.goto('/portail/administration?onglet=procedures');
  await expect(page.getByRole('tab', { name: 'Procédures', selected: true })).toBeVisible();
  const catalogue = page.getByRole('table', { name: 'Catalogue des procédures' });
  await expect(catalogue.getByRole('row')).toHaveCount(11); // header + ten procedures
  const dfdRow = catalogue.getByRole('row').filter({ hasText: 'Demande de franchise douanière' });
  const before = Number((await dfdRow.getByText(/^Version \d+$/).textContent())?.replace(/\D/g, ''));

  await page.getByRole('button', { name: 'Consulter la procédure DFD' }).click();
  await expect(page.getByRole('heading', { name: 'DFD — Demande de franchise douanière' })).toBeVisible();
  await page.getByRole('button', { name: /Champs de la demande/ }).click();
  await expect(page.getByRole('cell', { name: 'Pays de provenance' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expectNoA11yViolations(page);

  // A failed attempt: error summary focused, field marked invalid, « Erreur : » in the title.
  await page.getByRole('button', { name: 'Modifier DFD' }).click();
  const nameFr = page.getByRole('textbox', { name: 'Nom en français' });
  await nameFr.fill('');
  await page.getByRole('button', { name: 'Enregistrer une nouvelle version' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'Le formulaire contient des erreurs' });
  await expect(summary).toBeFocused();
  await expect(
    summary.getByRole('link', { name: /Nom en français : ce champ est obligatoire/ }),
  ).toBeVisible();
  await expect(nameFr).toHaveAttribute('aria-invalid', 'true');
  await expect(page).toHaveTitle(/^Erreur : /);
  await expectNoA11yViolations(page);
  await page.screenshot({ path: 'test-results/admin-procedure-editor.png', fullPage: true });
  await page.getByRole('button', { name: 'Annuler' }).click();

  // The edit itself: 4 working days and a new French label for « ale ».
  await page.getByRole('button', { name: 'Modifier DFD' }).click();
  await page.getByRole('textbox', { name: 'Délai', exact: true }).fill('4');
  await page
    .getByRole('textbox', { name: 'Libellé français de « ale »' })
    .fill('Accord de libre-échange (ALE)');
  // Reasons: every rejection reason is offered by default; REJ-DELAI is withdrawn from DFD.
  const withdrawn = page.getByRole('checkbox', { name: /^REJ-DELAI — / });
  await expect(withdrawn).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /^REJ-DOC — / })).toBeChecked();
  await withdrawn.uncheck();
  await page.getByRole('textbox', { name: 'Motif de la modification' }).fill('Délai ramené à 4 jours');
  await page.getByRole('button', { name: 'Enregistrer une nouvelle version' }).click();
  await expect(page.getByText(`DFD : version ${before + 1} enregistrée.`)).toBeVisible();

  // The definition shows the new version in force, its SLA and label; the catalogue too.
  await expect(page.getByText(`Version ${before + 1}`, { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Accord de libre-échange (ALE)' })).toBeVisible();
  await expect(dfdRow.getByText(`Version ${before + 1}`, { exact: true })).toBeVisible();
  await expect(dfdRow.getByText('4 jours ouvrés')).toBeVisible();
  await page.getByRole('button', { name: "Motifs de rejet et d'avis" }).click();
  await expect(page.getByText(/^Motifs de rejet — Sélection : \d+ motifs$/)).toBeVisible();
  const reasonItem = (code: string) => page.getByRole('listitem').filter({ hasText: code });
  await expect(reasonItem('REJ-DELAI')).toContainText('non proposé');
  await expect(reasonItem('REJ-DOC')).toContainText('proposé');
  await expect(reasonItem('REJ-DOC')).not.toContainText('non proposé');
  // The API of the rejection dialog: DFD dossiers are no longer offered REJ-DELAI (the server
  // refusing it is covered by apps/server/src/modules/processing/reasons.test.ts).
  const detail = await (await page.request.get('/api/admin/procedures/DFD')).json();
  expect(detail.definition.reasons.rejet).not.toContain('REJ-DELAI');
  expect(detail.definition.reasons.rejet).toContain('REJ-DOC');
  const versions = page.getByRole('table', { name: /^Versions/ });
  await expect(versions.getByRole('row').filter({ hasText: 'Délai ramené à 4 jours' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expectNoA11yViolations(page);
  await page.screenshot({ path: 'test-results/admin-procedures.png', fullPage: true });

  // The previous version stays readable as it was.
  await versions.getByRole('button', { name: `Afficher la version ${before} de DFD` }).click();
  await expect(page.getByText(/Version antérieure/)).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Accord de libre-échange', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Revenir à la version en vigueur' }).click();

  // Reference data: the unit editor with an error, checked by axe.
  await page.goto('/portail/administration?onglet=referentiels');
  // The segmented control's radios are visually hidden behind their labels.
  await page
    .locator('label')
    .filter({ hasText: /^Unités de mesure$/ })
    .click();
  await expect(page.getByRole('radio', { name: 'Unités de mesure' })).toBeChecked();
  await expect(page.getByRole('table', { name: 'Unités de mesure' }).getByText('Kilogramme')).toBeVisible();
  await page.getByRole('button', { name: 'Ajouter une unité' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nouvelle unité de mesure' });
  await dialog.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(dialog.getByRole('alert')).toBeFocused();
  await expect(dialog.getByRole('textbox', { name: 'Code' })).toHaveAttribute('aria-invalid', 'true');
  await expectNoA11yViolations(page);
  await page.screenshot({ path: 'test-results/admin-reference-unit.png' });
  await dialog.getByRole('button', { name: 'Annuler' }).click();

  // Right to left: the tab in Arabic, for the screenshot review; then back to French.
  await switchLanguage(page, 'العربية');
  await page.goto('/portail/administration?onglet=procedures');
  await page.getByRole('button', { name: 'الاطلاع على المسطرة DFD' }).click();
  await expect(page.getByRole('heading', { name: /^DFD — / })).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expectNoA11yViolations(page);
  await page.screenshot({ path: 'test-results/admin-procedures-ar.png', fullPage: true });
  await switchLanguage(page, 'Français');
});
