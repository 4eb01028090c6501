/**
 * The props of the hand-hydrated islands, served as a file per island and
 * language (src/data/island-props.ts): each page names its own file, the file
 * is valid JSON in the page's language, and its name changes with its
 * content, which is what lets hosts cache it for good.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locales, t } from '@/i18n';
import { pagePath, type PageKind } from '@/lib/routes';

const dist = new URL('../../dist/', import.meta.url).pathname;
const dataFiles = readdirSync(join(dist, 'island-data')).sort();
const islands: { island: string; page: PageKind; element: string }[] = [
  { island: 'quiz', page: 'quiz', element: 'quiz-island' },
  { island: 'participant', page: 'workshopJoin', element: 'participant-island' },
];

describe('the islands’ props files', () => {
  it('hold one file per island and language, each named by a hash of its content', () => {
    expect(dataFiles.map((name) => name.split('.').slice(0, 2).join('.')).sort()).toEqual(
      islands.flatMap(({ island }) => locales.map((locale) => `${island}.${locale}`)).sort(),
    );
    for (const name of dataFiles) {
      const hash = createHash('sha256')
        .update(readFileSync(join(dist, 'island-data', name)))
        .digest('hex')
        .slice(0, 10);
      expect(name).toBe(`${name.split('.').slice(0, 2).join('.')}.${hash}.json`);
    }
  });

  for (const { island, page, element } of islands)
    for (const locale of locales)
      it(`${island}, ${locale}: the page names its own file and carries no props inline`, () => {
        const html = readFileSync(join(dist, pagePath(locale, page), 'index.html'), 'utf8');
        const path = new RegExp(`id="${element}" data-props="([^"]+)"`).exec(html)?.[1];
        expect(path).toMatch(new RegExp(`^/island-data/${island}\\.${locale}\\.[0-9a-f]{10}\\.json$`));
        const props = JSON.parse(readFileSync(join(dist, path!), 'utf8'));
        expect(props.strings['quiz.start']).toBe(t(locale, 'quiz.start'));
        expect(props.quiz.questions.length).toBeGreaterThan(0);
        expect(html).not.toContain('application/json');
      });
});
