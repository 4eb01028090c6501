/** What the e2e tests know about the built site, read from dist/ and content/. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { locales, type Locale } from '@/i18n';
import { siteConfig } from '@/site.config';

export const dist = new URL('../../dist/', import.meta.url);
const content = new URL('../../content/essays/', import.meta.url);

/** Root-relative path of an absolute URL on the configured origin. */
export function localPath(absolute: string): string {
  const url = new URL(absolute);
  if (url.origin !== new URL(siteConfig.origin).origin) throw new Error(`${absolute} is not on ${siteConfig.origin}`);
  return url.pathname + url.search;
}

/** Every page the sitemap lists, as root-relative paths. */
export function sitemapPaths(): string[] {
  const index = readFileSync(new URL('sitemap-index.xml', dist), 'utf8');
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => localPath(m[1]!));
  return sitemaps.flatMap((sitemap) => {
    const xml = readFileSync(new URL(`.${sitemap}`, dist), 'utf8');
    return [...xml.matchAll(/<url><loc>([^<]+)<\/loc>/g)].map((m) => localPath(m[1]!));
  });
}

/** Every HTML page in dist/, as the root-relative path a reader opens. */
export function builtPages(): string[] {
  const root = dist.pathname;
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const full = join(dir, name);
      return statSync(full).isDirectory() ? walk(full) : name.endsWith('.html') ? [full] : [];
    });
  return walk(root).map((file) => `/${relative(root, file).replace(/(^|\/)index\.html$/, '$1')}`);
}

/** The localized 404 pages, which the sitemap rightly leaves out: /404.html and /<lang>/404/. */
export const notFoundPaths = builtPages().filter((path) => /^\/(404\.html|[a-z]{2}\/404\/)$/.test(path));

/** The page type a built page declares on <body data-page>. */
export function pageTypeOf(path: string): string {
  const file = new URL(`.${path}${path.endsWith('/') ? 'index.html' : ''}`, dist);
  return /<body[^>]*\sdata-page="([^"]+)"/.exec(readFileSync(file, 'utf8'))?.[1] ?? 'other';
}

/**
 * The pages the browser specs visit: the sitemap and the 404s, or, when
 * LANGUAGE_UNDER_TEST names a language (the pseudo-language build), one
 * page of every type in that language.
 */
export function pagesUnderTest(): string[] {
  const language = process.env.LANGUAGE_UNDER_TEST;
  if (!language) return [...sitemapPaths(), ...notFoundPaths];
  const firstOfType = new Map<string, string>();
  for (const path of builtPages()
    .filter((p) => p.startsWith(`/${language}/`))
    .sort()) {
    const type = pageTypeOf(path);
    if (!firstOfType.has(type)) firstOfType.set(type, path);
  }
  return [...firstOfType.values()];
}

/** The essay files per locale, e.g. { nl: ['dichter-bij-de-klant', ...] }. */
export function essaySlugs(): Record<Locale, string[]> {
  const slugs = (locale: string) =>
    readdirSync(new URL(`${locale}/`, content))
      .filter((f) => /\.mdx?$/.test(f))
      .map((f) => f.replace(/\.mdx?$/, ''));
  return Object.fromEntries(locales.map((locale) => [locale, slugs(locale)])) as Record<Locale, string[]>;
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  if (bytes.subarray(1, 4).toString('ascii') !== 'PNG') throw new Error('not a PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
