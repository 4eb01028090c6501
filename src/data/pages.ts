/** The prose of the fixed pages, from content/pages/<locale>/<name>.mdx, and their paths. */
import { getEntry, type CollectionEntry } from 'astro:content';
import { locales, t, type Locale } from '@/i18n';
import { cardPath, pagePath, quizCardName, seriesCardName, workshopCardName, type PageKind } from '@/lib/routes';

export type PageName = 'home' | 'about' | 'privacy' | 'quiz-method' | 'workshop-guide';

export async function pageContent(locale: Locale, name: PageName): Promise<CollectionEntry<'pages'>> {
  const entry = await getEntry('pages', `${locale}/${name}`);
  if (!entry)
    throw new Error(`content/pages/${locale}/${name}.mdx is missing: every page needs its text in every locale`);
  if (entry.data.locale !== locale) {
    throw new Error(
      `content/pages/${locale}/${name}.mdx → locale: is "${entry.data.locale}" but the file lives in the "${locale}" folder`,
    );
  }
  return entry;
}

/** A page kind's path in every language, for hreflang and the language switch. */
export function pathsOf(kind: PageKind): Record<Locale, string> {
  return Object.fromEntries(locales.map((locale) => [locale, pagePath(locale, kind)])) as Record<Locale, string>;
}

/** The series' share image (home, about, privacy): the series, not any one part. */
export function seriesImage(locale: Locale): { path: string; alt: string } {
  return { path: cardPath(seriesCardName(locale)), alt: `${t(locale, 'site.name')}: ${t(locale, 'site.tagline')}` };
}

/** The quiz page's share image: an invitation to take it. */
export function quizImage(locale: Locale): { path: string; alt: string } {
  return { path: cardPath(quizCardName(locale)), alt: t(locale, 'card.quiz.alt') };
}

/** The workshop pages' share image: a whole team in the mirror. */
export function workshopImage(locale: Locale): { path: string; alt: string } {
  return { path: cardPath(workshopCardName(locale)), alt: t(locale, 'card.workshop.alt') };
}
