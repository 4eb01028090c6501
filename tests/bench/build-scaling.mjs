#!/usr/bin/env node
// How the build scales with the size of the series: builds a temporary copy
// of the project with 50 and with 500 generated essays (half per language,
// paired) and prints milliseconds per page and peak memory.
// Usage: npm run bench:build [-- 50 500]
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const counts = sizes.length ? sizes : [50, 500];

/** Real prose to fill generated essays: the paragraphs of part 1. */
const paragraphs = readFileSync('content/essays/nl/natuurlijk-bent-u-koning.mdx', 'utf8')
  .split(/^---$/m)[2]
  .split(/\n\n+/)
  .filter((p) => /^[A-Z]/.test(p) && p.length > 200);

function essay(locale, part, index) {
  const sections = [1, 2, 3].map((n) => `## Section ${n}\n\n${paragraphs.slice(0, 3).join('\n\n')}`).join('\n\n');
  return `---
title: "Generated essay ${index}"
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

console.log('Build scaling (temporary copy of the project, essays generated from part 1)');
console.log('essays  pages  build s  ms/page  peak MB');
for (const count of counts) {
  const dir = mkdtempSync(join(tmpdir(), 'dlk-scale-'));
  try {
    for (const entry of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
      cpSync(entry, join(dir, entry), { recursive: true });
    symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
    for (let i = 0; i < count / 2; i += 1) {
      writeFileSync(join(dir, `content/essays/nl/gegenereerd-${i}.mdx`), essay('nl', 5 + i, i));
      writeFileSync(join(dir, `content/essays/en/generated-${i}.mdx`), essay('en', 5 + i, i));
    }
    const output = execFileSync('node', ['--input-type=module', '-e', builder], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      maxBuffer: 64 * 1024 * 1024,
    });
    const { ms, maxRssKb } = JSON.parse(output.trim().split('\n').at(-1));
    const pages = htmlCount(join(dir, 'dist'));
    console.log(
      `${String(count).padStart(6)} ${String(pages).padStart(6)} ${(ms / 1000).toFixed(1).padStart(8)} ${(ms / pages).toFixed(1).padStart(8)} ${(maxRssKb / 1024).toFixed(0).padStart(8)}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
