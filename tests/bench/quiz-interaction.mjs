#!/usr/bin/env node
// Measures how fast answering a quiz question updates the screen, with the
// browser's own Event Timing API (the data behind INP): for every click on an
// answer and every Enter that moves to the next question, the time from input
// to the next paint, per interaction (the longest of its events). The browser
// reports only interactions of 16 ms or more (in 8 ms steps); the others were
// faster and are counted as such. Run after `npm run build`: npm run bench:quiz
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumPath, startPreview } from './preview-server.mjs';

const ROUNDS = Number(process.env.ROUNDS || 3);
const server = await startPreview(4330);
const executablePath = chromiumPath();
const browser = await chromium.launch(existsSync(executablePath) ? { executablePath } : {});
/** Interaction durations by kind; interactions the browser did not report took under 16 ms. */
const durations = { click: [], keydown: [] };
const performed = { click: 0, keydown: 0 };

try {
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const path of ['quiz/', 'en/quiz/']) {
      const page = await browser.newPage();
      await page.addInitScript(() => {
        window.__events = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            if (entry.interactionId)
              window.__events.push({ id: entry.interactionId, name: entry.name, duration: entry.duration });
          }
        }).observe({ type: 'event', durationThreshold: 0, buffered: true });
      });
      await page.goto(server.url + path);
      await page.getByRole('radio').first().click();
      await page.keyboard.press('Enter');
      // As many questions as the content has, then the expectations step, skipped.
      let answered = 0;
      while (await page.locator('.quiz__question').isVisible()) {
        await page
          .getByRole('radio')
          .nth(answered % 4)
          .click();
        await page.keyboard.press('Enter');
        await page.waitForTimeout(30);
        answered += 1;
      }
      await page.locator('.quiz__expectations button[type="button"]').nth(1).click();
      await page.locator('.quiz__result').waitFor();
      await page.waitForTimeout(200);
      performed.click += answered + 2;
      performed.keydown += answered + 1;
      const events = await page.evaluate(() => window.__events);
      const byInteraction = new Map();
      for (const event of events) {
        const kind = ['pointerdown', 'pointerup', 'click'].includes(event.name)
          ? 'click'
          : ['keydown', 'keyup'].includes(event.name)
            ? 'keydown'
            : null;
        if (!kind) continue;
        // Enter on a form also fires a click on its submit button: the interaction is the key press.
        const seen = byInteraction.get(event.id);
        const kindOf = seen?.kind === 'keydown' || kind === 'keydown' ? 'keydown' : kind;
        byInteraction.set(event.id, { kind: kindOf, duration: Math.max(event.duration, seen?.duration ?? 0) });
      }
      for (const { kind, duration } of byInteraction.values()) durations[kind].push(duration);
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.stop();
}

const stats = (values, total) => {
  // Unreported interactions were under 16 ms: count them as 8 ms for the percentiles.
  const sorted = [...values, ...Array(Math.max(0, total - values.length)).fill(8)].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { n: sorted.length, under16: total - values.length, median: at(0.5), p95: at(0.95), max: sorted.at(-1) };
};
console.log('Quiz interaction (Event Timing: input to next paint, ms; 16.7 ms = one frame at 60 Hz)');
console.log('interaction        n  under 16 ms  median   p95    max');
for (const [name, values] of Object.entries(durations)) {
  const s = stats(values, performed[name]);
  const label = name === 'click' ? 'click an answer' : 'Enter: next';
  const median = s.median < 16 ? '<16' : String(s.median);
  const p95 = s.p95 < 16 ? '<16' : String(s.p95);
  console.log(
    `${label.padEnd(16)} ${String(s.n).padStart(3)} ${String(s.under16).padStart(12)} ${median.padStart(7)} ${p95.padStart(5)} ${String(s.max).padStart(6)}`,
  );
}
