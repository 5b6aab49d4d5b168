// Guide §II: « Après connexion, le portail MIC s'affiche automatiquement et donne une vue globale
// des opérations d'importation et d'exportation ». After sign-in the Tableau de bord appears; for
// three filter choices its figures equal the totals of the lists they open; a click on a bar opens
// the matching list; axe finds nothing; screenshots (desktop and 390 px) for a human look.

import { expect, type Page, test } from '@playwright/test';
import { expectNoA11yViolations } from './support/a11y';
import { signIn } from './support/auth';

const digits = (s: string | null) => Number((s ?? '').replace(/\D/g, ''));

/** The list's own total, as the list page shows it and as its API counts it. */
async function listTotal(page: Page): Promise<number> {
  const total = page.getByText(/^\d[\d\s\u202f\u00a0]* demandes?$/);
  await expect(total).toBeVisible({ timeout: 30_000 });
  const shown = digits(await total.textContent());
  const url = new URL(page.url());
  const slug = url.pathname.split('/').pop();
  const code = slug === 'demande-de-franchise-douaniere' ? 'DFD' : undefined;
  if (code) {
    // The router writes string values that look like numbers as JSON (« "310" »): read them back.
    const qs = new URLSearchParams();
    for (const [k, v] of url.searchParams) qs.set(k, /^".*"$/.test(v) ? JSON.parse(v) : v);
    const res = await page.request.get(`/api/procedures/${code}/dossiers?${qs}`);
    const body = await res.json();
    expect(res.status(), JSON.stringify(body)).toBe(200);
    expect(body.total.count).toBe(shown);
  }
  return shown;
}

/**
 * Opens the dashboard and waits for its figures. Other engineers rebuild apps/web/dist while this
 * runs: a page whose hashed chunks just vanished stays blank, and a reload picks up the new build.
 */
async function openDashboard(page: Page, qs: string) {
  await page.goto(`/portail/tableau-de-bord${qs}`);
  const figures = page.getByRole('region', { name: 'Importation' }).getByText('Demandes reçues');
  for (let attempt = 0; attempt < 3; attempt++) {
    if (await figures.isVisible({ timeout: 20_000 }).catch(() => false)) return;
    await page.reload();
  }
  await expect(figures).toBeVisible({ timeout: 30_000 });
}

test.use({ actionTimeout: 30_000 });

test('the dashboard appears after sign-in, its figures equal the lists, a bar opens its list', async ({
  page,
}) => {
  test.setTimeout(300_000);
  await signIn(page, 'mic.chef');
  await expect(page.getByRole('heading', { level: 1, name: 'Tableau de bord' })).toBeVisible();
  const importSection = page.getByRole('region', { name: 'Importation' });
  await expect(importSection.getByText('Demandes reçues')).toBeVisible({ timeout: 30_000 });
  await expectNoA11yViolations(page);

  await page.setViewportSize({ width: 1366, height: 900 });
  await page.screenshot({ path: '/tmp/dash/dashboard-desktop.png', fullPage: true });

  // Three filter choices, each through the URL the filters write.
  const choices = [
    '?procedure=DFD',
    '?procedure=DFD&period=annee',
    '?procedure=DFD&period=personnalisee&submittedFrom=2025-01-01&submittedTo=2025-06-30&customsOffice=310',
  ];
  for (const qs of choices) {
    await page.goto(`/portail/tableau-de-bord${qs}`);
    for (const figure of ['Demandes reçues', 'Rejetées']) {
      const link = page.getByRole('link', { name: new RegExp(`^${figure} — Importation : ouvrir la liste`) });
      if (figure === 'Rejetées') {
        // The demo data are random: a narrow filter may have no rejection, and a zero is no link.
        await expect(page.getByRole('link', { name: /^Demandes reçues — Importation/ })).toBeVisible({
          timeout: 30_000,
        });
        if ((await link.count()) === 0) continue;
      }
      await expect(link).toBeVisible({ timeout: 30_000 });
      const value = digits(await link.textContent());
      expect(value).toBeGreaterThan(0);
      await link.click();
      await page.waitForURL(/\/portail\/importation\/demande-de-franchise-douaniere\?/, { timeout: 30_000 });
      expect(await listTotal(page), `${figure} ${qs}`).toBe(value);
      await page.goBack();
      await page.waitForURL(/tableau-de-bord/);
    }
  }

  // A bar of « Demandes par état » opens the list of that state.
  await page.goto('/portail/tableau-de-bord?procedure=DFD');
  const byState = page.getByRole('region', { name: 'Demandes par état' });
  await byState.getByRole('button', { name: 'Afficher le tableau' }).click();
  const firstRow = byState.getByRole('row').nth(1);
  const expected = digits(await firstRow.getByRole('cell').first().textContent());
  await byState.locator('.recharts-bar-rectangle path').first().click();
  await page.waitForURL(/state=/, { timeout: 30_000 });
  expect(await listTotal(page)).toBe(expected);

  // The table alternative is reachable from the keyboard and leads to the same list.
  await page.goBack();
  await page.waitForURL(/tableau-de-bord/);
  await expectNoA11yViolations(page);

  // The chart itself with the keyboard: focus it, an arrow reaches the first state, Enter opens
  // the same list as the click above.
  const hide = byState.getByRole('button', { name: 'Masquer le tableau' });
  if (await hide.isVisible()) await hide.click();
  await byState.scrollIntoViewIfNeeded();
  const surface = byState.locator('svg.recharts-surface[tabindex="0"]');
  await expect(surface).toBeVisible();
  await surface.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await page.waitForURL(/state=/, { timeout: 30_000 });
  expect(await listTotal(page)).toBe(expected);
  await page.goBack();
  await page.waitForURL(/tableau-de-bord/);

  // Figures that are not counts of states open their lists too (issue 6). The median opens the
  // decided dossiers it is computed over: the list's total is that number.
  const api = await (await page.request.get('/api/dashboard?procedure=DFD')).json();
  const decided = (api.durationsByProcedure as { procedure: string; count: number }[])
    .filter((c) => c.procedure === 'DFD')
    .reduce((s, c) => s + c.count, 0);
  expect(decided).toBeGreaterThan(0);
  await openDashboard(page, '?procedure=DFD');
  await page
    .getByRole('link', { name: /^Délai médian de traitement — Importation : ouvrir la liste/ })
    .click();
  await page.waitForURL(/processingDays=0-/, { timeout: 30_000 });
  await expect(page.getByText('Décidées (tout délai de traitement)')).toBeVisible();
  expect(await listTotal(page)).toBe(decided);
  await page.screenshot({ path: '/tmp/dash/list-from-median.png', fullPage: true });
  await expectNoA11yViolations(page);

  // « Décidées dans les délais »: a share, behind which are two lists (within / beyond the deadline).
  await openDashboard(page, '?procedure=DFD');
  await page
    .getByRole('button', { name: /^Décidées dans les délais — Importation : choisir la liste/ })
    .click();
  const within = page.getByRole('menuitem', { name: /décidées dans le délai/ });
  const withinCount = digits((await within.textContent())?.split(':').pop() ?? '');
  await page.screenshot({ path: '/tmp/dash/dashboard-sla-menu.png' });
  await within.click();
  // The router writes the string "true" as JSON (%22true%22), which the list reads back as a string.
  await page.waitForURL(/decidedWithinSla=(true|%22true%22)/, { timeout: 30_000 });
  expect(await listTotal(page)).toBe(withinCount);

  // Processing-time distribution, with the keyboard only: open the table, then a class's value.
  await openDashboard(page, '?procedure=DFD');
  const durations = page.getByRole('region', { name: 'Répartition des délais de traitement' });
  await durations.getByRole('button', { name: 'Afficher le tableau' }).focus();
  await page.keyboard.press('Enter');
  const classLink = durations.getByRole('link', { name: /— Importation : ouvrir la liste/ }).first();
  await expect(classLink).toBeVisible();
  const classCount = digits(await classLink.textContent());
  await page.screenshot({ path: '/tmp/dash/dashboard-durations-table.png', fullPage: true });
  await expectNoA11yViolations(page);
  await classLink.focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/processingDays=\d+-/, { timeout: 30_000 });
  expect(await listTotal(page)).toBe(classCount);

  // A chef de service's per-agent chart: an agent's open dossiers. The demo data assign nobody, so
  // the chef first assigns the oldest « Soumise » DFD of the period to Amina Benali (the API the
  // « Assigner » dialog uses).
  const csrf = (await (await page.request.get('/api/session')).json()).csrfToken as string;
  const headers = { 'x-csrf-token': csrf, origin: new URL(page.url()).origin };
  const workload = await (await page.request.get('/api/processing/workload')).json();
  const amina = (workload.agents as { id: number; displayName: string }[]).find(
    (a) => a.displayName === 'Amina Benali',
  );
  expect(amina).toBeDefined();
  const soumises = await (
    await page.request.get(
      `/api/procedures/DFD/dossiers?state=soumise&submittedFrom=${api.period.from}&sort=submittedAt&dir=asc`,
    )
  ).json();
  const target = soumises.items[0] as { id: number };
  const version = (await (await page.request.get(`/api/dossiers/${target.id}`)).json()).version;
  const assigned = await page.request.post(`/api/dossiers/${target.id}/assign`, {
    headers,
    data: { version, assigneeId: amina!.id },
  });
  expect(assigned.status(), await assigned.text()).toBe(200);
  await openDashboard(page, '?procedure=DFD');
  const agents = page.getByRole('region', { name: 'Charge et production par agent' });
  await agents.getByRole('button', { name: 'Afficher le tableau' }).click();
  const agentLink = agents.getByRole('link', {
    name: /^Charge et production par agent — Amina Benali — Dossiers en cours : ouvrir la liste/,
  });
  const agentCount = digits(await agentLink.textContent());
  await agentLink.click();
  await page.waitForURL(/stage=open/, { timeout: 30_000 });
  await expect(page.getByText('Agent assigné : Amina Benali', { exact: true })).toBeVisible();
  expect(await listTotal(page)).toBe(agentCount);
  await page.screenshot({ path: '/tmp/dash/list-from-agent.png', fullPage: true });

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/portail/tableau-de-bord');
  await expect(page.getByText('Demandes reçues').first()).toBeVisible();
  await page.screenshot({ path: '/tmp/dash/dashboard-390.png', fullPage: true });
  await expectNoA11yViolations(page);
});
