/**
 * Broken content stops the build with a clear answer: the file and the field.
 * Each case builds a temporary copy of the project with one broken file.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';

function buildWith(change: (dir: string) => void): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'dlk-broken-'));
  try {
    for (const entry of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
      cpSync(entry, join(dir, entry), { recursive: true });
    }
    symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
    change(dir);
    const result = spawnSync('npm', ['run', 'build'], { cwd: dir, encoding: 'utf8', timeout: 170_000 });
    return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const fixture = (name: string) => resolve('tests/fixtures/broken', name);

test('an essay without a title names the file and the field', () => {
  const { status, output } = buildWith((dir) =>
    cpSync(fixture('missing-title.mdx'), join(dir, 'content/essays/nl/zonder-titel.mdx')),
  );
  expect(status).not.toBe(0);
  expect(output).toContain('content/essays/nl/zonder-titel.mdx');
  expect(output).toMatch(/\btitle\b.*Required/);
});

test('two essays claiming one part name both files and the field', () => {
  const { status, output } = buildWith((dir) =>
    cpSync(fixture('duplicate-part.mdx'), join(dir, 'content/essays/nl/tweede-deel-twee.mdx')),
  );
  expect(status).not.toBe(0);
  expect(output).toContain('content/essays/nl/tweede-deel-twee.mdx → part');
  expect(output).toContain('dichter-bij-de-klant.mdx');
});

test('an essay without a translation names the file and translationKey', () => {
  const { status, output } = buildWith((dir) =>
    cpSync(fixture('no-translation.mdx'), join(dir, 'content/essays/nl/alleen-nederlands.mdx')),
  );
  expect(status).not.toBe(0);
  expect(output).toContain('content/essays/nl/alleen-nederlands.mdx → translationKey');
});

test('quiz stages with a gap name the file and the stage', () => {
  const { status, output } = buildWith((dir) => {
    const file = join(dir, 'content/quiz/stages.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/from: 50\b/, 'from: 55'));
  });
  expect(status).not.toBe(0);
  expect(output).toContain('content/quiz/stages.yaml → money-flow.from');
});
