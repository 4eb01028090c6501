/**
 * The essay collection as pages use it: validated once, drafts hidden in
 * production, with word count and slug attached.
 */
import { createHash } from 'node:crypto';
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
  const all = await allEssays();
  return Promise.all(
    all.map(async (essay) => ({
      params: { essay: restParam(essayPath(essay.data.locale, essay.slug)) },
      props: { essay },
      // experimental.incrementalBuild copies an essay page from the last build
      // when this key and the page's code are unchanged (astro.config.mjs).
      cacheKey: essayCacheKey(essay, await essayContext(essay)),
    })),
  );
}

/**
 * Everything an essay page shows that is not code: its own text and
 * metadata, those of the essays it links to (neighbours, the first part,
 * translations), the length of the series, and the year in the footer.
 */
export function essayCacheKey(essay: Essay, context: EssayContext): string {
  const { previous, next, first, total, translations } = context;
  const linked = [previous, next, first, ...Object.values(translations)].map((other) =>
    other ? [other.id, other.slug, other.minutes, other.data] : null,
  );
  return createHash('sha256')
    .update(JSON.stringify([essay.id, essay.slug, essay.minutes, essay.data, essay.body, linked, total]))
    .update(String(new Date().getFullYear()))
    .digest('hex')
    .slice(0, 24);
}

export type EssayContext = Awaited<ReturnType<typeof essayContext>>;

/** The essay's neighbours, its translation and the series it belongs to. */
export async function essayContext(essay: Essay) {
  const all = await allEssays();
  const series = seriesOf(all, essay.data.locale);
  const translations = Object.fromEntries(
    locales.map((locale) => [locale, translationOf(all, essay, locale)]),
  ) as Record<Locale, Essay | undefined>;
  return { ...neighboursOf(all, essay), first: series[0], total: series.length, translations };
}
