/** The prose of the fixed pages, from content/pages/<locale>/<name>.mdx. */
import { getEntry, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales';

export type PageName = 'home' | 'about' | 'privacy';

export async function pageContent(locale: Locale, name: PageName): Promise<CollectionEntry<'pages'>> {
  const entry = await getEntry('pages', `${locale}/${name}`);
  if (!entry) throw new Error(`content/pages/${locale}/${name}.mdx is missing: every page needs its text in every locale`);
  if (entry.data.locale !== locale) {
    throw new Error(`content/pages/${locale}/${name}.mdx → locale: is "${entry.data.locale}" but the file lives in the "${locale}" folder`);
  }
  return entry;
}
