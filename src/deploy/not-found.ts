/**
 * Each language's 404 page, for every host: nginx (its error_page map),
 * Netlify (a 404 rule per language in _redirects) and Cloudflare Pages (which
 * serves the closest 404.html up the tree, so each language needs one at the
 * top of its folder). The locales come from src/i18n/locales.ts.
 */
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultLocale, locales } from '../i18n/locales';

/** The locales with a URL prefix: every one but the default. */
export function prefixedLocales(): string[] {
  return locales.filter((locale) => locale !== defaultLocale);
}

/** The 404 page a host serves for a locale: /404.html for the default, /<locale>/404.html for the others. */
export function notFoundPage(locale: string): string {
  return locale === defaultLocale ? '/404.html' : `/${locale}/404.html`;
}

/** The `_redirects` lines that give each prefixed locale its own 404 page (Netlify). */
export function notFoundRedirects(): string[] {
  return prefixedLocales().map((locale) => `/${locale}/*  ${notFoundPage(locale)}  404`);
}

/** Placeholder in public/_redirects that the build replaces with notFoundRedirects(). */
export const NOT_FOUND_PLACEHOLDER = '__NOT_FOUND_RULES__';

/** public/_redirects with the placeholder filled in. */
export function renderRedirects(template: string): string {
  if (!template.includes(NOT_FOUND_PLACEHOLDER)) throw new Error(`_redirects has no ${NOT_FOUND_PLACEHOLDER} line`);
  return template.replace(NOT_FOUND_PLACEHOLDER, notFoundRedirects().join('\n'));
}

/**
 * After the build: Astro writes a prefixed locale's 404 page as
 * <locale>/404/index.html; hosts look for <locale>/404.html. Copies it there
 * (the page uses root-relative URLs only, so it works from either place) and
 * fills in dist/_redirects. Returns the pages written.
 */
export function writeNotFoundFiles(outDir: string): string[] {
  const written = prefixedLocales().map((locale) => {
    const target = join(outDir, notFoundPage(locale));
    const built = join(outDir, locale, '404', 'index.html');
    if (!existsSync(target)) {
      if (!existsSync(built)) throw new Error(`No 404 page for ${locale}: expected ${built} or ${target}`);
      copyFileSync(built, target);
    }
    return notFoundPage(locale);
  });
  const redirects = join(outDir, '_redirects');
  if (existsSync(redirects)) writeFileSync(redirects, renderRedirects(readFileSync(redirects, 'utf8')));
  return written;
}
