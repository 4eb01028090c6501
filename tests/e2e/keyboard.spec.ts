import { expect, test } from '@playwright/test';

const pages = ['/', '/en/essays/partner-on-paper/', '/over/', '/en/privacy/', '/quiz/', '/404.html'];

for (const path of pages) {
  test(`${path}: Tab reaches every link and button, skip link first`, async ({ page }) => {
    await page.goto(path);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: /Naar de inhoud|Skip to content/ })).toBeFocused();

    const expected = await page
      .locator('a[href], button')
      .evaluateAll(
        (elements) =>
          elements.filter((el) => (el as HTMLElement).offsetParent !== null || el.classList.contains('skip-link'))
            .length,
      );
    const reached = new Set<string>();
    for (let i = 0; i < expected + 5; i += 1) {
      const id = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        el.dataset.tabbed ??= String(Math.random());
        return el.dataset.tabbed;
      });
      if (id) reached.add(id);
      await page.keyboard.press('Tab');
    }
    const missed = await page
      .locator('a[href], button')
      .evaluateAll((elements) =>
        elements
          .filter((el) => (el as HTMLElement).offsetParent !== null && !(el as HTMLElement).dataset.tabbed)
          .map((el) => el.outerHTML.slice(0, 120)),
      );
    expect(missed).toEqual([]);
    expect(reached.size).toBeGreaterThanOrEqual(expected);
  });
}

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/essays/partner-op-papier/');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
});
