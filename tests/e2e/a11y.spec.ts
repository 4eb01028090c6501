import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { pagesUnderTest } from './site';

const pages = pagesUnderTest();
/** The page background of each theme, proving which palette axe saw. */
const paper = { light: 'rgb(250, 247, 241)', dark: 'rgb(22, 19, 16)' };
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });
    for (const path of pages) {
      test(`${path} has no WCAG 2.2 AA violations`, async ({ page }) => {
        await page.goto(path);
        const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        expect(background).toBe(paper[scheme]);
        const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
        const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect(summary).toEqual([]);
      });
    }
  });
}
