// Section IV « Accès à un service », with the Demande de franchise douanière: a dossier submitted by
// an operator's system through the intake API shows up in « Gestion des demandes » with the guide's
// columns; the search parameters, « Effacer », sorting, paging and the CSV export behave; the dossier
// page shows the goods, the documents and the history. axe runs on each page.
import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { signIn } from './support/auth';

// The demo operator system seeded in demo mode (apps/server/src/modules/dossiers/demo.ts).
const CLIENT_ID = 'demo-operateur';
const CLIENT_SECRET = 'demo-operateur-secret-0123456789abcdef';
const DFD_LIST = '/portail/importation/demande-de-franchise-douaniere';
const GUIDE_COLUMNS = [
  "N° d'enregistrement",
  'Catégorie',
  'Importateur',
  'Date de soumission',
  'Avis',
  'Bureau douanier',
  'Marchandise',
  'Nomenclature',
  'Numéro de décision',
  'État',
];

// A one-page PDF and a 1×1 PNG: real files, checked by magic bytes on upload.
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
  'latin1',
);
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

async function operatorToken(request: APIRequestContext): Promise<string> {
  const res = await request.post('/id/token', {
    headers: { authorization: `Basic ${Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString('base64')}` },
    form: { grant_type: 'client_credentials', scope: 'dossiers:read dossiers:write' },
  });
  expect(res.status(), await res.text()).toBe(200);
  return (await res.json()).access_token;
}

/** Submits a DFD (Accord de libre-échange) with two goods lines, a PDF and a PNG, as the operator. */
async function submitDfd(request: APIRequestContext, invoice: string): Promise<string> {
  const token = await operatorToken(request);
  const auth = { authorization: `Bearer ${token}` };
  const res = await request.post('/api/v1/dossiers', {
    headers: { ...auth, 'idempotency-key': `e2e-${invoice}` },
    data: {
      procedure: 'DFD',
      category: 'ale',
      customsOffice: '310',
      originCountry: 'ES',
      fields: {
        accord: 'maroc-ue',
        provenanceCountry: 'ES',
        invoiceNumber: invoice,
        invoiceDate: '2026-11-20',
        transportMode: 'maritime',
      },
      goods: [
        {
          hsCode: '8418210000',
          description: 'Réfrigérateurs combinés e2e',
          quantity: 240,
          unit: 'u',
          value: 1150000,
          currency: 'MAD',
          originCountry: 'ES',
        },
        {
          hsCode: '8450110000',
          description: 'Machines à laver le linge e2e',
          quantity: 120,
          unit: 'u',
          value: 486000,
          currency: 'MAD',
          originCountry: 'ES',
        },
      ],
    },
  });
  expect(res.status(), await res.text()).toBe(201);
  const { reference } = await res.json();
  for (const [kind, name, mimeType, buffer] of [
    ['facture_proforma', `facture-${invoice}.pdf`, 'application/pdf', PDF],
    ['certificat_origine', 'eur1.png', 'image/png', PNG],
  ] as const) {
    const up = await request.post(`/api/v1/dossiers/${reference}/documents?kind=${kind}`, {
      headers: auth,
      multipart: { file: { name, mimeType, buffer } },
    });
    expect(up.status(), await up.text()).toBe(201);
  }
  return reference;
}

/**
 * axe (WCAG 2.1 A and AA) on the page, the shell's header and sidebar aside: their known violations
 * (sidebar section links rendered as <a> with aria-controls, the avatar initials' contrast, the
 * notification bell's Indicator carrying aria-haspopup) belong to the shell, which has its own spec;
 * they are reported to its owners, not hidden there.
 */
async function expectPageAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .exclude('.mantine-AppShell-navbar')
    .exclude('.mantine-AppShell-header')
    .analyze();
  expect(
    results.violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} ${n.html.slice(0, 160)}`).join(', ')}`,
    ),
    'accessibility violations',
  ).toEqual([]);
}

const table = (page: Page) => page.getByRole('table', { name: /Liste des demandes/ });
/** The list has finished loading what the URL asks for (the table is aria-busy meanwhile). */
const settled = (page: Page) => expect(table(page)).not.toHaveAttribute('aria-busy', /.*/);
const bodyRows = (page: Page) => table(page).locator('tbody tr');
const total = (page: Page) => page.getByRole('status').filter({ hasText: /demandes?$/ });
const firstReferences = async (page: Page) =>
  (await table(page).locator('tbody tr td:first-child').allInnerTexts()).map((s) => s.trim());

test('DFD: an intake submission appears in « Gestion des demandes »; search, « Effacer », sort, paging, CSV export and the dossier page', async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  const invoice = `PF-E2E-${Date.now()}`;
  const reference = await submitDfd(request, invoice);
  expect(reference).toMatch(/^DFD-\d{4}-\d{6}$/);

  await signIn(page, 'mic.agent');

  await test.step('the sidebar opens the DFD list with the guide’s title, breadcrumb and columns', async () => {
    await page.locator('nav').getByText('Importation', { exact: true }).first().click();
    await page.getByRole('link', { name: 'Demande de franchise douanière', exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${DFD_LIST}$`));
    await expect(page.getByRole('heading', { level: 1, name: 'Gestion des demandes' })).toBeVisible();
    const crumbs = page.getByLabel("Fil d'Ariane");
    await expect(crumbs).toContainText('Tableau de bord');
    await expect(crumbs).toContainText('Importation');
    await expect(crumbs).toContainText('Demande de franchise douanière');
    await expect(page.getByRole('heading', { name: 'Paramètres de recherche' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'N° DFD' })).toBeVisible();
    for (const label of ['Catégorie', 'État', 'Bureau douanier']) {
      await expect(page.getByRole('combobox', { name: label, exact: true })).toBeVisible();
    }
    await expect(page.getByLabel('Nomenclature', { exact: true }).and(page.locator('input'))).toBeVisible();
    await expect(page.getByRole('group', { name: 'Période de soumission' })).toBeVisible();
    await expect(page.getByLabel('Importateur (raison sociale ou ICE)')).toBeVisible();
    await expect(table(page).getByRole('columnheader')).toHaveText(
      GUIDE_COLUMNS.map((c) => new RegExp(`^${c}`)),
    );
    // The newest submission comes first (default sort: date de soumission, most recent first).
    await expect(bodyRows(page).first()).toContainText(reference);
    const row = bodyRows(page).first();
    await expect(row).toContainText('Accord de libre-échange');
    await expect(row).toContainText('Atlas Agro Distribution SARL');
    await expect(row).toContainText('8418210000');
    await expect(row).toContainText('Soumise');
    await expect(total(page)).toHaveText(/^(plus de )?[\d\u202f\u00a0 ]+ demandes$/);
    await expectPageAccessible(page);
  });

  await test.step('N° DFD: Enter submits, the URL carries the filter, a reload gives the same list', async () => {
    await page.getByLabel('N° DFD').fill(reference);
    await page.getByLabel('N° DFD').press('Enter');
    await expect(page).toHaveURL(new RegExp(`reference=${reference}`));
    await expect(bodyRows(page)).toHaveCount(1);
    await expect(total(page)).toHaveText('1 demande');
    await page.reload();
    await expect(page.getByLabel('N° DFD')).toHaveValue(reference);
    await expect(bodyRows(page)).toHaveCount(1);
    await expect(bodyRows(page).first()).toContainText(reference);
  });

  await test.step('CSV export of the filtered list: a French Excel file with the guide’s header row', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Exporter en CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^demandes-dfd-.*\.csv$/);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff); // BOM: accents open correctly in Excel
    const lines = text.slice(1).split('\r\n').filter(Boolean);
    expect(lines[0]).toBe(GUIDE_COLUMNS.join(';'));
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(reference);
  });

  await test.step('« Effacer » empties the search parameters and lists every DFD again', async () => {
    await page.getByRole('button', { name: 'Effacer' }).click();
    await expect(page).not.toHaveURL(/reference=/);
    await expect(page.getByLabel('N° DFD')).toHaveValue('');
    await expect(bodyRows(page)).toHaveCount(20);
  });

  await test.step('Catégorie and État filter the list', async () => {
    await page.getByRole('combobox', { name: 'Catégorie', exact: true }).click();
    await page.getByRole('option', { name: 'Accord de libre-échange' }).click();
    await page.getByRole('combobox', { name: 'État', exact: true }).click();
    await page.getByRole('option', { name: 'Soumise', exact: true }).click();
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await expect(page).toHaveURL(/category=ale/);
    await expect(page).toHaveURL(/state=soumise/);
    await settled(page);
    await expect(bodyRows(page).first()).toContainText(reference);
    const n = await bodyRows(page).count();
    expect(n).toBeGreaterThan(0);
    for (let i = 0; i < n; i++) {
      await expect(bodyRows(page).nth(i)).toContainText('Accord de libre-échange');
      await expect(bodyRows(page).nth(i)).toContainText('Soumise');
    }
    await page.getByRole('button', { name: 'Effacer' }).click();
    await expect(page).not.toHaveURL(/category=/);
  });

  await test.step('sorting by N° d’enregistrement, both ways, announced by aria-sort', async () => {
    const header = table(page).getByRole('columnheader', { name: /N° d'enregistrement/ });
    await header.getByRole('button').click();
    await expect(header).toHaveAttribute('aria-sort', 'ascending');
    await expect(page).toHaveURL(/sort=reference/);
    await settled(page);
    let refs = await firstReferences(page);
    expect(refs).toEqual([...refs].sort());
    await header.getByRole('button').click();
    await expect(header).toHaveAttribute('aria-sort', 'descending');
    await expect(page).toHaveURL(/dir=desc/);
    await settled(page);
    refs = await firstReferences(page);
    expect(refs).toEqual([...refs].sort().reverse());
    expect(refs[0] >= reference).toBe(true);
  });

  await test.step('keyset paging with a page size of 10', async () => {
    await page.getByLabel('Demandes par page').selectOption('10');
    await expect(bodyRows(page)).toHaveCount(10);
    await settled(page);
    const page1 = await firstReferences(page);
    await page.getByRole('button', { name: 'Page suivante' }).click();
    await expect(page.getByText('Demandes 11 à 20')).toBeVisible();
    await expect(table(page).locator('tbody tr td:first-child').first()).not.toHaveText(page1[0]);
    await expect(page).toHaveURL(/cursor=/);
    await settled(page);
    const page2 = await firstReferences(page);
    expect(page2).toHaveLength(10);
    expect(page2.some((r) => page1.includes(r))).toBe(false);
    expect(page2[0] < page1[9]).toBe(true); // still descending across the page boundary
    await page.getByRole('button', { name: 'Page précédente' }).click();
    await expect(page.getByText('Demandes 1 à 10')).toBeVisible();
    await expect(table(page).locator('tbody tr td:first-child').first()).toHaveText(page1[0]);
    expect(await firstReferences(page)).toEqual(page1);
  });

  await test.step('an invalid parameter gets the server’s French message; no match gets an empty state', async () => {
    const hs = page.getByLabel('Nomenclature', { exact: true }).and(page.locator('input'));
    await hs.fill('84182');
    await hs.press('Escape'); // close the suggestions
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await expect(page.getByRole('alert')).toContainText('Nomenclature : 2, 4, 6, 8 ou 10 chiffres.');
    await page.getByRole('button', { name: 'Effacer' }).click();
    await page.getByRole('textbox', { name: 'N° DFD' }).fill('DFD-1999-000001');
    await page.getByRole('textbox', { name: 'N° DFD' }).press('Enter');
    await expect(page.getByText('Aucune demande ne correspond à ces paramètres de recherche.')).toBeVisible();
    await expect(total(page)).toHaveText('0 demande');
    await table(page).getByRole('button', { name: 'Effacer' }).click();
    await expect(page).not.toHaveURL(/reference=/);
    await expect(page).toHaveURL(/pageSize=10/); // « Effacer » keeps the sort and the page size
    await expect(bodyRows(page)).toHaveCount(10);
  });

  await test.step('column choice is remembered for the user', async () => {
    await page.getByRole('button', { name: 'Colonnes' }).click();
    await page.getByRole('checkbox', { name: 'Avis' }).uncheck();
    await expect(table(page).getByRole('columnheader', { name: /^Avis/ })).toHaveCount(0);
    await page.keyboard.press('Escape');
    await page.reload();
    await expect(bodyRows(page).first()).toBeVisible();
    await expect(table(page).getByRole('columnheader')).toHaveCount(GUIDE_COLUMNS.length - 1);
    await expect(table(page).getByRole('columnheader', { name: /^Avis/ })).toHaveCount(0);
    await page.getByRole('button', { name: 'Colonnes' }).click();
    await page.getByRole('button', { name: 'Rétablir les colonnes par défaut' }).click();
    await expect(table(page).getByRole('columnheader')).toHaveCount(GUIDE_COLUMNS.length);
    await page.keyboard.press('Escape');
  });

  await test.step('the reference opens the dossier page: goods, documents, history', async () => {
    await page.getByRole('textbox', { name: 'N° DFD' }).fill(reference);
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await expect(bodyRows(page)).toHaveCount(1);
    await page.getByRole('link', { name: `Ouvrir la demande ${reference}` }).click();
    await expect(page).toHaveURL(/\/portail\/dossiers\/\d+$/);
    await expect(page.getByRole('heading', { level: 1, name: reference })).toBeVisible();
    await expect(page.getByText('Soumise', { exact: true }).first()).toBeVisible();
    await expect(page.getByText(/jours? restants?|heures? restantes?|En retard/)).toBeVisible();

    const operator = page.getByRole('region', { name: 'Opérateur' });
    await expect(operator).toContainText('Atlas Agro Distribution SARL');
    await expect(operator).toContainText('RC Casablanca 412587');

    const goods = page.getByRole('table', { name: 'Lignes de marchandises de la demande' });
    await expect(goods.locator('tbody tr')).toHaveCount(2);
    await expect(goods).toContainText('Réfrigérateurs combinés e2e');
    await expect(goods).toContainText('8418210000');
    await expect(goods).toContainText('Machines à laver le linge e2e');
    await expect(goods).toContainText(/1\s150\s000,00\sMAD/);

    const documents = page.getByRole('region', { name: 'Documents' });
    await expect(documents).toContainText(`facture-${invoice}.pdf`);
    await expect(documents).toContainText('eur1.png');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      documents.getByRole('link', { name: `Télécharger facture-${invoice}.pdf` }).click(),
    ]);
    expect(
      readFileSync((await download.path())!)
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    await documents.getByRole('button', { name: 'Aperçu de eur1.png' }).click();
    const dialog = page.getByRole('dialog', { name: 'Aperçu de eur1.png' });
    await expect(dialog.getByRole('img', { name: 'eur1.png' })).toBeVisible();
    await expect
      .poll(() =>
        dialog
          .getByRole('img', { name: 'eur1.png' })
          .evaluate((img) => (img as HTMLImageElement).naturalWidth),
      )
      .toBe(1);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();

    const history = page.getByRole('region', { name: 'Historique' });
    await expect(history.getByRole('listitem')).not.toHaveCount(0);
    await expect(history).toContainText('Atlas Agro Distribution SARL');

    const comments = page.getByRole('region', { name: 'Commentaires internes' });
    await comments
      .getByLabel('Nouveau commentaire')
      .fill('Vérifier le certificat EUR.1 <script>alert(1)</script>');
    await comments.getByRole('button', { name: 'Ajouter le commentaire' }).click();
    await expect(comments.getByText('Vérifier le certificat EUR.1 <script>alert(1)</script>')).toBeVisible();
    await expectPageAccessible(page);
  });

  await test.step('screenshots at 1440 px and 390 px', async () => {
    const dossierUrl = page.url();
    for (const [width, height, tag] of [
      [1440, 1000, 'desktop'],
      [390, 844, 'mobile'],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.goto(DFD_LIST);
      await expect(bodyRows(page).first()).toBeVisible();
      await page.screenshot({ path: `/tmp/e2e-dfd-list-${tag}.png`, fullPage: true });
      // Nothing wider than the screen: the table scrolls inside its own container.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.goto(dossierUrl);
      await expect(page.getByRole('heading', { level: 1, name: reference })).toBeVisible();
      await page.screenshot({ path: `/tmp/e2e-dfd-dossier-${tag}.png`, fullPage: true });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    }
    await expectPageAccessible(page);
  });
});
