/**
 * Rebuilds copy an essay page from the last build only when nothing it shows
 * has changed (experimental.incrementalBuild and essayCacheKey in
 * src/data/essays.ts). A new title for part 2 must reach the pages that link
 * to it, while a page that does not show it is copied as it was.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { withCopy } from './project-copy';

test('after a title changes, the essays that show it are rendered again and the others are copied', () => {
  withCopy((dir, run) => {
    const page = (path: string) => readFileSync(join(dir, 'dist', path, 'index.html'), 'utf8');
    const first = run('npm', 'run', 'build');
    expect(first.status, first.output).toBe(0);
    expect(first.output).not.toMatch(/\((cached|restored)\)/);
    const unrelatedBefore = page('essays/de-luisterende-koning');

    const source = join(dir, 'content/essays/nl/dichter-bij-de-klant.mdx');
    const text = readFileSync(source, 'utf8');
    expect(text).toMatch(/^title: "/m);
    writeFileSync(source, text.replace(/^title: ".*"$/m, 'title: "Dichter bij de klant, herzien"'));
    const second = run('npm', 'run', 'build');
    expect(second.status, second.output).toBe(0);

    // The essay itself, its neighbours (parts 1 and 3) and the home page's series list show the new title.
    for (const path of [
      'essays/dichter-bij-de-klant',
      'essays/natuurlijk-bent-u-koning',
      'essays/partner-op-papier',
      '',
    ])
      expect(page(path), path || 'home').toContain('Dichter bij de klant, herzien');
    // Part 4 links to part 3 only: copied from the last build, byte for byte.
    expect(second.output).toMatch(/essays\/de-luisterende-koning\/index\.html.*\((cached|restored)\)/);
    expect(page('essays/de-luisterende-koning')).toBe(unrelatedBefore);
    expect(second.output).not.toMatch(/essays\/natuurlijk-bent-u-koning\/index\.html.*\((cached|restored)\)/);
  });
});
