#!/usr/bin/env node
// Every page in dist/ through the W3C Nu HTML checker (vnu-jar), in one Java
// run: 0 errors, or the run fails listing them. Warnings are not reported.
// Needs Java 11 or later (.ci/run installs Debian's default-jre-headless).
// Usage: npm run build && npm run test:html
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';

const dist = new URL('../../dist/', import.meta.url).pathname;
if (!existsSync(dist)) {
  console.error('dist/ not found: run `npm run build` first.');
  process.exit(1);
}
// The package exports the jar's path (as a String object).
const vnu = String(createRequire(import.meta.url)('vnu-jar'));

const pages = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? pages(full) : name.endsWith('.html') ? [full] : [];
  });
const files = pages(dist).sort();

const run = spawnSync('java', ['-jar', vnu, '--errors-only', '--format', 'gnu', ...files], { encoding: 'utf8' });
if (run.error) {
  console.error(
    `Could not run java (${run.error.message}): install a Java runtime, e.g. apt-get install default-jre-headless.`,
  );
  process.exit(1);
}
// The checker reads the pages as file: URLs, where a CSP <meta> draws notes
// about an origin the file does not have: artefacts of checking from disk.
const artefact = /Content-Security-Policy|file:\/\/ is not a valid/i;
const errors = `${run.stdout}${run.stderr}`
  .split('\n')
  .filter((line) => line.trim() && !artefact.test(line))
  .map((line) => line.replace(`file:${dist}`, '/').replace(/^"([^"]+)"/, '$1'));

if (errors.length > 0) {
  console.error(`Nu HTML checker: ${errors.length} error(s) in dist/\n  ${errors.join('\n  ')}`);
  process.exit(1);
}
console.log(`Nu HTML checker: ${files.length} pages, 0 errors (${relative(process.cwd(), dist)}).`);
