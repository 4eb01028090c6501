/**
 * Every URL the site builds, in one table. Pages, links, the language
 * switch, feeds, the route files' getStaticPaths and the tests all ask this
 * module. Translated URL segments come from each language's dictionary
 * ('route.*'), so a new language brings its own slugs.
 */
import { defaultLocale, t, type Locale } from '@/i18n';
import { siteConfig } from '@/site.config';

export type PageKind = 'home' | 'about' | 'privacy' | 'quiz' | 'workshop' | 'workshopJoin';

/** The URL segments of each page kind below the language prefix, as dictionary keys. */
const segmentKeys = {
  home: [],
  about: ['route.about'],
  privacy: ['route.privacy'],
  quiz: ['route.quiz'],
  workshop: ['route.workshop'],
  workshopJoin: ['route.workshop', 'route.workshopJoin'],
} as const;

const base = siteConfig.base.replace(/\/+$/, '');

/** '' for the default language, '/en' for English. */
function localePrefix(locale: Locale): string {
  return locale === defaultLocale ? '' : `/${locale}`;
}

/** Root-relative path of a page kind in a locale, e.g. pagePath('en', 'about') → '/en/about/'. */
export function pagePath(locale: Locale, kind: PageKind): string {
  const segments = segmentKeys[kind].map((key) => `${t(locale, key)}/`).join('');
  return `${base}${localePrefix(locale)}/${segments}`;
}

/** The RSS feed of a locale, e.g. '/en/rss.xml'. */
export function feedPath(locale: Locale): string {
  return `${base}${localePrefix(locale)}/rss.xml`;
}

/** Root-relative path of an essay, e.g. essayPath('nl', 'dichter-bij-de-klant'). */
export function essayPath(locale: Locale, slug: string): string {
  return `${base}${localePrefix(locale)}/essays/${slug}/`;
}

/** The public page of a result bucket, e.g. resultPath('nl', 65) → '/quiz/uitslag/65/'. */
export function resultPath(locale: Locale, bucket: number): string {
  return `${pagePath(locale, 'quiz')}${t(locale, 'route.result')}/${bucket}/`;
}

/**
 * A stage's URL slug from its name in that language, e.g. 'Partnership op
 * papier' → 'partnership-op-papier', 'Geëmancipeerd partnership' →
 * 'geemancipeerd-partnership'.
 */
export function stageSlug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** The shareable page of a stage, e.g. stagePath('en', 'partnership-on-paper') → '/en/quiz/stage/partnership-on-paper/'. */
export function stagePath(locale: Locale, slug: string): string {
  return `${pagePath(locale, 'quiz')}${t(locale, 'route.stage')}/${slug}/`;
}

/**
 * The localized 404 page. The default language's is Astro's 404.html, which
 * static hosts serve for unknown paths; the others live under their prefix.
 */
export function notFoundPath(locale: Locale): string {
  return locale === defaultLocale ? `${base}/404.html` : `${base}${localePrefix(locale)}/404/`;
}

/** The name of an essay's 1200x630 share image, e.g. 'en-closer-to-the-customer'. */
export function essayCardName(locale: Locale, slug: string): string {
  return `${locale}-${slug}`;
}

/** The name of a result bucket's share image, e.g. 'result/nl-65'. */
export function resultCardName(locale: Locale, bucket: number): string {
  return `result/${locale}-${bucket}`;
}

/** The name of a stage page's share image, e.g. 'stage/en-partnership-on-paper'. */
export function stageCardName(locale: Locale, slug: string): string {
  return `stage/${locale}-${slug}`;
}

/** The series' own share image (home, about, privacy), e.g. 'series/nl'. */
export function seriesCardName(locale: Locale): string {
  return `series/${locale}`;
}

/** The quiz page's share image, an invitation to take it, e.g. 'quiz/nl'. */
export function quizCardName(locale: Locale): string {
  return `quiz/${locale}`;
}

/** The workshop pages' share image, e.g. 'workshop/nl'. */
export function workshopCardName(locale: Locale): string {
  return `workshop/${locale}`;
}

/** Root-relative path of a share image by its name. */
export function cardPath(name: string): string {
  return `${base}/og/${name}.png`;
}

/** Path of an essay's share image. */
export const essayImagePath = (locale: Locale, slug: string) => cardPath(essayCardName(locale, slug));

/** Path of a result bucket's share image. */
export const resultImagePath = (locale: Locale, bucket: number) => cardPath(resultCardName(locale, bucket));

/** Path of a stage page's share image. */
export const stageImagePath = (locale: Locale, slug: string) => cardPath(stageCardName(locale, slug));

/**
 * A page path as the value of an Astro rest parameter ([...name]):
 * '/en/about/' → 'en/about', '/' → undefined.
 */
export function restParam(path: string): string | undefined {
  return path.slice(base.length).replace(/^\/+|\/+$/g, '') || undefined;
}

/** Absolute URL on the configured origin, for canonical, og: and feeds. */
export function absoluteUrl(path: string): string {
  return new URL(path, `${siteConfig.origin}/`).href;
}
