/**
 * UI strings and locale helpers. Components call t(locale, key) and never
 * hold UI text themselves.
 */
import { en } from './en';
import { fill } from './fill';
import { defaultLocale, isLocale, languageTags, type Locale } from './locales';
import { nl, type UiKey } from './nl';

export * from './locales';
export type { UiKey };

const dictionaries: Record<Locale, Record<UiKey, string>> = { nl, en };

/** The UI string for key in locale, with {name} placeholders filled in. */
export function t(locale: Locale, key: UiKey, params: Record<string, string | number> = {}): string {
  return fill(dictionaries[locale][key], params);
}

/** A date as readers of the locale write it, e.g. "2 november 2026" / "2 November 2026". */
export function formatDate(locale: Locale, date: Date): string {
  return new Intl.DateTimeFormat(languageTags[locale], { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }).format(date);
}

/** The locale of the page being rendered, from Astro.currentLocale. */
export function localeOf(currentLocale: string | undefined): Locale {
  return isLocale(currentLocale) ? currentLocale : defaultLocale;
}

/** The keys under a prefix, e.g. 'quiz.', for handing to a client island. */
export type KeysWithPrefix<P extends string> = Extract<UiKey, `${P}${string}`>;

/** The strings under some prefixes in one locale: islands get only what they show. */
export function stringsWithPrefix<P extends string>(locale: Locale, ...prefixes: P[]): Record<KeysWithPrefix<P>, string> {
  const entries = Object.entries(dictionaries[locale]).filter(([key]) => prefixes.some((prefix) => key.startsWith(prefix)));
  return Object.fromEntries(entries) as Record<KeysWithPrefix<P>, string>;
}
