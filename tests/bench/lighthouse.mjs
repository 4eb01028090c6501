#!/usr/bin/env node
// Lighthouse, mobile with default (simulated) throttling, on the built site:
// home, essay, quiz and a result page in both languages. Prints the four
// category scores, LCP, TBT, CLS and transfer bytes by type.
// Run after `npm run build`: npm run bench:lighthouse
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumPath, startPreview } from './preview-server.mjs';

const LIGHTHOUSE_PAGES = [
  '/',
  '/en/',
  '/essays/partner-op-papier/',
  '/en/essays/partner-on-paper/',
  '/quiz/',
  '/en/quiz/',
  '/quiz/uitslag/65/',
  '/en/quiz/result/65/',
];

const kb = (bytes) => `${(bytes / 1024).toFixed(1)}`;

async function runLighthouse(baseUrl, pages = LIGHTHOUSE_PAGES) {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const rows = [];
  try {
    for (const path of pages) {
      const { lhr } = await lighthouse(`${baseUrl.replace(/\/$/, '')}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
      });
      const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const bytes = Object.fromEntries(
        (lhr.audits['resource-summary'].details?.items ?? []).map((item) => [item.resourceType, item.transferSize]),
      );
      rows.push({
        path,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        lcp: Math.round(lhr.audits['largest-contentful-paint'].numericValue),
        tbt: Math.round(lhr.audits['total-blocking-time'].numericValue),
        cls: lhr.audits['cumulative-layout-shift'].numericValue,
        bytes,
      });
    }
  } finally {
    chrome.kill();
  }
  return rows;
}

function printLighthouse(rows) {
  console.log('Lighthouse (mobile, simulated throttling). KB transferred by type.');
  console.log(
    'page                           perf a11y  bp  seo   LCP ms TBT ms   CLS   total  doc  css  font   js  img',
  );
  for (const r of rows) {
    const b = r.bytes;
    console.log(
      `${r.path.padEnd(30)} ${String(r.performance).padStart(4)} ${String(r.accessibility).padStart(4)} ${String(r.bestPractices).padStart(3)} ${String(r.seo).padStart(4)} ${String(r.lcp).padStart(8)} ${String(r.tbt).padStart(6)} ${r.cls.toFixed(3).padStart(5)} ${kb(b.total ?? 0).padStart(7)} ${kb(b.document ?? 0).padStart(4)} ${kb(b.stylesheet ?? 0).padStart(4)} ${kb(b.font ?? 0).padStart(5)} ${kb(b.script ?? 0).padStart(4)} ${kb(b.image ?? 0).padStart(4)}`,
    );
  }
  const misses = rows.filter((r) => [r.performance, r.accessibility, r.bestPractices, r.seo].some((s) => s < 100));
  console.log(
    misses.length === 0
      ? 'Target met: 100 in every category on every page.'
      : `Below 100: ${misses.map((r) => r.path).join(', ')}`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await startPreview(4331);
  try {
    printLighthouse(await runLighthouse(server.url));
  } finally {
    server.stop();
  }
}
