import { defaultLocale, isLocale, type Locale } from '@/i18n/locales';

/** The language of a content file, from its folder: content/essays/<locale>/… */
export function localeOfFile(path: string | undefined): Locale {
  const folder = /content\/[^/]+\/([^/]+)\//.exec(path ?? '')?.[1];
  return isLocale(folder) ? folder : defaultLocale;
}
