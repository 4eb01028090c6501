/**
 * The essay collection as pages use it: validated once, drafts hidden in
 * production, with word count and slug attached.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { languageOf, locales, type Locale } from '@/i18n/locales';
import { assertValidSeries, neighboursOf, publishedOnly, seriesOf, slugOf, translationOf } from '@/lib/essays';
import { countWords, readingMinutes } from '@/lib/reading-time';
import { essayPath, restParam } from '@/lib/routes';

export type Essay = CollectionEntry<'essays'> & { slug: string; minutes: number };

let cached: Promise<Essay[]> | undefined;

async function load(): Promise<Essay[]> {
  const entries = publishedOnly(await getCollection('essays'), import.meta.env.DEV);
  return assertValidSeries(entries).map((entry) => {
    const minutes = readingMinutes(countWords(entry.body ?? ''), languageOf(entry.data.locale).wordsPerMinute);
    return { ...entry, slug: slugOf(entry), minutes };
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

/** getStaticPaths of the essay route: every essay in every language. */
export async function essayStaticPaths() {
  return (await allEssays()).map((essay) => ({
    params: { essay: restParam(essayPath(essay.data.locale, essay.slug)) },
    props: { essay },
  }));
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
