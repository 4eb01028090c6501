#!/usr/bin/env node
// Lighthouse, mobile with default (simulated) throttling, on the built site
// served by nginx with gzip (as tests/e2e/nginx-server.ts serves it): home,
// essay, quiz and a result page in both languages, each beside its floor (the
// same text as bare HTML, tests/bench/floor.mjs), interleaved over ROUNDS
// rounds (default 3) so that machine noise hits page and floor alike.
// Prints FCP, LCP and transfer as medians with their ratio to the floor, then
// the four category scores, TBT, CLS and transfer bytes by type.
// Run after `npm run build`: npm run bench:lighthouse
// BEFORE_DIST=<dir> also measures an older build in the same rounds; DIST=<dir>
// measures another build than dist/. nginx listens on LIGHTHOUSE_PORT (default
// 4331) and, for the older build, the port after it.
import { resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startNginx, throwawayCertificate } from '../e2e/nginx-server.ts';
import { floorFile } from './floor.mjs';
import { chromiumPath } from './preview-server.mjs';

/** The measured pages; each page type's floor is made from its Dutch page. */
const PAGES = [
  { type: 'home', paths: ['/', '/en/'] },
  { type: 'essay', paths: ['/essays/partner-op-papier/', '/en/essays/partner-on-paper/'] },
  { type: 'quiz', paths: ['/quiz/', '/en/quiz/'] },
  { type: 'result', paths: ['/quiz/uitslag/65/', '/en/quiz/result/65/'] },
];
/** Issue 15's targets: page over floor, median of three. */
const TARGETS = { home: { fcp: 1.15, lcp: 1.25 }, essay: { fcp: 1.15, lcp: 1.25 }, quiz: { lcp: 1.25 } };
const ROUNDS = Number(process.env.ROUNDS || 3);
/** The build to measure (DIST=<dir>, default dist/), e.g. a copy while dist/ is rebuilt. */
const DIST = process.env.DIST || 'dist';
/** Where nginx serves the build (and, one port up, BEFORE_DIST): another checkout's tests may hold the default. */
const PORT = Number(process.env.LIGHTHOUSE_PORT || 4331);
/**
 * LIGHTHOUSE_TLS=1 serves pages and floors over https with HTTP/2, as the
 * deployed nginx does (a throwaway self-signed certificate); by default plain
 * http/1.1, as issue 15's table was measured.
 */
const TLS = process.env.LIGHTHOUSE_TLS === '1';

const kb = (bytes) => `${(bytes / 1024).toFixed(1)}`;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function measure(chrome, url, attempt = 1) {
  const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
  // On a loaded machine Lighthouse now and then misses the navigation (NO_NAVSTART): try again.
  if (lhr.runtimeError || lhr.audits['largest-contentful-paint'].numericValue === undefined) {
    if (attempt < 3) return measure(chrome, url, attempt + 1);
    throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError?.code ?? 'no LCP'}`);
  }
  const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const bytes = Object.fromEntries(
    (lhr.audits['resource-summary'].details?.items ?? []).map((item) => [item.resourceType, item.transferSize]),
  );
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    fcp: lhr.audits['first-contentful-paint'].numericValue,
    lcp: lhr.audits['largest-contentful-paint'].numericValue,
    tbt: lhr.audits['total-blocking-time'].numericValue,
    cls: lhr.audits['cumulative-layout-shift'].numericValue,
    bytes,
  };
}

/** Each field's median over the rounds (bytes by type too). */
function medians(runs) {
  const pick = (get) => median(runs.map(get));
  const types = [...new Set(runs.flatMap((r) => Object.keys(r.bytes)))];
  return {
    ...Object.fromEntries(
      ['performance', 'accessibility', 'bestPractices', 'seo', 'fcp', 'lcp', 'tbt', 'cls'].map((k) => [
        k,
        pick((r) => r[k]),
      ]),
    ),
    bytes: Object.fromEntries(types.map((t) => [t, pick((r) => r.bytes[t] ?? 0)])),
  };
}

function printFloorTable(rows) {
  console.log(
    `Pages against their floor (Lighthouse mobile, simulated throttling, nginx + gzip${TLS ? ' over https with HTTP/2' : ', http/1.1'}, median of ${ROUNDS})`,
  );
  console.log(
    'page                             FCP ms  floor  ratio   LCP ms  floor  ratio  total KB  floor  ratio  target',
  );
  for (const row of rows) {
    const { floor, result } = row;
    const ratio = (a, b) => (a / b).toFixed(2).padStart(6);
    const target = TARGETS[row.type];
    const met =
      row.label || !target
        ? ''
        : (target.fcp === undefined || result.fcp <= target.fcp * floor.fcp) && result.lcp <= target.lcp * floor.lcp
          ? 'met'
          : 'missed';
    console.log(
      `${(row.label ? `${row.path} (${row.label})` : row.path).padEnd(32)} ${String(Math.round(result.fcp)).padStart(6)} ${String(Math.round(floor.fcp)).padStart(6)} ${ratio(result.fcp, floor.fcp)} ${String(Math.round(result.lcp)).padStart(8)} ${String(Math.round(floor.lcp)).padStart(6)} ${ratio(result.lcp, floor.lcp)} ${kb(result.bytes.total ?? 0).padStart(9)} ${kb(floor.bytes.total ?? 0).padStart(6)} ${ratio(result.bytes.total ?? 0, floor.bytes.total ?? 1)}  ${met}`,
    );
  }
  const floors = [...new Map(rows.map((r) => [r.type, r.floor])).entries()];
  console.log(
    `Floors: ${floors.map(([type, f]) => `${type} ${Math.round(f.fcp)}/${Math.round(f.lcp)} ms ${kb(f.bytes.total ?? 0)} KB`).join('; ')}`,
  );
  console.log(
    `Targets (issue 15): essay and home FCP <= ${TARGETS.essay.fcp}x and LCP <= ${TARGETS.essay.lcp}x floor; quiz LCP <= ${TARGETS.quiz.lcp}x floor.`,
  );
}

function printLighthouse(rows) {
  console.log('\nLighthouse categories and transfer (median). KB transferred by type.');
  console.log(
    'page                             perf a11y  bp  seo   LCP ms TBT ms   CLS   total  doc  css  font   js  img',
  );
  for (const row of rows) {
    const r = row.result;
    const b = r.bytes;
    const name = row.label ? `${row.path} (${row.label})` : row.path;
    console.log(
      `${name.padEnd(32)} ${String(r.performance).padStart(4)} ${String(r.accessibility).padStart(4)} ${String(r.bestPractices).padStart(3)} ${String(r.seo).padStart(4)} ${String(Math.round(r.lcp)).padStart(8)} ${String(Math.round(r.tbt)).padStart(6)} ${r.cls.toFixed(3).padStart(5)} ${kb(b.total ?? 0).padStart(7)} ${kb(b.document ?? 0).padStart(4)} ${kb(b.stylesheet ?? 0).padStart(4)} ${kb(b.font ?? 0).padStart(5)} ${kb(b.script ?? 0).padStart(4)} ${kb(b.image ?? 0).padStart(4)}`,
    );
  }
  const current = rows.filter((r) => !r.label);
  const misses = current.filter((r) =>
    [r.result.performance, r.result.accessibility, r.result.bestPractices, r.result.seo].some((s) => s < 100),
  );
  console.log(
    misses.length === 0
      ? 'Target met: 100 in every category on every page.'
      : `Below 100: ${misses.map((r) => r.path).join(', ')}`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const floors = Object.fromEntries(
    PAGES.map(({ type, paths }) => [`floor/${type}/index.html`, floorFile(DIST, paths[0])]),
  );
  const tls = TLS ? throwawayCertificate(resolve('.tmp/lighthouse-tls')) : undefined;
  const servers = [{ label: '', server: await startNginx(PORT, { extraFiles: floors, dist: DIST, tls }) }];
  if (process.env.BEFORE_DIST)
    servers.push({ label: 'before', server: await startNginx(PORT + 1, { dist: process.env.BEFORE_DIST, tls }) });
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(TLS ? ['--ignore-certificate-errors'] : []),
    ],
  });
  const runs = new Map();
  const record = (key, result) => runs.set(key, [...(runs.get(key) ?? []), result]);
  try {
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const { type, paths } of PAGES) {
        record(`floor ${type}`, await measure(chrome, `${servers[0].server.url}/floor/${type}/`));
        for (const path of paths)
          for (const { label, server } of servers) record(`${label} ${path}`, await measure(chrome, server.url + path));
      }
      console.error(`round ${round + 1} of ${ROUNDS} done`);
    }
  } finally {
    chrome.kill();
    for (const { server } of servers) server.stop();
  }
  const rows = PAGES.flatMap(({ type, paths }) =>
    paths.flatMap((path) =>
      servers.map(({ label }) => ({
        type,
        path,
        label,
        result: medians(runs.get(`${label} ${path}`)),
        floor: medians(runs.get(`floor ${type}`)),
      })),
    ),
  );
  printFloorTable(rows);
  printLighthouse(rows);
}
