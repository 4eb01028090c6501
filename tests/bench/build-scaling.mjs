#!/usr/bin/env node
// How the build scales with the size of the series, and what a rebuild costs:
// in a temporary copy of the project with 50 and with 500 generated essays
// (half per language, paired), a cold build (empty caches), a warm rebuild
// with no change, and a rebuild after one essay's title changed. Prints the
// time per essay, per page, peak memory and how many share images each build
// drew (new files in the copy's node_modules/.cache/dlk-og/).
// Usage: npm run bench:build [-- 50 500]; BEFORE_SOURCE=<dir> also builds an
// older checkout of the project (without the image cache) in the same run.
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const counts = sizes.length ? sizes : [50, 500];
const sources = [
  { label: '', dir: process.cwd() },
  ...(process.env.BEFORE_SOURCE ? [{ label: 'before', dir: resolve(process.env.BEFORE_SOURCE) }] : []),
];

/** Real prose to fill generated essays: the paragraphs of part 1. */
const paragraphs = readFileSync('content/essays/nl/natuurlijk-bent-u-koning.mdx', 'utf8')
  .split(/^---$/m)[2]
  .split(/\n\n+/)
  .filter((p) => /^[A-Z]/.test(p) && p.length > 200);

function essay(locale, part, index, title = `Generated essay ${index}`) {
  const sections = [1, 2, 3].map((n) => `## Section ${n}\n\n${paragraphs.slice(0, 3).join('\n\n')}`).join('\n\n');
  return `---
title: "${title}"
description: "A generated essay for the build benchmark, number ${index}."
part: ${part}
locale: ${locale}
translationKey: "generated-${index}"
pubDate: 2026-12-01
author: "Benchmark"
---

${sections}
`;
}

function htmlCount(dir) {
  return readdirSync(dir).reduce((sum, name) => {
    const full = join(dir, name);
    return sum + (statSync(full).isDirectory() ? htmlCount(full) : name.endsWith('.html') ? 1 : 0);
  }, 0);
}

const builder = `
const { build } = await import('astro');
const started = performance.now();
await build({ root: process.cwd(), logLevel: 'error' });
console.log(JSON.stringify({ ms: performance.now() - started, maxRssKb: process.resourceUsage().maxRSS }));
`;

/**
 * A copy of the project with its own, empty caches: node_modules is a folder
 * of links to the real packages, without .cache and .vite.
 */
function projectCopy(source, count) {
  const dir = mkdtempSync(join(tmpdir(), 'dlk-scale-'));
  for (const entry of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
    cpSync(join(source, entry), join(dir, entry), { recursive: true });
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync('node_modules'))
    if (entry !== '.cache' && entry !== '.vite' && entry !== '.astro')
      symlinkSync(resolve('node_modules', entry), join(dir, 'node_modules', entry));
  for (let i = 0; i < count / 2; i += 1) {
    writeFileSync(join(dir, `content/essays/nl/gegenereerd-${i}.mdx`), essay('nl', 5 + i, i));
    writeFileSync(join(dir, `content/essays/en/generated-${i}.mdx`), essay('en', 5 + i, i));
  }
  return dir;
}

const cachedImages = (dir) => {
  const cache = join(dir, 'node_modules/.cache/dlk-og');
  return existsSync(cache) ? readdirSync(cache).filter((name) => name.endsWith('.png')).length : 0;
};

function build(dir) {
  const before = cachedImages(dir);
  const output = execFileSync('node', ['--input-type=module', '-e', builder], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  const { ms, maxRssKb } = JSON.parse(output.trim().split('\n').at(-1));
  return { ms, maxRssKb, drawn: cachedImages(dir) - before, pages: htmlCount(join(dir, 'dist')) };
}

console.log(
  'Build scaling (temporary copy of the project, essays generated from part 1; one essay = page + share image)',
);
console.log(
  'essays  build                           pages  build s  ms/essay  ms/page  peak MB  images drawn  vs cold',
);
const steps = [
  ['cold', () => {}],
  ['warm, no change', () => {}],
  [
    'warm, one essay changed',
    (dir) =>
      writeFileSync(join(dir, 'content/essays/nl/gegenereerd-0.mdx'), essay('nl', 5, 0, 'Generated essay 0, revised')),
  ],
];
for (const count of counts) {
  const copies = sources.map((source) => ({ ...source, copy: projectCopy(source.dir, count), runs: [] }));
  try {
    // Interleaved: each step builds every source before the next step, so load on this machine hits both alike.
    for (const [, prepare] of steps) {
      for (const source of copies) {
        prepare(source.copy);
        source.runs.push(build(source.copy));
      }
    }
  } finally {
    for (const { copy } of copies) rmSync(copy, { recursive: true, force: true });
  }
  for (const { label, runs } of copies) {
    runs.forEach((run, i) => {
      const drawn = label ? '-' : String(run.drawn);
      console.log(
        `${String(count).padStart(6)}  ${`${steps[i][0]}${label ? ` (${label})` : ''}`.padEnd(32)} ${String(run.pages).padStart(5)} ${(run.ms / 1000).toFixed(1).padStart(8)} ${(run.ms / count).toFixed(1).padStart(9)} ${(run.ms / run.pages).toFixed(1).padStart(8)} ${(run.maxRssKb / 1024).toFixed(0).padStart(8)} ${drawn.padStart(13)} ${(run.ms / runs[0].ms).toFixed(2).padStart(8)}`,
      );
    });
  }
}
