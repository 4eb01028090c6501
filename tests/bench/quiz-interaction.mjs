#!/usr/bin/env node
// Measures how fast answering a quiz question updates the screen, with the
// browser's own Event Timing API (the data behind INP): for every click on an
// answer and every Enter that moves to the next question, the time from input
// to the next paint. Run after `npm run build`: npm run bench:quiz
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumPath, startPreview } from './preview-server.mjs';

const ROUNDS = Number(process.env.ROUNDS || 3);
const server = await startPreview(4330);
const executablePath = chromiumPath();
const browser = await chromium.launch(existsSync(executablePath) ? { executablePath } : {});
const durations = { click: [], keydown: [] };

try {
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const path of ['quiz/', 'en/quiz/']) {
      const page = await browser.newPage();
      await page.addInitScript(() => {
        window.__events = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            if (entry.interactionId) window.__events.push({ name: entry.name, duration: entry.duration });
          }
        }).observe({ type: 'event', durationThreshold: 0, buffered: true });
      });
      await page.goto(server.url + path);
      await page.getByRole('radio').first().click();
      await page.keyboard.press('Enter');
      for (let question = 0; question < 12; question += 1) {
        await page.getByRole('radio').nth(question % 4).click();
        await page.keyboard.press('Enter');
        await page.waitForTimeout(30);
      }
      await page.locator('.quiz__result').waitFor();
      await page.waitForTimeout(200);
      const events = await page.evaluate(() => window.__events);
      for (const event of events) if (event.name in durations) durations[event.name].push(event.duration);
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.stop();
}

const stats = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { n: sorted.length, median: at(0.5), p95: at(0.95), max: sorted.at(-1) };
};
console.log('Quiz interaction (Event Timing: input to next paint, ms; 16.7 ms = one frame at 60 Hz)');
console.log('event      n  median   p95    max');
for (const [name, values] of Object.entries(durations)) {
  const s = stats(values);
  console.log(`${name.padEnd(8)} ${String(s.n).padStart(3)} ${String(s.median).padStart(7)} ${String(s.p95).padStart(5)} ${String(s.max).padStart(6)}`);
}
