// Issue 9: the portal in French, Arabic (right to left) and English, with axe (WCAG 2.1 A/AA) on
// every page visited; screenshots of the Arabic dashboard, list and dossier page for review.
import { expect, type Page, test } from '@playwright/test';
import { ADMIN_TABS } from '../apps/web/src/features/admin/tabs.ts';
import { expectNoA11yViolations } from './support/a11y';
import { signIn } from './support/auth';
import { switchLanguage } from './support/language';

const DFD_LIST = '/portail/importation/demande-de-franchise-douaniere';
const LANGUAGES = [
  { code: 'fr', native: 'Français', dir: 'ltr', dashboard: 'Tableau de bord' },
  { code: 'ar', native: 'العربية', dir: 'rtl', dashboard: 'لوحة القيادة' },
  { code: 'en', native: 'English', dir: 'ltr', dashboard: 'Dashboard' },
] as const;

/** Loads `url` until its main heading shows. */
async function load(page: Page, url: string): Promise<void> {
  const h1 = page.locator('main h1').first();
  // Other engineers rebuild apps/web/dist while this runs: a page loaded mid-build is blank (or the
  // server's 404 while index.html is rewritten); loading it again picks up the new build.
  for (let attempt = 0; attempt < 3; attempt++) {
    await page.goto(url);
    if (
      await h1.waitFor({ timeout: 15_000 }).then(
        () => true,
        () => false,
      )
    )
      break;
  }
  await expect(h1).toBeVisible();
}

/** The dashboard draws a chart when it is scrolled to: scroll the whole page, wait for every chart. */
async function drawCharts(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += 300) {
      window.scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 120));
    }
    window.scrollTo(0, 0);
  });
  await expect(page.locator('main .recharts-surface').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
}

async function visit(
  page: Page,
  url: string,
  lang: (typeof LANGUAGES)[number],
  options: { charts?: boolean } = {},
): Promise<void> {
  await load(page, url);
  if (options.charts) await drawCharts(page);
  await expect(page.locator('html')).toHaveAttribute('lang', lang.code);
  await expect(page.locator('html')).toHaveAttribute('dir', lang.dir);
  await page.waitForLoadState('networkidle');
  await expectNoA11yViolations(page);
}

test('the portal pages in French, Arabic and English: lang/dir set, axe finds nothing', async ({ page }) => {
  test.setTimeout(300_000);
  await signIn(page, 'mic.chef');
  for (const lang of LANGUAGES) {
    await switchLanguage(page, lang.native);
    await expect(page.getByRole('link', { name: lang.dashboard }).first()).toBeVisible();
    await visit(page, '/portail/tableau-de-bord', lang, { charts: true });
    if (lang.code === 'ar') await page.screenshot({ path: 'test-results/ar-dashboard.png', fullPage: true });
    await visit(page, DFD_LIST, lang);
    if (lang.code === 'ar') await page.screenshot({ path: 'test-results/ar-list.png', fullPage: true });
    const first = page.locator('main table tbody a').first();
    await first.click();
    await page.waitForURL(/\/portail\/dossiers\//);
    await visit(page, page.url(), lang);
    if (lang.code === 'ar') await page.screenshot({ path: 'test-results/ar-dossier.png', fullPage: true });
    await visit(page, '/aide/faq', lang);
    await visit(page, '/aide/reclamations/nouvelle', lang);
    await visit(page, '/aide/tijaria', lang);
  }
  // The choice is remembered with the account: back to French for the next journeys.
  await switchLanguage(page, 'Français');
});

// The public site's pages, the Portnet ID sign-in page and its « mot de passe oublié » page.
const PUBLIC_PAGES = [
  '/',
  '/a-propos',
  '/nos-services',
  '/nos-services/portails-administrations',
  '/nos-formations',
  '/actualites',
  '/assistance',
  '/portails/banques',
  '/connexion/mot-de-passe-oublie',
];

test('the public site and the sign-in page in French, Arabic and English: lang/dir set, axe finds nothing', async ({
  page,
}) => {
  test.setTimeout(300_000);
  for (const lang of LANGUAGES) {
    // The public header's switcher (no account: the choice stays in the browser).
    await load(page, '/');
    await page
      .getByRole('banner')
      .getByRole('button', { name: /langue|اللغة|language/i })
      .filter({ visible: true })
      .first()
      .click();
    await page.getByRole('menuitem', { name: lang.native }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', lang.code);
    for (const url of PUBLIC_PAGES) {
      await visit(page, url, lang);
      if (lang.code === 'ar' && url === '/')
        await page.screenshot({ path: 'test-results/ar-public-home.png', fullPage: true });
    }
    // Portnet ID's sign-in page, reached as a signed-out visitor of the portal.
    await page.goto('/portail/tableau-de-bord');
    await page.waitForURL(/\/connexion\//);
    await visit(page, page.url(), lang);
    if (lang.code === 'ar') await page.screenshot({ path: 'test-results/ar-sign-in.png', fullPage: true });
  }
});

test('the administration console in the three languages: axe finds nothing', async ({ page }) => {
  test.setTimeout(300_000);
  await signIn(page, 'admin.plateforme');
  for (const lang of LANGUAGES) {
    await switchLanguage(page, lang.native);
    // Every tab the console has (the web app's own list, so a new tab is visited too).
    for (const tab of ADMIN_TABS) {
      await visit(page, `/portail/administration?onglet=${tab}`, lang);
      // The tab shown is the one asked for (a platform administrator has them all).
      await expect(page.getByRole('tab')).toHaveCount(ADMIN_TABS.length);
      await expect(page.getByRole('tab').nth(ADMIN_TABS.indexOf(tab))).toHaveAttribute(
        'aria-selected',
        'true',
      );
      if (tab === 'procedures') {
        // A whole definition open, with every section unfolded (reasons offered included).
        await page.locator('main table tbody tr').first().getByRole('button').first().click();
        await expect(page.locator('main h2').filter({ hasText: /^DFD — / })).toBeVisible();
        for (const section of await page.locator('main .mantine-Accordion-control').all()) {
          if ((await section.getAttribute('aria-expanded')) === 'false') await section.click();
        }
        await page.waitForLoadState('networkidle');
        await expectNoA11yViolations(page);
        if (lang.code === 'ar')
          await page.screenshot({ path: 'test-results/ar-admin-procedure.png', fullPage: true });
      }
    }
  }
  await switchLanguage(page, 'Français');
});
