// Issue 5 journeys with three users of two organisations, each in their own browser context:
// 1. the MIC chef assigns a DFD → the agent asks ONSSA for an opinion → the ONSSA agent answers
//    (reached through the bell) → the agent proposes acceptance → the chef signs → the PDF
//    downloads, the URL behind its QR code opens the public verification page, which confirms it →
//    the customs test server (e2e/support/customs-server.ts) receives the decision and
//    acknowledges → the dossier shows « Imputée » and « Annuler » is gone.
// 2. a complement request answered by the operator's system through the API, then a rejection
//    with coded reasons. axe runs on the dialogs and the verification page.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import {
  type APIRequestContext,
  type Browser,
  type BrowserContext,
  expect,
  type Page,
  test,
} from '@playwright/test';
import { expectNoA11yViolations } from './support/a11y';
import { signIn } from './support/auth';
import { CUSTOMS_PORT } from './support/customs-server';
import { switchLanguage } from './support/language';

/** A one-page PDF (the server checks a document's type by its content; the preview shows the page). */
function onePagePdf(text: string): Buffer {
  const content = `BT /F1 20 Tf 72 760 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}
const ONSSA_PDF = onePagePdf('ONSSA - rapport d inspection sanitaire : conforme');

const CLIENT_ID = 'demo-operateur';
const CLIENT_SECRET = 'demo-operateur-secret-0123456789abcdef';

async function operatorToken(request: APIRequestContext): Promise<string> {
  const res = await request.post('/id/token', {
    headers: { authorization: `Basic ${Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString('base64')}` },
    form: { grant_type: 'client_credentials', scope: 'dossiers:read dossiers:write' },
  });
  expect(res.status(), await res.text()).toBe(200);
  return (await res.json()).access_token;
}

/** A fresh DFD submitted by the demo operator's system; returns its reference. */
async function submitDfd(request: APIRequestContext, tag: string): Promise<string> {
  const res = await request.post('/api/v1/dossiers', {
    headers: {
      authorization: `Bearer ${await operatorToken(request)}`,
      'idempotency-key': `e2e-processing-${tag}`,
    },
    data: {
      procedure: 'DFD',
      category: 'ale',
      customsOffice: '310',
      originCountry: 'ES',
      fields: {
        accord: 'maroc-ue',
        provenanceCountry: 'ES',
        invoiceNumber: `PF-${tag}`,
        invoiceDate: '2026-11-20',
        transportMode: 'maritime',
      },
      goods: [
        {
          hsCode: '8418210000',
          description: `Réfrigérateurs combinés ${tag}`,
          quantity: 240,
          unit: 'u',
          value: 1150000,
          currency: 'MAD',
          originCountry: 'ES',
        },
      ],
    },
  });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()).reference;
}

async function signedInContext(
  browser: Browser,
  username: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  // One retry: a concurrent rebuild of apps/web/dist can blank the page mid-way (see openDossier).
  await signIn(page, username).catch(async () => signIn(page, username));
  return { context, page };
}

/** The dossier's id, read through the list API with the user's own session. */
async function dossierId(page: Page, reference: string): Promise<number> {
  const res = await page.request.get(
    `/api/procedures/DFD/dossiers?reference=${encodeURIComponent(reference)}`,
  );
  expect(res.status()).toBe(200);
  const item = (await res.json()).items.find((i: { reference: string }) => i.reference === reference);
  return item.id;
}

async function openDossier(page: Page, id: number, reference: string) {
  await page.goto(`/portail/dossiers/${id}`);
  const heading = page.getByRole('heading', { level: 1, name: reference });
  // Other engineers rebuild apps/web/dist while this runs: a page whose hashed chunks just vanished
  // renders nothing, and a reload picks up the new build.
  for (let attempt = 0; attempt < 3; attempt++) {
    if (await heading.isVisible({ timeout: 20_000 }).catch(() => false)) break;
    await heading.waitFor({ timeout: 20_000 }).catch(() => page.reload());
  }
  await expect(heading).toBeVisible({ timeout: 30_000 });
}

const actionButton = (page: Page, name: string) =>
  page.locator('main').getByRole('button', { name, exact: true });
const dialog = (page: Page, name: string) => page.getByRole('dialog', { name });

async function expectState(page: Page, label: string) {
  await expect(page.locator('main').getByText(label, { exact: true }).first()).toBeVisible();
}

/** axe on the open dialog only: while a modal is open, the page behind it sits under the overlay. */
async function expectAccessibleDialog(page: Page) {
  const results = await new AxeBuilder({ page })
    .include('[role="dialog"]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(
    results.violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    ),
    'accessibility violations in the dialog',
  ).toEqual([]);
}

test.describe.configure({ mode: 'serial' });

let chef: { context: BrowserContext; page: Page };
let agent: { context: BrowserContext; page: Page };

test.beforeAll(async ({ browser }) => {
  // Two real sign-ins (CAPTCHA, TOTP) on a shared, busy machine.
  test.setTimeout(400_000);
  chef = await signedInContext(browser, 'mic.chef');
  agent = await signedInContext(browser, 'mic.agent');
});
test.afterAll(async () => {
  await chef?.context.close();
  await agent?.context.close();
});

test('DFD: assignment, ONSSA opinion, signed acceptance with verifiable PDF, customs imputation', async ({
  browser,
  request,
}) => {
  test.setTimeout(420_000);
  const reference = await submitDfd(request, `A${Date.now()}`);
  const id = await dossierId(chef.page, reference);

  await test.step('the chef assigns the dossier to Amina Benali', async () => {
    await openDossier(chef.page, id, reference);
    await actionButton(chef.page, 'Assigner').click();
    const d = dialog(chef.page, 'Assigner le dossier');
    await expect(d).toBeVisible();
    await d.getByRole('combobox', { name: 'Agent instructeur' }).click();
    await chef.page.getByRole('option', { name: /^Amina Benali/ }).click();
    await expectAccessibleDialog(chef.page);
    await chef.page.screenshot({ path: '/tmp/processing-assign.png' });
    await d.getByRole('button', { name: 'Assigner' }).click();
    await expect(d).toBeHidden();
    await expectState(chef.page, "En cours d'instruction");
  });

  await test.step('the bell speaks the reader’s language: Arabic after a switch, then French again', async () => {
    const page = agent.page;
    await page.goto('/portail/tableau-de-bord');
    const switchTo = (native: string) => switchLanguage(page, native);
    await switchTo('العربية');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await page.getByRole('button', { name: /^الإشعارات/ }).click();
    // Written out by the server in the language the account now has (app_user.locale).
    await expect(
      page.getByRole('button', { name: new RegExp(`تم إسناد الملف \u2068${reference}\u2069`) }),
    ).toBeVisible();
    await expect(page.getByText(/^أسند إليك /).first()).toBeVisible();
    await page.screenshot({ path: '/tmp/processing-bell-ar.png' });
    await page.keyboard.press('Escape');
    await switchTo('Français');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  });

  await test.step('the agent, notified, asks ONSSA for its opinion', async () => {
    await agent.page.goto('/portail/tableau-de-bord');
    await agent.page.getByRole('button', { name: /^Notifications \(\d+ non lues?\)/ }).click();
    await agent.page.getByRole('button', { name: new RegExp(`Dossier ${reference} assigné`) }).click();
    await expect(agent.page.getByRole('heading', { level: 1, name: reference })).toBeVisible();
    await actionButton(agent.page, "Demander l'avis").click();
    const d = dialog(agent.page, "Demander l'avis d'organismes");
    await d.getByRole('checkbox', { name: /^ONSSA/ }).check();
    await expectAccessibleDialog(agent.page);
    await agent.page.screenshot({ path: '/tmp/processing-opinion-request.png' });
    await d.getByRole('button', { name: "Demander l'avis" }).click();
    await expect(d).toBeHidden();
    await expectState(agent.page, "En attente d'avis");
  });

  await test.step('the ONSSA agent, through the bell, gives a favourable opinion', async () => {
    const onssa = await signedInContext(browser, 'onssa.agent');
    try {
      await onssa.page.getByRole('button', { name: /^Notifications/ }).click();
      await onssa.page.getByRole('button', { name: new RegExp(`Avis demandé — ${reference}`) }).click();
      await expect(onssa.page.getByRole('heading', { level: 1, name: reference })).toBeVisible();
      await actionButton(onssa.page, 'Donner mon avis').click();
      const d = dialog(onssa.page, "Donner l'avis de mon organisme");
      await d.getByRole('radio', { name: 'Favorable', exact: true }).check();
      await d.getByRole('textbox', { name: 'Commentaire' }).fill('Aucune objection sanitaire.');
      // The opinion carries the inspection report: types and limit are stated before choosing;
      // a refused file says why (here, then by the server from the file's content).
      await expect(d.getByText(/Types acceptés : PDF, PNG, JPEG · 10 Mo au plus par fichier/)).toBeVisible();
      const files = d.getByLabel("Documents joints à l'avis");
      await files.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('notes') });
      await expect(
        d.getByText("« notes.txt » n'est pas d'un type accepté. Types acceptés : PDF, PNG, JPEG."),
      ).toBeVisible();
      await files.setInputFiles({
        name: 'faux.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('MZ pas un PDF'),
      });
      await expect(
        d.getByText("« faux.pdf » n'est pas d'un type accepté. Types acceptés : PDF, PNG, JPEG."),
      ).toBeVisible();
      const report = `Rapport-ONSSA-${reference}.pdf`;
      await files.setInputFiles({ name: report, mimeType: 'application/pdf', buffer: ONSSA_PDF });
      await expect(d.getByText(new RegExp(`^${report} \\(.+\\) — envoyé$`))).toBeVisible();
      await expectAccessibleDialog(onssa.page);
      await onssa.page.screenshot({ path: '/tmp/processing-give-opinion.png' });
      await d.getByRole('button', { name: "Enregistrer l'avis" }).click();
      await expect(d).toBeHidden();
      // ONSSA has nothing left to do on it
      await expect(actionButton(onssa.page, 'Donner mon avis')).toHaveCount(0);
    } finally {
      await onssa.context.close();
    }
  });

  await test.step("the agent sees ONSSA's opinion with its report, previewed and downloaded", async () => {
    await openDossier(agent.page, id, reference);
    await expectState(agent.page, "En cours d'instruction");
    const report = `Rapport-ONSSA-${reference}.pdf`;
    const opinion = agent.page.locator('main li').filter({ hasText: "Documents joints à l'avis" });
    await expect(opinion).toContainText('Aucune objection sanitaire.');
    await expect(opinion.getByText(report, { exact: true })).toBeVisible();
    await opinion.getByRole('button', { name: `Aperçu de ${report}` }).click();
    const preview = dialog(agent.page, `Aperçu de ${report}`);
    await expect(preview.locator('iframe')).toHaveAttribute('src', /\/documents\/\d+\?inline=1$/);
    await agent.page.screenshot({ path: '/tmp/processing-opinion-document-preview.png' });
    // The PDF viewer inside the frame keeps the keyboard: close with the dialog's button.
    await preview.getByRole('button', { name: 'Fermer' }).first().click();
    await expect(preview).toBeHidden();
    await agent.page.screenshot({ path: '/tmp/processing-opinion-document.png', fullPage: true });
    const downloadPromise = agent.page.waitForEvent('download');
    await opinion.getByRole('link', { name: `Télécharger ${report}` }).click();
    const download = await downloadPromise;
    expect(readFileSync((await download.path())!).equals(ONSSA_PDF)).toBe(true);
  });

  await test.step('the agent proposes acceptance', async () => {
    await openDossier(agent.page, id, reference);
    await expectState(agent.page, "En cours d'instruction");
    await actionButton(agent.page, "Proposer l'acceptation").click();
    const d = dialog(agent.page, "Proposer l'acceptation");
    await d.getByLabel('Quantité accordée, ligne 1').fill('200');
    await expectAccessibleDialog(agent.page);
    await agent.page.screenshot({ path: '/tmp/processing-propose-acceptance.png' });
    await d.getByRole('button', { name: 'Proposer à la signature' }).click();
    await expect(d).toBeHidden();
  });

  let verificationUrl = '';
  let pdfSha = '';
  await test.step('the chef signs; the PDF downloads and carries the verification URL', async () => {
    await openDossier(chef.page, id, reference);
    await actionButton(chef.page, 'Signer la décision').click();
    const d = dialog(chef.page, 'Signer la décision');
    await expect(d.getByText('Acceptation', { exact: true })).toBeVisible();
    await expectAccessibleDialog(chef.page);
    await chef.page.screenshot({ path: '/tmp/processing-sign.png' });
    await d.getByRole('button', { name: 'Signer', exact: true }).click();
    const done = dialog(chef.page, 'Décision signée');
    await expect(done).toContainText(/La décision n° FD\/\d{4}\/\d{6} est signée/);
    await done.getByRole('button', { name: 'Fermer', exact: true }).last().click();
    await expectState(chef.page, 'Acceptée');
    const downloadPromise = chef.page.waitForEvent('download');
    await chef.page.getByRole('link', { name: /^Télécharger Decision-FD-/ }).click();
    const download = await downloadPromise;
    const bytes = readFileSync((await download.path())!);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    pdfSha = createHash('sha256').update(bytes).digest('hex');
    // The QR code encodes the verification URL, which the PDF also carries as a link annotation.
    const m = /\/URI \((http[^)]+\/verification\/[A-Z2-9]{24})\)/.exec(bytes.toString('latin1'));
    expect(m, 'verification URL in the PDF').not.toBeNull();
    verificationUrl = m![1]!;
  });

  await test.step('the verification page (no login) confirms the decision and its SHA-256', async () => {
    const visitor = await browser.newContext();
    const page = await visitor.newPage();
    await page.goto(verificationUrl);
    await expect(page.getByRole('heading', { level: 1, name: "Vérification d'une décision" })).toBeVisible();
    await expect(page.getByText('Décision authentique')).toBeVisible();
    await expect(page.getByTestId('verification-sha256')).toHaveText(pdfSha);
    await expectNoA11yViolations(page);
    await page.screenshot({ path: '/tmp/processing-verification.png', fullPage: true });
    // a tampered code says so
    await page.goto(verificationUrl.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')));
    await expect(page.getByText(/Code altéré|Décision inconnue/)).toBeVisible();
    await page.screenshot({ path: '/tmp/processing-verification-tampered.png' });
    await visitor.close();
  });

  await test.step('customs receives the decision once, acknowledges: « Imputée », no more cancellation', async () => {
    await expect
      .poll(
        async () => {
          const list = (await (await fetch(`http://127.0.0.1:${CUSTOMS_PORT}/received`)).json()) as {
            reference: string;
            acknowledged: boolean;
          }[];
          return list.filter((r) => r.reference === reference).map((r) => r.acknowledged);
        },
        { timeout: 30_000 },
      )
      .toEqual([true]);
    await expect
      .poll(
        async () => {
          await chef.page.reload();
          // Count once the dossier has loaded, not on the empty page of the reload (slow on PGlite).
          await chef.page.waitForLoadState('networkidle');
          await chef.page.locator('main h1').first().waitFor();
          return chef.page.locator('main').getByText('Imputée', { exact: true }).count();
        },
        { timeout: 20_000 },
      )
      .toBeGreaterThan(0);
    await expect(actionButton(chef.page, 'Annuler')).toHaveCount(0);
    await chef.page.goto(verificationUrl);
    await expect(chef.page.getByTestId('verification-state')).toHaveText('Imputée');
  });
});

test('DFD: complement requested and answered through the API, then a rejection with coded reasons', async ({
  request,
}) => {
  test.setTimeout(300_000);
  const reference = await submitDfd(request, `B${Date.now()}`);
  const id = await dossierId(agent.page, reference);

  await test.step('the agent takes the dossier and asks for a complement', async () => {
    await openDossier(agent.page, id, reference);
    await actionButton(agent.page, 'Prendre en charge').click();
    await dialog(agent.page, 'Prendre en charge le dossier')
      .getByRole('button', { name: 'Prendre en charge' })
      .click();
    await expectState(agent.page, "En cours d'instruction");
    await actionButton(agent.page, 'Demander un complément').click();
    const d = dialog(agent.page, 'Demander un complément');
    await d.getByLabel('Pièces ou corrections attendues').first().click();
    await agent.page
      .getByRole('option', { name: /pro forma/i })
      .first()
      .click();
    await agent.page.keyboard.press('Escape');
    await d
      .getByRole('textbox', { name: "Message à l'opérateur" })
      .fill('Merci de joindre la facture pro forma signée et datée.');
    await expectAccessibleDialog(agent.page);
    await agent.page.screenshot({ path: '/tmp/processing-complement.png' });
    await d.getByRole('button', { name: 'Envoyer la demande' }).click();
    await expect(d).toBeHidden();
    await expectState(agent.page, 'Complément demandé');
  });

  await test.step("the operator's system answers through the API; the agent is notified", async () => {
    const res = await request.post(`/api/v1/dossiers/${reference}/complement`, {
      headers: { authorization: `Bearer ${await operatorToken(request)}` },
      data: { message: 'Facture pro forma signée déposée.' },
    });
    expect(res.status(), await res.text()).toBe(200);
    await agent.page.reload();
    await expectState(agent.page, "En cours d'instruction");
    await agent.page.getByRole('button', { name: /^Notifications/ }).click();
    await expect(
      agent.page.getByRole('button', { name: new RegExp(`Complément reçu — ${reference}`) }),
    ).toBeVisible();
    await agent.page.keyboard.press('Escape');
  });

  await test.step('the agent proposes a rejection with coded reasons; the chef signs it', async () => {
    await actionButton(agent.page, 'Proposer le rejet').click();
    const d = dialog(agent.page, 'Proposer le rejet');
    await d.getByRole('button', { name: 'Proposer à la signature' }).click();
    await expect(d.getByText('Choisissez au moins un motif de rejet.')).toBeVisible();
    await d.getByLabel('Motifs du rejet').first().click();
    await agent.page.getByRole('option', { name: /^REJ-DOC/ }).click();
    await agent.page.keyboard.press('Escape');
    await expectAccessibleDialog(agent.page);
    await agent.page.screenshot({ path: '/tmp/processing-reject.png' });
    await d.getByRole('button', { name: 'Proposer à la signature' }).click();
    await expect(d).toBeHidden();

    await openDossier(chef.page, id, reference);
    await actionButton(chef.page, 'Signer la décision').click();
    const s = dialog(chef.page, 'Signer la décision');
    await expect(s.getByText('Rejet', { exact: true })).toBeVisible();
    await expect(s.getByText(/^REJ-DOC — /)).toBeVisible();
    await s.getByRole('button', { name: 'Signer', exact: true }).click();
    // No action is left on a rejected dossier: the action bar goes, its confirmation stays until closed.
    const done = dialog(chef.page, 'Décision signée');
    await expect(done).toContainText(/La décision n° FD\/\d{4}\/\d{6} est signée/);
    await done.getByRole('button', { name: 'Fermer', exact: true }).last().click();
    await expectState(chef.page, 'Rejetée');
  });

  await test.step('the rejection shows its coded reason and is publicly verifiable as « Rejetée »', async () => {
    await chef.page.reload();
    await expect(chef.page.locator('main h1').first()).toBeVisible();
    await expect(
      chef.page.locator('main').getByText('Pièces justificatives manquantes ou illisibles').first(),
    ).toBeVisible();
    await expect(actionButton(chef.page, 'Annuler')).toHaveCount(0);
    const info = await (await chef.page.request.get(`/api/dossiers/${id}/processing`)).json();
    expect(info.decision.number).toMatch(/^FD\/\d{4}\/\d{6}$/);
    const pdf = await chef.page.request.get(`/api/dossiers/${id}/decision.pdf`);
    expect(pdf.status()).toBe(200);
    expect(
      createHash('sha256')
        .update(await pdf.body())
        .digest('hex'),
    ).toBe(info.decision.pdfSha256);
    const visitor = await chef.page.context().browser()!.newContext();
    const page = await visitor.newPage();
    await page.goto(info.decision.verificationUrl);
    await expect(page.getByText('Décision authentique')).toBeVisible();
    await expect(page.getByTestId('verification-state')).toHaveText('Rejetée');
    await expect(page.getByTestId('verification-sha256')).toHaveText(info.decision.pdfSha256);
    await page.screenshot({ path: '/tmp/processing-verification-rejection.png', fullPage: true });
    await visitor.close();
  });
});
