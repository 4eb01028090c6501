/** Holds a page's island code back, as a slow phone would, until released. */
import type { Page } from '@playwright/test';

const islandCode = {
  quiz: /\/_astro\/mount\.[\w-]+\.js$/,
  participant: /\/_astro\/mount-participant\.[\w-]+\.js$/,
};

export async function holdIslandCode(page: Page, island: keyof typeof islandCode) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let held = 0;
  await page.route(islandCode[island], async (route) => {
    held += 1;
    await released;
    // The page that asked may have gone meanwhile (a form sent natively).
    await route.continue().catch(() => {});
  });
  /** How many requests for the code were held: a test whose pattern matched nothing fails on it. */
  return { release, held: () => held };
}
