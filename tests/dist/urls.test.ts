/**
 * The files the build publishes, compared with tests/fixtures/dist-files.txt:
 * a page or image that appears or disappears must be a deliberate change.
 * After such a change, regenerate the list from a fresh build:
 *   (cd dist && find . -type f ! -path './_astro/*' ! -path './island-data/*' | sed 's|^\./||' | LC_ALL=C sort) > tests/fixtures/dist-files.txt
 * Files named by a hash of their content (/_astro/, /island-data/) are left out;
 * tests/dist/island-data.test.ts checks the islands' props.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';

const dist = new URL('../../dist/', import.meta.url).pathname;
const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [relative(dist, full)];
  });

test('dist/ holds exactly the files in tests/fixtures/dist-files.txt (hashed /_astro/ and /island-data/ files aside)', () => {
  const built = walk(dist)
    .filter((path) => !path.startsWith('_astro/') && !path.startsWith('island-data/'))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const expected = readFileSync(new URL('../fixtures/dist-files.txt', import.meta.url), 'utf8').split('\n').filter(Boolean);
  expect(built).toEqual(expected);
});
