/**
 * The site's languages: the one list to extend when a language is added.
 * Everything else (routes, the language switch, hreflang, the sitemap, the
 * quiz content schema, the 404s) is derived from it. The first entry is the
 * default language and has no URL prefix.
 */
import en from './en';
import nl from './nl';

export const languages = [
  // Reading speeds: Dutch from the IReST standard texts (Trauzettel-Klosinski
  // & Dietz 2012, 202 wpm); English non-fiction from Brysbaert (2019, 238 wpm).
  { code: 'nl', tag: 'nl-NL', wordsPerMinute: 202, strings: nl },
  { code: 'en', tag: 'en-GB', wordsPerMinute: 238, strings: en },
] as const;

export type Language = (typeof languages)[number];
export type Locale = Language['code'];

export const locales = languages.map((language) => language.code) as [Locale, ...Locale[]];
export const defaultLocale: Locale = languages[0].code;

/** The settings of one language. */
export function languageOf(locale: Locale): Language {
  return languages.find((language) => language.code === locale)!;
}

/** BCP 47 tag for <html lang>, hreflang, og:locale and RSS, e.g. "nl-NL". */
export function languageTag(locale: Locale): string {
  return languageOf(locale).tag;
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** The languages other than this one, in list order. */
export function otherLocales(locale: Locale): Locale[] {
  return locales.filter((other) => other !== locale);
}
