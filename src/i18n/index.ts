/**
 * UI strings and locale helpers. Components call t(key) from their page's
 * i18n (see pageI18n) and never hold UI text themselves.
 */
import { countsFor } from './counts';
import { fill } from './fill';
import { defaultLocale, isLocale, languageOf, languageTag, type Locale } from './locales';
import type { UiKey } from './nl';

export * from './locales';
export type { Dictionary, UiKey } from './nl';

type Params = Record<string, string | number>;

/** The UI string for key in locale, with {name} placeholders and the content's counts (counts.ts) filled in. */
export function t(locale: Locale, key: UiKey, params: Params = {}): string {
  return fill(languageOf(locale).strings[key], { ...countsFor(locale), ...params });
}

/** A date as readers of the locale write it, e.g. "2 november 2026" / "2 November 2026". */
export function formatDate(locale: Locale, date: Date): string {
  return new Intl.DateTimeFormat(languageTag(locale), { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }).format(date);
}

/**
 * The locale a root-relative path belongs to: its first segment when that
 * is a language code, else the default language (which has no prefix).
 */
export function localeOfPath(pathname: string, base = '/'): Locale {
  const first = pathname.slice(base.replace(/\/?$/, '/').length - 1).split('/')[1];
  return isLocale(first) && first !== defaultLocale ? first : defaultLocale;
}

/** One page's language: its locale and a t() bound to it. */
export interface PageI18n {
  locale: Locale;
  t: (key: UiKey, params?: Params) => string;
}

/** The i18n of the page at this URL, so components need no locale prop. */
export function pageI18n(url: URL, base = '/'): PageI18n {
  const locale = localeOfPath(url.pathname, base);
  return { locale, t: (key, params) => t(locale, key, params) };
}

/** The keys under a prefix, e.g. 'quiz.', for handing to a client island. */
export type KeysWithPrefix<P extends string> = Extract<UiKey, `${P}${string}`>;

/** The strings under some prefixes in one locale: islands get only what they show. */
export function stringsWithPrefix<P extends string>(
  locale: Locale,
  ...prefixes: P[]
): Record<KeysWithPrefix<P>, string> {
  // The content's counts are filled in here; the island fills the rest.
  const counts = countsFor(locale);
  const entries = Object.entries(languageOf(locale).strings)
    .filter(([key]) => prefixes.some((prefix) => key.startsWith(prefix)))
    .map(([key, value]) => [key, fill(value, counts)]);
  return Object.fromEntries(entries) as Record<KeysWithPrefix<P>, string>;
}
