import { chromium } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';
const [base, kind, out, width = '1280', scheme = 'light'] = process.argv.slice(2);
const questions = parse(readFileSync('content/quiz/questions.yaml', 'utf8'));
const answers = Object.fromEntries(questions.map((q, i) => [q.id, q.options[[2, 1, 3, 2][i % 4]].id]));
const side = (role, dims, exp) => ({
  role,
  overall: Math.round(dims.reduce((a, b) => a + b) / 6),
  dimensions: dims,
  expectations: exp,
});
const state = {
  v: 2,
  progress: {
    role: 'customer',
    answers,
    index: 0,
    finished: true,
    expectations: [70, 40, 60, 20, 50, 80],
    expectationsAsked: true,
  },
  invitations: [],
  comparisons:
    kind === 'result'
      ? []
      : [
          {
            id: 'demo',
            me: side('customer', [67, 50, 83, 33, 67, 50], [70, 40, 60, 20, 50, 80]),
            them: side('supplier', [33, 50, 50, 67, 17, 67], [60, 50, 80, 40, 70, 50]),
            reply: 'AgIAAA',
          },
        ],
  undo: null,
};
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: +width, height: 900 }, colorScheme: scheme });
await page.addInitScript((s) => localStorage.setItem('dlk-quiz', s), JSON.stringify(state));
await page.goto(base);
await page.waitForSelector(kind === 'result' ? '.quiz__result' : '.compare');
if (out.endsWith('.pdf')) {
  await page.evaluate((k) => {
    document.documentElement.dataset.print = k;
    if (k === 'compare') document.querySelector('.compare')?.setAttribute('data-printing', '');
  }, kind);
  await page.emulateMedia({ media: 'print' });
  writeFileSync(out, await page.pdf({ format: 'A4' }));
} else {
  await page
    .locator(kind === 'result' ? '.quiz__result' : '.compare')
    .first()
    .screenshot({ path: out });
}
await browser.close();
