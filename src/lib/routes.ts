/**
 * Every URL the site builds, in one table. Pages, links, the language
 * switch, feeds and tests all ask this module, so a localized slug is
 * changed in one place.
 */
import { defaultLocale, type Locale } from '../i18n/locales';
import { siteConfig } from '../site.config';

export type PageKind = 'home' | 'about' | 'privacy' | 'quiz' | 'rss';

const localizedPaths: Record<PageKind, Record<Locale, string>> = {
  home: { nl: '/', en: '/' },
  about: { nl: '/over/', en: '/about/' },
  privacy: { nl: '/privacy/', en: '/privacy/' },
  quiz: { nl: '/quiz/', en: '/quiz/' },
  rss: { nl: '/rss.xml', en: '/rss.xml' },
};

const base = siteConfig.base.replace(/\/+$/, '');

function localePrefix(locale: Locale): string {
  return locale === defaultLocale ? '' : `/${locale}`;
}

/** Root-relative path of a page kind in a locale, e.g. pagePath('en', 'about') → '/en/about/'. */
export function pagePath(locale: Locale, kind: PageKind): string {
  return `${base}${localePrefix(locale)}${localizedPaths[kind][locale]}`;
}

/** Root-relative path of an essay, e.g. essayPath('nl', 'dichter-bij-de-klant'). */
export function essayPath(locale: Locale, slug: string): string {
  return `${base}${localePrefix(locale)}/essays/${slug}/`;
}

/** Path of an essay's 1200x630 share image. */
export function essayImagePath(locale: Locale, slug: string): string {
  return `${base}/og/${locale}-${slug}.png`;
}

const resultSegment: Record<Locale, string> = { nl: 'uitslag', en: 'result' };

/** The public page of a result bucket, e.g. resultPath('nl', 65) → '/quiz/uitslag/65/'. */
export function resultPath(locale: Locale, bucket: number): string {
  return `${pagePath(locale, 'quiz')}${resultSegment[locale]}/${bucket}/`;
}

/** The 1200x630 share image of a result bucket. */
export function resultImagePath(locale: Locale, bucket: number): string {
  return `${base}/og/result/${locale}-${bucket}.png`;
}

/** Absolute URL on the configured origin, for canonical, og: and feeds. */
export function absoluteUrl(path: string): string {
  return new URL(path, `${siteConfig.origin}/`).href;
}
