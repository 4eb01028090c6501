/**
 * Queries and rules over the essay series. Pure functions over plain
 * entries, so pages never filter or sort collections themselves and the
 * rules are unit-tested without a build.
 */
import { locales, type Locale } from '@/i18n/locales';
import { ContentError, type ContentProblem } from './content-error';
import { SLUG_PATTERN, type EssayData } from './essay-schema';

/** The parts of a content-layer entry these functions need. */
export interface EssayEntry {
  id: string;
  filePath?: string | undefined;
  body?: string | undefined;
  data: EssayData;
}

/** The URL slug of an entry: its file name, without the locale folder. */
export function slugOf(entry: EssayEntry): string {
  return entry.id.split('/').slice(1).join('/') || entry.id;
}

function fileOf(entry: EssayEntry): string {
  return entry.filePath ?? entry.id;
}

/** Entries that are published: drafts only show in development. */
export function publishedOnly<T extends EssayEntry>(entries: T[], includeDrafts = false): T[] {
  return includeDrafts ? entries : entries.filter((entry) => !entry.data.draft);
}

/**
 * Rules that span files: file names are slugs, the locale folder matches the
 * locale field, no two essays of one locale claim the same part, every essay
 * has its translation, and translations agree on the part number. A draft
 * may lack its translation: drafts only show in development.
 */
export function findSeriesProblems(entries: EssayEntry[]): ContentProblem[] {
  const problems: ContentProblem[] = [];

  for (const entry of entries) {
    // Astro lowercases the id, so the name comes from the file itself.
    const name = fileOf(entry)
      .split('/')
      .at(-1)!
      .replace(/\.mdx?$/, '');
    if (!SLUG_PATTERN.test(name)) {
      problems.push({
        file: fileOf(entry),
        field: 'file name',
        message: `"${name}" is not a URL slug: rename the file to lowercase words joined by hyphens, e.g. ${suggestedSlug(name)}.mdx`,
      });
    }
    const folder = entry.id.split('/')[0];
    if (folder !== entry.data.locale) {
      problems.push({
        file: fileOf(entry),
        field: 'locale',
        message: `is "${entry.data.locale}" but the file lives in the "${folder}" folder; put it in content/essays/${entry.data.locale}/`,
      });
    }
  }

  for (const locale of locales) {
    const byPart = new Map<number, EssayEntry>();
    for (const entry of entries.filter((e) => e.data.locale === locale)) {
      const earlier = byPart.get(entry.data.part);
      if (earlier) {
        problems.push({
          file: fileOf(entry),
          field: 'part',
          message: `part ${entry.data.part} is already claimed by ${fileOf(earlier)} in locale "${locale}"`,
        });
      } else {
        byPart.set(entry.data.part, entry);
      }
    }
  }

  for (const entry of entries) {
    for (const locale of locales) {
      if (locale === entry.data.locale) continue;
      const translation = entries.find(
        (e) => e.data.locale === locale && e.data.translationKey === entry.data.translationKey,
      );
      if (!translation) {
        if (entry.data.draft) continue;
        problems.push({
          file: fileOf(entry),
          field: 'translationKey',
          message: `no "${locale}" essay has translationKey "${entry.data.translationKey}"; every essay needs its translation`,
        });
      } else if (translation.data.part !== entry.data.part) {
        problems.push({
          file: fileOf(entry),
          field: 'part',
          message: `is ${entry.data.part} but its translation ${fileOf(translation)} says ${translation.data.part}`,
        });
      }
    }
  }

  return problems;
}

/** The slug an author probably meant: "Dichter_Bij_De_Klant" → "dichter-bij-de-klant". */
export function suggestedSlug(name: string): string {
  return (
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'essay-title'
  );
}

/** Throws a ContentError listing every problem, or returns the entries. */
export function assertValidSeries<T extends EssayEntry>(entries: T[]): T[] {
  const problems = findSeriesProblems(entries);
  if (problems.length > 0) throw new ContentError('The essay series', problems);
  return entries;
}

/** The essays of one locale in series order. */
export function seriesOf<T extends EssayEntry>(entries: T[], locale: Locale): T[] {
  return entries.filter((e) => e.data.locale === locale).sort((a, b) => a.data.part - b.data.part);
}

/** The previous and next essay in the same locale, if any. */
export function neighboursOf<T extends EssayEntry>(entries: T[], entry: T): { previous?: T; next?: T } {
  const series = seriesOf(entries, entry.data.locale);
  const index = series.findIndex((e) => e.id === entry.id);
  const previous = index > 0 ? series[index - 1] : undefined;
  const next = index >= 0 && index < series.length - 1 ? series[index + 1] : undefined;
  return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
}

/** The same essay in another locale. */
export function translationOf<T extends EssayEntry>(entries: T[], entry: T, locale: Locale): T | undefined {
  return entries.find((e) => e.data.locale === locale && e.data.translationKey === entry.data.translationKey);
}
