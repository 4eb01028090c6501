import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { decodeInvite, encodeInvite } from '@/lib/quiz/invite';
import {
  answerWithKeyboard,
  choicesFrom,
  expectedResult,
  quiz,
  quizPath,
  roleLabel,
  startWithKeyboard,
} from './quiz-helpers';

const total = quiz.questions.length;
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const axe = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze()).violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );

test('customer invites, supplier answers, both see the two sides', async ({ browser }) => {
  // The customer, in one browser.
  const customer = await (await browser.newContext()).newPage();
  await customer.goto(quizPath('nl'));
  await startWithKeyboard(customer, 'nl', 'customer');
  const customerChoices = choicesFrom([2, 0, 1, 3]);
  await answerWithKeyboard(customer, 'nl', customerChoices);
  const customerResult = expectedResult('nl', customerChoices);

  const invite = customer.getByRole('region', { name: 'Houd elkaar de spiegel voor' });
  const link = await invite.getByRole('textbox', { name: 'Uitnodigingslink' }).inputValue();
  const url = new URL(link);
  expect(url.pathname).toBe('/quiz/');
  expect(url.search).toBe('');
  // The fragment holds exactly the customer's role and scores.
  const code = new URLSearchParams(url.hash.slice(1)).get('spiegel')!;
  expect(decodeInvite(code, quiz.dimensions.length)).toEqual({
    ok: true,
    invite: {
      role: 'customer',
      overall: customerResult.score,
      dimensions: quiz.dimensions.map((d) => customerResult.dimensions[d.id]),
    },
  });
  expect(await axe(customer)).toEqual([]);

  // The supplier, in another browser, opens the link.
  const supplier = await (await browser.newContext()).newPage();
  await supplier.goto(`${quizPath('nl')}${url.hash}`);
  await expect(
    supplier.getByText('De klant in uw samenwerking heeft de quiz al gedaan', { exact: false }),
  ).toBeVisible();
  await expect(supplier.getByRole('radio', { name: roleLabel('nl', 'supplier') })).toBeChecked();
  await supplier.getByRole('button', { name: 'Begin de quiz' }).click();
  const supplierChoices = choicesFrom([0, 3, 3, 0, 1, 2, 3, 1, 0, 2, 0, 1]);
  await answerWithKeyboard(supplier, 'nl', supplierChoices);
  const supplierResult = expectedResult('nl', supplierChoices);

  const compare = supplier.getByRole('region', { name: 'Twee kanten van één samenwerking' });
  await expect(compare).toBeVisible();
  const overall = compare.getByRole('row', { name: /^Totaal/ });
  await expect(overall.getByRole('cell')).toHaveText([
    String(customerResult.score),
    String(supplierResult.score),
    String(Math.abs(customerResult.score - supplierResult.score)),
  ]);
  for (const dimension of quiz.dimensions) {
    const row = compare.getByRole('row', { name: new RegExp(`^${dimension.name.nl}`) });
    const c = customerResult.dimensions[dimension.id]!;
    const s = supplierResult.dimensions[dimension.id]!;
    await expect(row.getByRole('cell')).toHaveText([String(c), String(s), String(Math.abs(c - s))]);
  }
  // The largest gap comes with its conversation starters.
  const gaps = quiz.dimensions
    .map((d) => ({ d, gap: Math.abs(customerResult.dimensions[d.id]! - supplierResult.dimensions[d.id]!) }))
    .sort((a, b) => b.gap - a.gap);
  if (gaps[0]!.gap >= 20) await expect(compare.getByText(gaps[0]!.d.starters.nl[0]!)).toBeVisible();
  // The invitee has compared already, so no invite of their own is offered.
  await expect(supplier.getByRole('region', { name: 'Houd elkaar de spiegel voor' })).toHaveCount(0);
  expect(await axe(supplier)).toEqual([]);
});

const valid = encodeInvite({ role: 'supplier', overall: 40, dimensions: [10, 20, 30, 40, 50, 60] });
const tampered = [
  [
    'a wrong version',
    (() => {
      const b = Array.from(atob(valid.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
      b[0] = 9;
      return btoa(String.fromCharCode(...b))
        .replace(/\+/g, '-')
        .replace(/\//g, '_')
        .replace(/=+$/, '');
    })(),
  ],
  ['a truncated code', valid.slice(0, 9)],
  ['a changed score', `${valid.slice(0, 5)}${valid[5] === 'A' ? 'B' : 'A'}${valid.slice(6)}`],
  ['not base64', '%%%not-base64%%%'],
  ['markup', encodeURIComponent('<img src=x onerror="window.injected=1">')],
  ['a huge input', 'A'.repeat(5000)],
] as const;

for (const [name, code] of tampered) {
  test(`an invite with ${name} shows a clear message and the quiz still works`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${quizPath('en')}#mirror=${code}`);
    await expect(page.getByRole('alert')).toHaveText(
      'This invitation link is damaged or out of date, so a comparison is not possible. You can still take the quiz; ask for a new link if you like.',
    );
    expect(await page.locator('.quiz img').count()).toBe(0);
    await startWithKeyboard(page, 'en', 'customer');
    await answerWithKeyboard(page, 'en', Array(total).fill(1));
    await expect(page.locator('.quiz__result')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Two sides of one relationship' })).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { injected?: number }).injected)).toBeUndefined();
    expect(errors).toEqual([]);
  });
}

test('the compare view passes axe in the dark theme too', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(`${quizPath('en')}#mirror=${valid}`);
  await expect(page.getByRole('radio', { name: roleLabel('en', 'customer') })).toBeChecked();
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await answerWithKeyboard(page, 'en', Array(total).fill(3));
  await expect(page.getByRole('region', { name: 'Two sides of one relationship' })).toBeVisible();
  expect(await axe(page)).toEqual([]);
});
