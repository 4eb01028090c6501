#!/usr/bin/env node
// Checks the built dist/ against the performance budgets and prints each page
// type's figures, so a regression shows up in every test run.
//
// "First view" = the HTML, the CSS it links, the fonts that CSS declares, the
// scripts it loads and the data its island fetches (data-props), as transferred: text gzipped (level 6, as hosts serve
// it), fonts as stored (woff2 is already compressed). Sizes in KB (1,024 B).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = new URL('../../dist/', import.meta.url).pathname;
const KB = 1024;

/** Budgets per page type; null means not budgeted, only reported. */
// First views as achieved with inlined CSS and subset fonts (issue 15), with a
// little room: home at most 35 KB. Essays got footnotes and heading links since
// (issue 10): 35.8 KB, 35.4 KB since each page's CSP lists only its own
// hashes (and the fallback font faces came in); 36 KB holds them there until
// the next cut.
const budgets = {
  home: { firstView: 35 * KB, inlineScript: 1 * KB, externalScripts: 0 },
  essay: { firstView: 36 * KB, inlineScript: 1 * KB, externalScripts: 0 },
  about: { firstView: 33 * KB, inlineScript: 1 * KB, externalScripts: 0 },
  privacy: { firstView: 33 * KB, inlineScript: 1 * KB, externalScripts: 0 },
  404: { firstView: 33 * KB, inlineScript: 1 * KB, externalScripts: 0 },
  // A shared result: a static page like an essay, made for link previews.
  result: { firstView: 35 * KB, inlineScript: 1 * KB, externalScripts: 0 },
  // A stage's shareable page: static as well, the default share of a result.
  stage: { firstView: 35 * KB, inlineScript: 1 * KB, externalScripts: 0 },
  // The quiz island: every script the page loads, inline and modules, gzipped.
  // First view includes 'how the quiz works' and the island's data (about half of its HTML).
  // Issue 20 added the weakest-dimension advice per role (data), the earlier editions'
  // structure and their reading (JavaScript): 61.6 KB and 16.2 KB measured, from 57 and 15.
  quiz: { firstView: 64 * KB, javaScript: 17 * KB },
  // The facilitator's workshop page (issue 14): its own JavaScript budget; the team view loads once there is a team.
  workshop: { firstView: 60 * KB, javaScript: 20 * KB },
  // A workshop participant answers the quiz's questions: the quiz's budget, and the whole quiz in its HTML
  // (62.8 KB and 15.7 KB measured after issue 20's editions and advice).
  workshopJoin: { firstView: 65 * KB, javaScript: 17 * KB },
};

/** Each page names its type on <body data-page> (BaseLayout), whatever its language or URL. */
function pageType(html) {
  return /<body[^>]*\sdata-page="([^"]+)"/.exec(html)?.[1] ?? 'other';
}

function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

const gz = (text) => gzipSync(text, { level: 6 }).length;

/** A module and everything it imports statically (what the browser must fetch). */
function moduleGraph(url, seen = new Set()) {
  if (seen.has(url)) return seen;
  seen.add(url);
  const code = readFileSync(fileIn(url), 'utf8');
  for (const [, spec] of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w{}\s,*$]+from\s*)?["']([^"']+)["']/g)) {
    moduleGraph(new URL(spec, `http://x${url}`).pathname, seen);
  }
  return seen;
}
/**
 * The hand-hydrated islands load their code right after the first paint
 * (IslandLoader.astro, src/islands/hydrate-after-paint.ts): it is still
 * first-load JavaScript. Their mount module by the island element's id.
 */
const AFTER_PAINT_MOUNTS = { 'quiz-island': 'mount', 'participant-island': 'mount-participant' };
const astroFiles = existsSync(join(dist, '_astro')) ? readdirSync(join(dist, '_astro')) : [];
function islandMounts(html) {
  return Object.entries(AFTER_PAINT_MOUNTS)
    .filter(([id]) => html.includes(`id="${id}"`))
    .map(([, name]) => {
      const file = astroFiles.find((f) => new RegExp(`^${name}\\.[\\w-]+\\.js$`).test(f));
      if (!file) throw new Error(`no /_astro/${name}.*.js for the island: has its mount module moved?`);
      return `/_astro/${file}`;
    });
}
const fileIn = (url) => join(dist, url.split(/[?#]/)[0].replace(/^\//, ''));

function measure(file) {
  const html = readFileSync(file, 'utf8');
  const stylesheets = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*>/g)].map(
    (m) => /href="([^"]+)"/.exec(m[0])[1],
  );
  const css = stylesheets.map((href) => readFileSync(fileIn(href), 'utf8'));
  const inlineCss = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
  // The first url() of each @font-face is what a modern browser downloads (woff2).
  const fonts = new Set(
    [...css, ...inlineCss].flatMap((sheet) =>
      [...sheet.matchAll(/@font-face\s*{[^}]*?src:\s*url\(([^)]+)\)/g)].map((m) => m[1].replace(/["']/g, '')),
    ),
  );
  const fontBytes = [...fonts].reduce((sum, url) => sum + statSync(fileIn(url)).size, 0);
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  const external = scripts.filter((m) => /\bsrc=/.test(m[1]));
  // Data blocks (JSON-LD, island props) are not executed: they count as HTML.
  const inline = scripts.filter((m) => !/\bsrc=/.test(m[1]) && !/type="application\/(ld\+)?json"/.test(m[1]));
  // Islands load their component and renderer as modules, with their imports.
  const entries = [
    ...external.map((m) => /src="([^"]+)"/.exec(m[1])[1]),
    ...islandMounts(html),
    ...[...html.matchAll(/<astro-island[^>]*>/g)].flatMap((m) =>
      [...m[0].matchAll(/(?:component|renderer)-url="([^"]+)"/g)].map((u) => u[1]),
    ),
  ];
  const modules = new Set(entries.flatMap((entry) => [...moduleGraph(entry)]));
  const externalBytes = [...modules].reduce((sum, url) => sum + gz(readFileSync(fileIn(url))), 0);
  const inlineScriptGz = inline.reduce((sum, m) => sum + gz(m[2]), 0);
  // Data an island fetches before it can be used (the quiz's props file).
  const dataBytes = [...html.matchAll(/\sdata-props="([^"]+)"/g)].reduce(
    (sum, m) => sum + gz(readFileSync(fileIn(m[1]))),
    0,
  );
  const htmlBytes = gz(html);
  const cssBytes = css.reduce((sum, sheet) => sum + gz(sheet), 0);
  return {
    html: htmlBytes,
    css: cssBytes,
    fonts: fontBytes,
    data: dataBytes,
    fontFiles: fonts.size,
    inlineScript: inline.reduce((sum, m) => sum + Buffer.byteLength(m[2]), 0),
    externalScripts: external.length + modules.size,
    externalScriptBytes: externalBytes,
    javaScript: externalBytes + inlineScriptGz,
    firstView: htmlBytes + cssBytes + fontBytes + externalBytes + dataBytes,
  };
}

if (!existsSync(dist)) {
  console.error('dist/ not found: run `npm run build` first.');
  process.exit(1);
}

const rows = htmlFiles(dist).map((file) => {
  const path = relative(dist, file);
  return { path, type: pageType(readFileSync(file, 'utf8')), ...measure(file) };
});

const failures = [];
for (const row of rows) {
  const budget = budgets[row.type];
  if (!budget) continue;
  if (row.firstView > budget.firstView)
    failures.push(`${row.path}: first view ${row.firstView} B > ${budget.firstView} B`);
  if (budget.inlineScript !== undefined && row.inlineScript > budget.inlineScript)
    failures.push(`${row.path}: inline script ${row.inlineScript} B > ${budget.inlineScript} B`);
  if (budget.externalScripts !== undefined && row.externalScripts > budget.externalScripts)
    failures.push(`${row.path}: ${row.externalScripts} external script(s), budget ${budget.externalScripts}`);
  if (budget.javaScript !== undefined && row.javaScript > budget.javaScript)
    failures.push(`${row.path}: JavaScript ${row.javaScript} B gzipped > ${budget.javaScript} B`);
}

// One line per page type: the largest page of that type.
const kb = (bytes) => (bytes / KB).toFixed(1).padStart(6);
console.log('Page type  pages  HTML gz  CSS gz   fonts  JS mods  data gz  inline JS  all JS gz  first view  budget');
const types = [...new Set(rows.map((r) => r.type))].sort();
for (const type of types) {
  const ofType = rows.filter((r) => r.type === type);
  const worst = ofType.reduce((a, b) => (b.firstView > a.firstView ? b : a));
  const budget = budgets[type];
  console.log(
    `${type.padEnd(9)} ${String(ofType.length).padStart(6)} ${kb(worst.html)} ${kb(worst.css)} ${kb(worst.fonts)} ${kb(worst.externalScriptBytes)}  ${kb(worst.data)}  ${String(worst.inlineScript).padStart(7)} B ${kb(worst.javaScript)} KB ${kb(worst.firstView)} KB  ${budget ? `${(budget.firstView / KB).toFixed(0)} KB${budget.javaScript ? `, JS ${(budget.javaScript / KB).toFixed(0)} KB` : ''}` : '-'}   (${worst.path})`,
  );
}

if (failures.length > 0) {
  console.error(`\nBudget exceeded:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(`\nAll ${rows.length} pages within budget.`);
