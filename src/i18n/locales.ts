/** The site's languages. Dutch is the default and has no URL prefix. */
export const locales = ['nl', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'nl';

/** BCP 47 tags for <html lang>, hreflang, og:locale and RSS. */
export const languageTags: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** The other language of a two-language site. */
export function otherLocale(locale: Locale): Locale {
  return locale === 'nl' ? 'en' : 'nl';
}
