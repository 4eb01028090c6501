/**
 * The published series itself: both languages complete, essays of essay
 * length, every internal link in the content pointing at a real page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { locales } from '@/i18n/locales';
import { essaySchema } from '@/lib/essay-schema';
import { findSeriesProblems, slugOf, type EssayEntry } from '@/lib/essays';
import { countWords } from '@/lib/reading-time';
import { essayPath, feedPath, pagePath, type PageKind } from '@/lib/routes';

const root = new URL('../../content/', import.meta.url);
const schema = essaySchema;

function readEntries(collection: string): (EssayEntry & { raw: string })[] {
  return locales.flatMap((locale) =>
    readdirSync(new URL(`${collection}/${locale}/`, root))
      .filter((file) => /\.mdx?$/.test(file))
      .map((file) => {
        const filePath = `content/${collection}/${locale}/${file}`;
        const raw = readFileSync(new URL(`${collection}/${locale}/${file}`, root), 'utf8');
        const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(raw);
        if (!match) throw new Error(`${filePath}: no frontmatter`);
        const data = collection === 'essays' ? schema.parse(parseYaml(match[1]!)) : parseYaml(match[1]!);
        return { id: `${locale}/${file.replace(/\.mdx?$/, '')}`, filePath, body: match[2]!, data, raw };
      }),
  );
}

const essays = readEntries('essays');
const pages = readEntries('pages');

describe('the essay series', () => {
  it('numbers its parts 1, 2, 3 … without gaps, the same in every language', () => {
    const published = essays.filter((e) => !e.data.draft);
    const count = published.filter((e) => e.data.locale === locales[0]).length;
    expect(count).toBeGreaterThanOrEqual(1);
    for (const locale of locales) {
      const parts = published
        .filter((e) => e.data.locale === locale)
        .map((e) => e.data.part)
        .sort((a, b) => a - b);
      expect(parts, locale).toEqual(Array.from({ length: count }, (_, i) => i + 1));
    }
  });

  it('pairs every essay with its translation and breaks no series rule', () => {
    expect(findSeriesProblems(essays)).toEqual([]);
  });

  it.each(essays.map((e) => [e.filePath!, e] as const))('%s has 700 to 1,200 words', (_file, essay) => {
    const words = countWords(essay.body!);
    expect(words).toBeGreaterThanOrEqual(700);
    expect(words).toBeLessThanOrEqual(1200);
  });

  it('addresses Dutch readers with "u", never "je" or "jij"', () => {
    for (const entry of [...essays, ...pages].filter((e) => e.id.startsWith('nl/'))) {
      expect(entry.body!.match(/\b(je|jij|jou|jouw|jullie)\b/gi), entry.filePath).toBeNull();
    }
  });
});

describe('links in the content', () => {
  const kinds: PageKind[] = ['home', 'about', 'privacy', 'quiz'];
  const knownPaths = new Set([
    ...essays.map((e) => essayPath(e.data.locale, slugOf(e))),
    ...locales.flatMap((locale) => [...kinds.map((kind) => pagePath(locale, kind)), feedPath(locale)]),
  ]);

  const links = [...essays, ...pages].flatMap((entry) =>
    [...entry.body!.matchAll(/\]\((\/[^)\s]*)\)|href="(\/[^"]*)"/g)].map((m) => ({
      file: entry.filePath!,
      href: (m[1] ?? m[2])!,
    })),
  );

  it('finds the links between the essays', () => {
    expect(links.length).toBeGreaterThanOrEqual(8);
  });

  it.each(links.map((l) => [l.file, l.href] as const))('%s → %s resolves', (_file, href) => {
    expect(knownPaths.has(href.split('#')[0]!)).toBe(true);
  });
});
