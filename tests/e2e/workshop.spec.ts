/**
 * Workshop mode: a facilitator's session, six participants in their own
 * browsers, their codes pasted as one noisy chat message, the team view
 * checked against figures computed here, and the view's link reopened
 * elsewhere and printed on one A4 page.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { t, type Locale } from '@/i18n';
import { pointsOf, sideFromPoints } from '@/lib/quiz/codes';
import type { Role } from '@/lib/quiz/roles';
import { pagePath } from '@/lib/routes';
import { encodeResponse, MAX_RESPONDENTS } from '@/lib/workshop/codes';
import { encodeTeam } from '@/lib/workshop/team-codes';
import {
  answerWithKeyboard,
  choicesFrom,
  expectedResult,
  passExpectations,
  quiz,
  startWithKeyboard,
  watchForIntroduction,
} from './quiz-helpers';
import { expectAskedForRole, startBeforeReady } from './hold-island';
import { localPath } from './site';

// Seven browsers and six whole quizzes: longer than one page.
test.describe.configure({ timeout: 180_000 });

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const axe = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze()).violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
const fresh = async (browser: Browser) => (await browser.newContext()).newPage();

/** The middle value, the mean of the middle two for an even count, rounded: written out here, not imported. */
function middle(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const half = Math.floor(sorted.length / 2);
  return Math.round(sorted.length % 2 === 1 ? sorted[half]! : (sorted[half - 1]! + sorted[half]!) / 2);
}

interface Participant {
  role: Role;
  choices: number[];
  expectations: number[] | null;
}

const participants: Participant[] = [
  { role: 'customer', choices: choicesFrom([0]), expectations: [30, 30, 30, 30, 30, 30] },
  { role: 'customer', choices: choicesFrom([1, 2]), expectations: null },
  { role: 'customer', choices: choicesFrom([3, 1]), expectations: [40, 50, 60, 70, 40, 50] },
  { role: 'supplier', choices: choicesFrom([2]), expectations: [80, 70, 60, 50, 40, 30] },
  { role: 'supplier', choices: choicesFrom([3, 3, 0]), expectations: null },
  { role: 'supplier', choices: choicesFrom([1]), expectations: null },
];

/** The participant link as the facilitator's page shows it, on the test server. */
async function participantLink(page: Page, locale: Locale): Promise<string> {
  const field = page.getByRole('textbox', { name: t(locale, 'workshop.share.label') });
  await expect(field).toHaveValue(/#/);
  const url = new URL(await field.inputValue());
  return `${localPath(url.href)}${url.hash}`;
}

/** One participant, in a browser of their own: role, answers, expectations, code. */
async function takePart(browser: Browser, link: string, locale: Locale, who: Participant): Promise<string> {
  const page = await fresh(browser);
  await page.goto(link);
  await startWithKeyboard(page, locale, who.role);
  await answerWithKeyboard(page, locale, who.choices, 0, who.choices.length, who.expectations);
  const code = page.getByRole('textbox', { name: t(locale, 'workshop.join.code.label') });
  await expect(code).toHaveValue(/^A[\w-]{20,}$/);
  const value = await code.inputValue();
  await page.context().close();
  return value;
}

function view(page: Page, locale: Locale) {
  return page.getByRole('region', { name: t(locale, 'workshop.view.heading') });
}

test('six participants, one noisy paste, the right team view, reopened and printed', async ({ browser }) => {
  const locale = 'nl';
  const facilitator = await fresh(browser);
  await facilitator.goto(pagePath(locale, 'workshop'));
  await expect(facilitator.getByRole('img', { name: t(locale, 'workshop.qr.alt') })).toBeVisible();
  const link = await participantLink(facilitator, locale);
  expect(link).toMatch(/^\/workshop\/meedoen\/#sessie=[\w-]{4}$/);

  const codes: string[] = [];
  for (const who of participants) codes.push(await takePart(browser, link, locale, who));

  // One chat message: greetings, a code in a link, a duplicate, a truncated code and one with a changed character.
  const damaged = `${codes[1]!.slice(0, 9)}${codes[1]![9] === 'Q' ? 'R' : 'Q'}${codes[1]!.slice(10)}`;
  const message = [
    'Goedemorgen allemaal, hier de codes:',
    `[09:14] Anna: ${codes[0]}`,
    `[09:15] Bram: mijn code is ${codes[1]} 👍`,
    `[09:15] Chris: https://example.org/iets#code=${codes[2]}&x=1`,
    `[09:16] Dirk: ${codes[3]}, ${codes[4]}`,
    `[09:16] Eva: ${codes[5]}`,
    `[09:17] Anna: voor de zekerheid nog een keer ${codes[0]}`,
    `[09:18] Frank: ${codes[4]!.slice(0, 14)}`,
    `[09:18] Gijs: ${damaged}`,
  ].join('\n');
  await facilitator.getByRole('textbox', { name: t(locale, 'workshop.collect.label') }).fill(message);
  await facilitator.getByRole('button', { name: t(locale, 'workshop.collect.add') }).click();

  const report = facilitator.locator('.workshop-report');
  await expect(report).toContainText(t(locale, 'workshop.collect.added', { count: 6 }));
  await expect(report).toContainText(t(locale, 'workshop.collect.duplicates', { count: 1 }));
  await expect(report).toContainText(t(locale, 'workshop.collect.refused', { count: 2 }));
  await expect(report.getByRole('listitem')).toHaveCount(2);
  await expect(report).toContainText(t(locale, 'workshop.problem.length'));
  await expect(report).toContainText(t(locale, 'workshop.problem.checksum'));

  // The figures, computed here from the answers with the scoring model.
  const scores = participants.map((who) => expectedResult(locale, who.choices).dimensions);
  const side = (role: Role) => participants.flatMap((who, i) => (who.role === role ? [scores[i]!] : []));
  const region = view(facilitator, locale);
  await expect(region.getByText(t(locale, 'workshop.count', { Side: 'Klantkant', count: 3 }))).toBeVisible();
  await expect(region.getByText(t(locale, 'workshop.count', { Side: 'Leverancierskant', count: 3 }))).toBeVisible();
  for (const dimension of quiz.dimensions) {
    const customer = side('customer').map((s) => s[dimension.id]!);
    const supplier = side('supplier').map((s) => s[dimension.id]!);
    const row = region.getByRole('listitem').filter({ hasText: dimension.name[locale] }).last();
    await expect(row).toContainText(t(locale, 'workshop.gap', { gap: Math.abs(middle(customer) - middle(supplier)) }));
    for (const [role, values] of [
      ['customer', customer],
      ['supplier', supplier],
    ] as const) {
      const name = t(locale, role === 'customer' ? 'workshop.side.Customer' : 'workshop.side.Supplier');
      const figures = row.locator('.team__side').filter({ hasText: name });
      await expect(figures).toContainText(`mediaan ${middle(values)}, laagste ${Math.min(...values)}`);
      await expect(figures.locator('.team__dot')).toHaveCount(3);
    }
  }
  expect(await axe(facilitator)).toEqual([]);

  // The link in the address holds the view: a fresh browser shows the same.
  await expect.poll(() => new URL(facilitator.url()).hash).toMatch(/^#team=A[\w-]+$/);
  const address = new URL(facilitator.url());
  expect(address.href.length).toBeLessThan(600);
  const elsewhere = await fresh(browser);
  await elsewhere.goto(address.pathname + address.hash);
  // Text content, not innerText: rows below the fold are not laid out until seen (content-visibility).
  const rows = await region.locator('.team__rows').textContent();
  expect(rows).toContain(quiz.dimensions[0]!.name[locale]);
  await expect(view(elsewhere, locale).locator('.team__rows')).toHaveText(rows!);

  // One A4 page, with the date and the link that brings it back.
  await elsewhere.emulateMedia({ media: 'print' });
  await expect(elsewhere.getByRole('button', { name: t(locale, 'workshop.print') })).toBeHidden();
  await expect(elsewhere.locator('.workshop-collect')).toBeHidden();
  await expect(elsewhere.locator('.print-footer')).toContainText(address.hash);
  await expect(elsewhere.locator('.print-footer')).toContainText(String(new Date().getFullYear()));
  const pdf = await elsewhere.pdf({ format: 'A4' });
  expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g)?.length).toBe(1);
});

test('a participant keeps their answers through a reload, and a changed answer sends a newer code', async ({
  browser,
}) => {
  const locale = 'en';
  const facilitator = await fresh(browser);
  await facilitator.goto(pagePath(locale, 'workshop'));
  const link = await participantLink(facilitator, locale);
  expect(link).toMatch(/^\/en\/workshop\/join\/#session=[\w-]{4}$/);

  const page = await fresh(browser);
  await page.goto(link);
  await startWithKeyboard(page, locale, 'supplier');
  const choices = choicesFrom([2, 1]);
  await answerWithKeyboard(page, locale, choices, 0, 4);
  // Neither reload shows the introduction on the way back to the question or the code.
  const introShown = await watchForIntroduction(page, '.quiz__progress, .workshop-done');
  await page.reload();
  await expect(page.getByText(t(locale, 'quiz.resumed'))).toBeVisible();
  expect(await introShown()).toBe(false);
  // After a load, focus stays where the reader puts it: on the question, as a keyboard reader would.
  await page.getByRole('heading', { level: 2, name: quiz.questions[4]!.prompt[locale] }).focus();
  await answerWithKeyboard(page, locale, choices, 4, choices.length, null);
  const field = page.getByRole('textbox', { name: t(locale, 'workshop.join.code.label') });
  const first = await field.inputValue();
  expect(await axe(page)).toEqual([]);
  await page.reload();
  await expect(field).toHaveValue(first);
  expect(await introShown()).toBe(false);

  // Change the first answer; Enter keeps every other one.
  await page.getByRole('button', { name: t(locale, 'workshop.join.change') }).click();
  const changed = [3, ...choices.slice(1)];
  for (const [i, question] of quiz.questions.entries()) {
    await expect(page.getByRole('heading', { level: 2, name: question.prompt[locale] })).toBeFocused();
    if (i === 0) await page.getByRole('radio', { name: question.options[changed[0]!]!.label[locale] }).check();
    else await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
  }
  await passExpectations(page, locale, null);
  const second = await field.inputValue();
  expect(second).not.toBe(first);

  // Older and newer code in either order: the newer answers count, once.
  const box = facilitator.getByRole('textbox', { name: t(locale, 'workshop.collect.label') });
  await box.fill(`${second}\n${first}`);
  await facilitator.getByRole('button', { name: t(locale, 'workshop.collect.add') }).click();
  const report = facilitator.locator('.workshop-report');
  await expect(report).toContainText(t(locale, 'workshop.collect.added', { count: 1 }));
  await expect(report).toContainText(t(locale, 'workshop.collect.duplicates', { count: 1 }));
  const region = view(facilitator, locale);
  await expect(region.getByText(t(locale, 'workshop.countOne', { Side: 'Supplier side' }))).toBeVisible();
  await expect(region.getByText(t(locale, 'workshop.thin', { side: 'supplier side', min: 3 }))).toBeVisible();
  const best = expectedResult(locale, changed).dimensions;
  const row = region.getByRole('listitem').filter({ hasText: quiz.dimensions[0]!.name[locale] }).last();
  await expect(row).toContainText(`median ${best[quiz.dimensions[0]!.id]}`);
});

test('codes from another session, an ordinary quiz link and a broken team link are refused in words', async ({
  browser,
}) => {
  const locale = 'nl';
  const page = await fresh(browser);
  await page.goto(`${pagePath(locale, 'workshop')}#team=AgQbroken000`);
  await expect(page.getByRole('alert')).toContainText(t(locale, 'workshop.problem.checksum'));
  // The damaged link stays in the address until something is added.
  expect(new URL(page.url()).hash).toBe('#team=AgQbroken000');

  const other = await fresh(browser);
  await other.goto(pagePath(locale, 'workshop'));
  const foreignLink = await participantLink(other, locale);
  const participant = await fresh(browser);
  await participant.goto(foreignLink);
  await startWithKeyboard(participant, locale, 'customer');
  await answerWithKeyboard(participant, locale, choicesFrom([1]), 0, quiz.questions.length, null);
  const foreign = await participant.getByRole('textbox', { name: t(locale, 'workshop.join.code.label') }).inputValue();

  await page.getByRole('textbox', { name: t(locale, 'workshop.collect.label') }).fill(`${foreign}`);
  await page.getByRole('button', { name: t(locale, 'workshop.collect.add') }).click();
  const report = page.locator('.workshop-report');
  await expect(report).toContainText(t(locale, 'workshop.problem.other-session'));
  await expect(report).toContainText(t(locale, 'workshop.collect.added', { count: 0 }));
  await expect(page.getByText(t(locale, 'workshop.view.empty'))).toBeVisible();

  await page.getByRole('textbox', { name: t(locale, 'workshop.collect.label') }).fill('Geen codes hier, alleen tekst.');
  await page.getByRole('button', { name: t(locale, 'workshop.collect.add') }).click();
  await expect(report).toHaveText(t(locale, 'workshop.collect.nothing'));
});

test('Start tapped before the island is ready keeps the session and starts in that role', async ({ page }) => {
  // The form goes out natively, as ?role=…, and the session stays in the fragment.
  await startBeforeReady(page, 'participant', '/workshop/meedoen/#sessie=AbCd', 'nl', 'supplier');
  await expect(page.getByRole('heading', { level: 2, name: quiz.questions[0]!.prompt.nl })).toBeFocused();
  await expect(page).toHaveURL(/\/workshop\/meedoen\/#sessie=AbCd$/);
  await answerWithKeyboard(page, 'nl', choicesFrom([1]), 0, quiz.questions.length, null);
  await expect(page.getByRole('textbox', { name: t('nl', 'workshop.join.code.label') })).toHaveValue(/^A[\w-]{20,}$/);
});

test('Start tapped without a role before the island is ready asks for one, in view, in the session', async ({
  page,
}) => {
  // A phone on which the first option is on screen after the reload, but its error is not.
  await page.setViewportSize({ width: 390, height: 844 });
  await startBeforeReady(page, 'participant', '/en/workshop/join/#session=AbCd', 'en', null);
  await expectAskedForRole(page, 'en');
  await expect(page).toHaveURL(/\/en\/workshop\/join\/#session=AbCd$/);
});

test('a participant link without a session points to the quiz', async ({ page }) => {
  await page.goto(pagePath('nl', 'workshopJoin'));
  await expect(page.getByText(t('nl', 'workshop.join.noSession'))).toBeVisible();
  await expect(page.getByRole('link', { name: t('nl', 'workshop.join.toQuiz') })).toHaveAttribute(
    'href',
    pagePath('nl', 'quiz'),
  );
});

test('a full team of fifty still prints on one A4 page, and one more is refused', async ({ page }) => {
  const locale = 'en';
  const model = {
    dimensions: quiz.dimensions,
    questions: quiz.questions,
    stages: quiz.stages,
    editions: quiz.editions,
  };
  const someone = (n: number) => {
    const answers = Object.fromEntries(quiz.questions.map((q, i) => [q.id, q.options[(n + i) % q.options.length]!.id]));
    return {
      id: n + 1,
      revision: 0,
      side: sideFromPoints(model, n % 2 ? 'supplier' : 'customer', pointsOf(model, answers), [50, 50, 50, 50, 50, 50]),
    };
  };
  const full = Array.from({ length: MAX_RESPONDENTS }, (_, n) => someone(n));
  const session = 77;
  await page.goto(`${pagePath(locale, 'workshop')}#team=${encodeTeam(model, { session, respondents: full })}`);
  await expect(
    view(page, locale)
      .getByRole('listitem')
      .filter({ hasText: t(locale, 'workshop.count', { Side: 'Customer side', count: 25 }) }),
  ).toBeVisible();

  await page
    .getByRole('textbox', { name: t(locale, 'workshop.collect.label') })
    .fill(encodeResponse(model, session, someone(60)));
  await page.getByRole('button', { name: t(locale, 'workshop.collect.add') }).click();
  await expect(page.locator('.workshop-report')).toContainText(
    t(locale, 'workshop.problem.full', { max: MAX_RESPONDENTS }),
  );
  await expect(view(page, locale)).toContainText(t(locale, 'workshop.count', { Side: 'Supplier side', count: 25 }));

  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g)?.length).toBe(1);
});

test('two tabs of one participant, and two tabs of one session, follow each other', async ({ browser }) => {
  const locale = 'nl';
  const context = await browser.newContext();
  const facilitator = await context.newPage();
  await facilitator.goto(pagePath(locale, 'workshop'));
  const link = await participantLink(facilitator, locale);

  // The participant opens the link twice, then answers in the first tab.
  const first = await context.newPage();
  await first.goto(link);
  const second = await context.newPage();
  await second.goto(link);
  await startWithKeyboard(first, locale, 'customer');
  const choices = choicesFrom([1, 3]);
  await answerWithKeyboard(first, locale, choices, 0, 3);
  // The second tab has moved along and goes on from there; the first follows it to the code.
  const fourth = second.getByRole('heading', { level: 2, name: quiz.questions[3]!.prompt[locale] });
  await expect(fourth).toBeVisible();
  await fourth.focus();
  await answerWithKeyboard(second, locale, choices, 3, choices.length, null);
  const codeLabel = t(locale, 'workshop.join.code.label');
  const code = await second.getByRole('textbox', { name: codeLabel }).inputValue();
  await expect(first.getByRole('textbox', { name: codeLabel })).toHaveValue(code);

  // The facilitator's session in a second tab: a code added in one shows in both.
  await expect.poll(() => new URL(facilitator.url()).hash).toMatch(/^#team=/);
  const other = await context.newPage();
  await other.goto(new URL(facilitator.url()).pathname + new URL(facilitator.url()).hash);
  await expect(other.getByText(t(locale, 'workshop.view.empty'))).toBeVisible();
  await facilitator.getByRole('textbox', { name: t(locale, 'workshop.collect.label') }).fill(code);
  await facilitator.getByRole('button', { name: t(locale, 'workshop.collect.add') }).click();
  const one = t(locale, 'workshop.countOne', { Side: 'Klantkant' });
  await expect(view(facilitator, locale).getByText(one)).toBeVisible();
  await expect(view(other, locale).getByText(one)).toBeVisible();
  await expect.poll(() => new URL(other.url()).hash).toBe(new URL(facilitator.url()).hash);
});
