/**
 * The essay collection as pages use it: validated once, drafts hidden in
 * production, with word count and slug attached.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { locales, type Locale } from '../i18n/locales';
import { assertValidSeries, neighboursOf, publishedOnly, seriesOf, slugOf, translationOf } from '../lib/essays';
import { countWords, readingMinutes } from '../lib/reading-time';

export type Essay = CollectionEntry<'essays'> & { slug: string; words: number; minutes: number };

let cached: Promise<Essay[]> | undefined;

async function load(): Promise<Essay[]> {
  const entries = publishedOnly(await getCollection('essays'), import.meta.env.DEV);
  return assertValidSeries(entries).map((entry) => {
    const words = countWords(entry.body ?? '');
    return { ...entry, slug: slugOf(entry), words, minutes: readingMinutes(words) };
  });
}

/** All published essays, validated; the build stops on a broken series. */
export function allEssays(): Promise<Essay[]> {
  cached ??= load();
  return cached;
}

/** The essays of one locale in series order. */
export async function essaysIn(locale: Locale): Promise<Essay[]> {
  return seriesOf(await allEssays(), locale);
}

/** getStaticPaths for the essay route of one locale. */
export async function essayStaticPaths(locale: Locale) {
  return (await essaysIn(locale)).map((essay) => ({ params: { slug: essay.slug }, props: { essay } }));
}

/** The essay's neighbours, its translation and the series it belongs to. */
export async function essayContext(essay: Essay) {
  const all = await allEssays();
  const series = seriesOf(all, essay.data.locale);
  const translations = Object.fromEntries(
    locales.map((locale) => [locale, translationOf(all, essay, locale)]),
  ) as Record<Locale, Essay | undefined>;
  return { ...neighboursOf(all, essay), first: series[0], total: series.length, translations };
}
