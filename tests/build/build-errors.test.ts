/**
 * Broken content stops the build with a clear answer: the file, the line
 * where known, and the field. Each case builds a temporary copy of the
 * project with one broken file.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { withCopy, type Run } from './project-copy';

const buildWith = (change: (dir: string) => void): Run =>
  withCopy((dir, run) => {
    change(dir);
    return run('npm', 'run', 'build');
  });

const fixture = (name: string) => resolve('tests/fixtures/broken', name);
const edit = (path: string, replace: (text: string) => string) => {
  const text = readFileSync(path, 'utf8');
  const changed = replace(text);
  if (changed === text) throw new Error(`the edit changed nothing in ${path}`);
  writeFileSync(path, changed);
};

test('an essay without a title names the file, the line and the field', () => {
  const { status, output } = buildWith((dir) =>
    cpSync(fixture('missing-title.mdx'), join(dir, 'content/essays/nl/zonder-titel.mdx')),
  );
  expect(status).not.toBe(0);
  expect(output).toContain('content/essays/nl/zonder-titel.mdx:2:1 → title: is missing; this field is required');
  // Astro's own zod formatting leaves markup like "title**: **title"; ours has none.
  expect(output).not.toContain('**');
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
  const { status, output } = buildWith((dir) =>
    edit(join(dir, 'content/quiz/stages.yaml'), (text) => text.replace(/from: 50\b/, 'from: 55')),
  );
  expect(status).not.toBe(0);
  expect(output).toContain('content/quiz/stages.yaml → money-flow.from');
});

test('a quiz YAML syntax error fails the build with its line, also with a warm cache', () => {
  withCopy((dir, run) => {
    // Fill Astro's data store with the good quiz, as a previous build would.
    expect(run('npm', 'run', 'sync').status).toBe(0);
    expect(existsSync(join(dir, 'node_modules/.astro/data-store.json'))).toBe(true);

    const file = join(dir, 'content/quiz/questions.yaml');
    const lines = readFileSync(file, 'utf8').split('\n');
    const at = lines.findIndex((line) => /^\s+options:$/.test(line));
    lines[at] = `${lines[at]} "unclosed`;
    writeFileSync(file, lines.join('\n'));

    const { status, output } = run('npm', 'run', 'build');
    expect(status).not.toBe(0);
    expect(output).toContain(`content/quiz/questions.yaml:${at + 1}:`);
    expect(output).toContain('→ YAML: does not parse');
    expect(output).not.toContain('has no questions');
  });
});

test('impossible and ambiguous dates name the file, the line and the field', () => {
  const { status, output } = buildWith((dir) => {
    edit(join(dir, 'content/essays/nl/dichter-bij-de-klant.mdx'), (t) =>
      t.replace(/^pubDate: .*$/m, 'pubDate: 2026-13-45'),
    );
    edit(join(dir, 'content/essays/en/closer-to-the-customer.mdx'), (t) =>
      t.replace(/^pubDate: .*$/m, 'pubDate: 03/04/2026'),
    );
  });
  expect(status).not.toBe(0);
  expect(output).toMatch(
    /content\/essays\/nl\/dichter-bij-de-klant\.mdx:\d+:10 → pubDate: 2026-13-45 is not a real date/,
  );
  expect(output).toMatch(
    /content\/essays\/en\/closer-to-the-customer\.mdx:\d+:10 → pubDate: is not a date: write it as YYYY-MM-DD .*\(found "03\/04\/2026"\)/,
  );
});

test('an Aside without its title names the file and the line', () => {
  const { status, output } = buildWith((dir) =>
    edit(join(dir, 'content/essays/nl/dichter-bij-de-klant.mdx'), (t) => t.replace(/<Aside title="[^"]*">/, '<Aside>')),
  );
  expect(status).not.toBe(0);
  expect(output).toMatch(/content\/essays\/nl\/dichter-bij-de-klant\.mdx:\d+:1 → <Aside> title: is missing/);
});

test('a file name that is not a slug fails the build, and leaves the previous dist/ untouched', () => {
  withCopy((dir, run) => {
    // A previous build's output, which a failed build must neither wipe nor half-overwrite.
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist/previous.txt'), 'the last good build');
    const essays = join(dir, 'content/essays/nl');
    renameSync(join(essays, 'dichter-bij-de-klant.mdx'), join(essays, 'Dichter_Bij_De_Klant.mdx'));

    const { status, output } = run('npm', 'run', 'build');
    expect(status).not.toBe(0);
    expect(output).toContain(
      'content/essays/nl/Dichter_Bij_De_Klant.mdx → file name: "Dichter_Bij_De_Klant" is not a URL slug',
    );
    expect(readdirSync(join(dir, 'dist'))).toEqual(['previous.txt']);
  });
});
