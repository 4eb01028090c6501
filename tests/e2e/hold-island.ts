/**
 * A phone slower than the reader: the island's code is held back, so the
 * server-rendered form is all there is when the reader taps Start.
 */
import { expect, type Page } from '@playwright/test';
import { t, type Locale } from '@/i18n';
import type { Role } from '@/lib/quiz/roles';

const islandCode = {
  quiz: /\/_astro\/mount\.[\w-]+\.js$/,
  participant: /\/_astro\/mount-participant\.[\w-]+\.js$/,
};
type Island = keyof typeof islandCode;

/** Holds a page's island code back until released. */
export async function holdIslandCode(page: Page, island: Island) {
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

/**
 * Opens `url` with the island's code held back and taps Start, after
 * choosing `role` if one is given: the form goes out natively. Then the code
 * may load.
 */
export async function startBeforeReady(page: Page, island: Island, url: string, locale: Locale, role: Role | null) {
  const code = await holdIslandCode(page, island);
  await page.goto(url);
  await expect.poll(code.held).toBe(1);
  if (role) await page.getByRole('radio', { name: t(locale, `quiz.role.${role}`) }).check();
  await page.getByRole('button', { name: t(locale, 'quiz.start') }).click();
  code.release();
}

/** The introduction asks for the role a too-early Start lacked, on screen although the page loaded again at its top. */
export async function expectAskedForRole(page: Page, locale: Locale) {
  const alert = page.getByRole('alert');
  const firstRole = page.getByRole('radio', { name: t(locale, 'quiz.role.customer') });
  await expect(alert).toHaveText(t(locale, 'quiz.chooseRole'));
  await expect(firstRole).toBeFocused();
  await expect(alert).toBeInViewport({ ratio: 1 });
  await expect(firstRole).toBeInViewport({ ratio: 1 });
}
