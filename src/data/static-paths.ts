/**
 * getStaticPaths of the route files that need no content: one page per
 * language, each under its localized path from the route table. The page
 * reads its locale back from its URL (pageI18n), so no props are passed.
 */
import { defaultLocale, locales } from '@/i18n';
import { notFoundPath, pagePath, restParam, type PageKind } from '@/lib/routes';

/** One page of a kind per language, as the value of the route's rest parameter `param`. */
export function pageStaticPaths<P extends string>(param: P, kind: PageKind) {
  return locales.map((locale) => ({
    params: { [param]: restParam(pagePath(locale, kind)) } as Record<P, string | undefined>,
  }));
}

/** The 404 pages of the languages other than the default (which is 404.astro). */
export function notFoundStaticPaths() {
  return locales
    .filter((locale) => locale !== defaultLocale)
    .map((locale) => ({ params: { notFound: restParam(notFoundPath(locale)) } }));
}

/** A path prefix per language: undefined for the default language, 'en' for English. */
export function localeStaticPaths() {
  return locales.map((locale) => ({ params: { lang: locale === defaultLocale ? undefined : locale } }));
}
