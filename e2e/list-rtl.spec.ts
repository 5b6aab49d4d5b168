// A wide list (« Gestion des demandes », DFD) scrolled sideways, in Arabic (right to left) and in
// French, at 1280 and 1024 px: the first column (Sélection) and the last (État) stay pinned at the
// inline start and end, a line marks each on the side the other columns scroll under (it was drawn
// on the outer side in Arabic, so « Marchandise » looked cut by « État »), and once scrolled to the
// end « Marchandise » is clear of « État ».
// Screenshots for review: test-results/list-scroll-{ar,fr}-{1280,1024}-{start,middle,end}.png.
import { expect, type Page, test } from '@playwright/test';
import { signIn } from './support/auth';
import { switchLanguage } from './support/language';

const DFD_LIST = '/portail/importation/demande-de-franchise-douaniere';

interface Geometry {
  dir: string;
  container: { left: number; right: number };
  cells: { left: number; right: number }[];
  /** x of the line drawn by each pinned column (null: none drawn). */
  firstLine: number | null;
  lastLine: number | null;
}

/** Scrolls the list to a fraction of its sideways extent (0: start, 1: end) and measures it. */
const scrollAndMeasure = (page: Page, fraction: number) =>
  page.evaluate((f): Geometry => {
    const region = document.querySelector('main section[tabindex="0"]') as HTMLElement;
    const max = region.scrollWidth - region.clientWidth;
    // In right to left, scrollLeft runs from 0 (start) to -max (end).
    region.scrollLeft = (document.dir === 'rtl' ? -1 : 1) * max * f;
    const ths = [...region.querySelectorAll('thead th')] as HTMLElement[];
    const line = (th: HTMLElement): number | null => {
      const after = getComputedStyle(th, '::after');
      if (after.content === 'none' || after.content === '') return null;
      const r = th.getBoundingClientRect();
      return after.left === '0px' ? r.left : r.right;
    };
    const c = region.getBoundingClientRect();
    return {
      dir: document.dir,
      container: { left: c.left, right: c.right },
      cells: ths.map((th) => {
        const r = th.getBoundingClientRect();
        return { left: r.left, right: r.right };
      }),
      firstLine: line(ths[0]!),
      lastLine: line(ths[ths.length - 1]!),
    };
  }, fraction);

for (const lang of [
  { code: 'ar', native: 'العربية', goods: 'البضاعة', state: 'الحالة' },
  { code: 'fr', native: 'Français', goods: 'Marchandise', state: 'État' },
] as const) {
  test(`the DFD list scrolled sideways in ${lang.code}: pinned columns marked on their inner side, « Marchandise » clear of « État »`, async ({
    page,
  }) => {
    test.setTimeout(240_000);
    await signIn(page, 'mic.chef');
    await switchLanguage(page, lang.native);
    for (const width of [1280, 1024]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(DFD_LIST);
      const headers = page.locator('main table thead th');
      await expect(headers.last()).toContainText(lang.state);
      await expect(page.locator('main table tbody tr').first()).toBeVisible();
      await page.waitForLoadState('networkidle');
      const names = (await headers.allTextContents()).map((t) => t.trim());
      const goods = names.findIndex((n) => n.startsWith(lang.goods));
      expect(goods).toBeGreaterThan(0);

      for (const [fraction, label] of [
        [0, 'start'],
        [0.5, 'middle'],
        [1, 'end'],
      ] as const) {
        const g = await scrollAndMeasure(page, fraction);
        expect(g.dir).toBe(lang.code === 'ar' ? 'rtl' : 'ltr');
        const rtl = g.dir === 'rtl';
        const first = g.cells[0]!;
        const last = g.cells[g.cells.length - 1]!;
        // Pinned: Sélection at the inline start, État at the inline end of the scrolling region.
        expect(
          Math.abs((rtl ? first.right : first.left) - (rtl ? g.container.right : g.container.left)),
        ).toBeLessThan(2);
        expect(
          Math.abs((rtl ? last.left : last.right) - (rtl ? g.container.left : g.container.right)),
        ).toBeLessThan(2);
        // Each pinned column draws its line on the side the other columns scroll under.
        expect(g.firstLine).toBeCloseTo(rtl ? first.left : first.right, 0);
        expect(g.lastLine).toBeCloseTo(rtl ? last.right : last.left, 0);
        if (label === 'end') {
          // Scrolled to the end: « Marchandise » is clear of « État », and the room between the
          // pinned columns can show it whole (at 1024 px its start may sit under « Sélection »
          // at the very end: scrolling back a little shows it).
          const cell = g.cells[goods]!;
          if (rtl) expect(cell.left).toBeGreaterThanOrEqual(last.right - 1);
          else expect(cell.right).toBeLessThanOrEqual(last.left + 1);
          const room = rtl ? first.left - last.right : last.left - first.right;
          expect(room).toBeGreaterThan(cell.right - cell.left);
        }
        await page.screenshot({ path: `test-results/list-scroll-${lang.code}-${width}-${label}.png` });
      }
    }
    if (lang.code === 'ar') await switchLanguage(page, 'Français');
  });
}
