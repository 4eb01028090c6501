/**
 * The mirror both ways: an invite, the invited side's answers and
 * expectations, the reply that shows the inviter the same comparison, the
 * personal result link, and nothing a reader made ever lost on the way.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { t, type Locale } from '@/i18n';
import { compareSides } from '@/lib/quiz/listening';
import { encodeInvite, sideFromPoints, type Side } from '@/lib/quiz/codes';
import {
  answerWithKeyboard,
  choicesFrom,
  expectedResult,
  quiz,
  quizPath,
  roleLabel,
  startWithKeyboard,
} from './quiz-helpers';
import { startBeforeReady } from './hold-island';

// Several browsers and a whole quiz each: these take longer than one page.
test.describe.configure({ timeout: 120_000 });

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const axe = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze()).violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
const fresh = async (browser: Browser) => (await browser.newContext()).newPage();
/** A link as the page made it (on the public origin), opened on the test server. */
const local = (link: string) => {
  const url = new URL(link);
  return `${url.pathname}${url.search}${url.hash}`;
};
const linkIn = async (
  page: Page,
  locale: Locale,
  label: 'mirror.linkLabel' | 'mirror.reply.label' | 'quiz.resultLink.label',
) => local(await page.getByRole('textbox', { name: t(locale, label) }).inputValue());
const compareRegion = (page: Page, locale: Locale) =>
  page.getByRole('region', { name: t(locale, 'mirror.compareHeading') });

/** A side as the scoring model makes it from answers, for checking what the comparison shows. */
function sideOf(choices: number[], role: Side['role'], expectations: number[] | null): Side {
  const result = expectedResult('nl', choices);
  return {
    role,
    overall: result.score,
    dimensions: quiz.dimensions.map((d) => result.dimensions[d.id]!),
    expectations,
  };
}

/** The widest-gap dimension's line of figures, as the comparison writes it. */
function widestRow(me: Side, them: Side, locale: Locale, they: string) {
  const row = compareSides(me, them)[0]!;
  return {
    name: quiz.dimensions[row.index]!.name[locale],
    figures: t(locale, 'mirror.rowFigures', { mine: row.mine, them: they, theirs: row.theirs }),
  };
}

const customerChoices = choicesFrom([2, 0, 1, 3]);
const customerExpectations = [70, 40, 60, 20, 50, 80];
const supplierChoices = choicesFrom([0, 3, 3, 0, 1, 2, 3, 1, 0, 2, 0, 1]);
const supplierExpectations = [30, 30, 50, 60, 40, 70];
/** A supplier's invite, every dimension in the middle, as a link would bring it. */
const supplierInvite = encodeInvite(
  quiz,
  sideFromPoints(
    quiz,
    'supplier',
    quiz.dimensions.map(() => 2),
    [50, 50, 50, 50, 50, 50],
  ),
);

test('both ways: invite, answer with expectations, reply, and the inviter sees the same comparison', async ({
  browser,
}) => {
  // A, the customer, answers and gives expectations.
  const a = await fresh(browser);
  await a.goto(quizPath('nl'));
  await startWithKeyboard(a, 'nl', 'customer');
  await answerWithKeyboard(a, 'nl', customerChoices, 0, customerChoices.length, customerExpectations);
  const stage = expectedResult('nl', customerChoices).stage;
  const resultHeading = a.getByRole('heading', { name: t('nl', 'quiz.result.heading', { stage }) });
  await expect(resultHeading).toBeVisible();
  const invite = await linkIn(a, 'nl', 'mirror.linkLabel');
  expect(invite).toMatch(/^\/quiz\/#spiegel=[\w-]+$/);
  expect(await axe(a)).toEqual([]);

  // A taps their own invite to check it: told so, the result is still there.
  await a.goto(invite);
  await expect(a.getByText(t('nl', 'mirror.ownInvite'))).toBeVisible();
  await expect(resultHeading).toBeVisible();
  await expect(compareRegion(a, 'nl')).toHaveCount(0);

  // B, the supplier, in a fresh browser: invited, answers, compares.
  const b = await fresh(browser);
  await b.goto(invite);
  await expect(b.getByText(t('nl', 'mirror.invited.customer'))).toBeVisible();
  await expect(b.getByRole('radio', { name: roleLabel('nl', 'supplier') })).toBeChecked();
  await b.getByRole('button', { name: t('nl', 'quiz.start') }).click();
  await answerWithKeyboard(b, 'nl', supplierChoices, 0, supplierChoices.length, supplierExpectations);
  const customer = sideOf(customerChoices, 'customer', customerExpectations);
  const supplier = sideOf(supplierChoices, 'supplier', supplierExpectations);
  const bView = compareRegion(b, 'nl');
  await expect(bView).toBeVisible();
  const forB = widestRow(supplier, customer, 'nl', 'de klant');
  // The dimension's row: its name first, capitalised (a blind spot names it inside a sentence).
  const rowOf = (view: typeof bView, name: string) =>
    view
      .getByRole('listitem')
      .filter({ has: view.page().getByText(new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)) })
      .first();
  await expect(rowOf(bView, forB.name)).toContainText(forB.figures);
  expect(await axe(b)).toEqual([]);
  const reply = await linkIn(b, 'nl', 'mirror.reply.label');

  // A opens the reply in a browser with nothing stored, and sees the same comparison from their side.
  const a2 = await fresh(browser);
  await a2.goto(reply);
  const aView = compareRegion(a2, 'nl');
  await expect(aView).toBeVisible();
  const forA = widestRow(customer, supplier, 'nl', 'de leverancier');
  await expect(rowOf(aView, forA.name)).toContainText(forA.figures);
  await expect(aView).toContainText(t('nl', 'mirror.stageOf', { who: 'U', stage, score: customer.overall }));

  // And in A's own browser the reply adds the comparison beside the result, which stays.
  await a.goto(reply);
  await expect(compareRegion(a, 'nl')).toBeVisible();
  await expect(resultHeading).toBeVisible();
  // A second tab sees both, and a reload loses neither.
  const tab = await a.context().newPage();
  await tab.goto(quizPath('nl'));
  await expect(compareRegion(tab, 'nl')).toBeVisible();
  await expect(tab.getByRole('heading', { name: t('nl', 'quiz.result.heading', { stage }) })).toBeVisible();
  await tab.reload();
  await expect(compareRegion(tab, 'nl')).toBeVisible();
});

test('a result link restores the whole result in a browser with nothing stored', async ({ browser }) => {
  const page = await fresh(browser);
  await page.goto(quizPath('en'));
  await startWithKeyboard(page, 'en', 'supplier');
  const choices = choicesFrom([1, 3, 2]);
  await answerWithKeyboard(page, 'en', choices);
  const link = await linkIn(page, 'en', 'quiz.resultLink.label');
  expect(link).toMatch(/^\/en\/quiz\/#result=[\w-]+$/);

  const elsewhere = await fresh(browser);
  await elsewhere.goto(link);
  const expected = expectedResult('en', choices);
  await expect(
    elsewhere.getByRole('heading', { name: t('en', 'quiz.result.heading', { stage: expected.stage }) }),
  ).toBeVisible();
  await expect(elsewhere.locator('.quiz__score strong')).toHaveText(String(expected.score));
  await expect(elsewhere.getByText(t('en', 'quiz.restored'))).toBeVisible();
});

test('starting over can be undone, and a result link never silently replaces work', async ({ page }) => {
  await page.goto(quizPath('en'));
  await startWithKeyboard(page, 'en', 'customer');
  const choices = choicesFrom([3]);
  await answerWithKeyboard(page, 'en', choices);
  const link = await linkIn(page, 'en', 'quiz.resultLink.label');
  await page.getByRole('button', { name: t('en', 'quiz.restart') }).click();
  // The note offers undo; focus goes to the role choice, the next step.
  await expect(page.getByText(t('en', 'quiz.startedOver'))).toBeVisible();
  await expect(page.getByRole('radio', { name: roleLabel('en', 'customer') })).toBeFocused();
  await page.getByRole('button', { name: t('en', 'quiz.undo') }).click();
  const stage = expectedResult('en', choices).stage;
  await expect(page.getByRole('heading', { name: t('en', 'quiz.result.heading', { stage }) })).toBeVisible();

  // Mid-way through another attempt, the old result link comes back with the new answers kept for undo.
  await page.getByRole('button', { name: t('en', 'quiz.restart') }).click();
  await startWithKeyboard(page, 'en', 'supplier');
  await answerWithKeyboard(page, 'en', choicesFrom([0]), 0, 2);
  await page.goto(link);
  await expect(page.getByText(t('en', 'quiz.restoredReplaced'))).toBeVisible();
  await page.getByRole('button', { name: t('en', 'quiz.undo') }).click();
  await expect(page.locator('.quiz__progress')).toHaveText(
    t('en', 'quiz.progress', { current: 3, total: quiz.questions.length }),
  );
});

test('same-role comparisons say "you" and "your colleague"', async ({ browser }) => {
  const colleague = sideFromPoints(
    quiz,
    'customer',
    quiz.dimensions.map(() => 1),
    null,
  );
  const page = await fresh(browser);
  await page.goto(`${quizPath('en')}#mirror=${encodeInvite(quiz, colleague)}`);
  await page.getByRole('radio', { name: roleLabel('en', 'customer') }).check();
  await page.getByRole('button', { name: t('en', 'quiz.start') }).click();
  await answerWithKeyboard(page, 'en', choicesFrom([3]));
  const view = compareRegion(page, 'en');
  await expect(view).toContainText(t('en', 'mirror.colleague'));
  // Where the comparison names the other side (the advice may speak of "the supplier" as a third party).
  for (const part of ['.compare__finding', '.compare__stages', '.compare__listening', '.compare__rows']) {
    await expect(view.locator(part)).not.toContainText(t('en', 'mirror.them.supplier'));
  }
});

test('an invite opened on a slow phone: Start tapped before the island is ready answers as the other side', async ({
  page,
}) => {
  await startBeforeReady(page, 'quiz', `${quizPath('en')}#mirror=${supplierInvite}`, 'en', null);
  await expect(page.getByRole('heading', { level: 2, name: quiz.questions[0]!.prompt.en })).toBeFocused();
  await page.getByRole('button', { name: t('en', 'quiz.back') }).click();
  await expect(page.getByRole('radio', { name: roleLabel('en', 'customer') })).toBeChecked();
  await expect(page.getByText(t('en', 'mirror.invited.supplier'), { exact: false })).toBeVisible();
});

test('the result and the comparison each print on one A4 page with their date and link', async ({ page }) => {
  await page.goto(`${quizPath('nl')}#spiegel=${supplierInvite}`);
  await page.getByRole('button', { name: t('nl', 'quiz.start') }).click();
  const choices = choicesFrom([1, 2]);
  await answerWithKeyboard(page, 'nl', choices, 0, choices.length, [60, 40, 60, 40, 60, 40]);
  await expect(compareRegion(page, 'nl')).toBeVisible();
  const pages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0;

  for (const kind of ['result', 'compare'] as const) {
    await page.evaluate((k) => {
      document.documentElement.dataset.print = k;
      if (k === 'compare') document.querySelector('.compare')?.setAttribute('data-printing', '');
    }, kind);
    await page.emulateMedia({ media: 'print' });
    const printed = page.locator(kind === 'result' ? '.quiz__result' : '.compare');
    await expect(printed).toBeVisible();
    await expect(page.locator('.quiz__actions').first()).toBeHidden();
    await expect(printed.locator('.print-footer')).toContainText(/#(uitslag|antwoord)=/);
    await expect(printed.locator('.print-footer')).toContainText(String(new Date().getFullYear()));
    expect(pages(await page.pdf({ format: 'A4' })), kind).toBe(1);
    await page.emulateMedia({ media: 'screen' });
  }
});

for (const [problem, code] of [
  ['quiz.code.broken', 'AbCdEfGh'],
  ['quiz.code.broken', encodeURIComponent('<img src=x onerror="window.injected=1">')],
  ['quiz.code.broken', 'A'.repeat(5000)],
  // Version 1, checksum right, but overall 0 with every dimension at 100.
  ['quiz.code.inconsistent', 'AQAAZGRkZGRkjw'],
  ['quiz.code.newerVersion', 'CQEAAAAA'],
] as const) {
  test(`a link with ${code.slice(0, 12)}… says ${problem} and leaves what is stored alone`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(quizPath('en'));
    await startWithKeyboard(page, 'en', 'customer');
    await answerWithKeyboard(page, 'en', choicesFrom([2]), 0, 3);
    const stored = await page.evaluate(() => localStorage.getItem('dlk-quiz'));
    await page.goto(`${quizPath('en')}#mirror=${code}`);
    await expect(page.getByRole('alert')).toHaveText(t('en', problem));
    expect(await page.evaluate(() => localStorage.getItem('dlk-quiz'))).toBe(stored);
    expect(await page.evaluate(() => (window as unknown as { injected?: number }).injected)).toBeUndefined();
    expect(errors).toEqual([]);
  });
}
