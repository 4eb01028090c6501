/** What the e2e tests know about the built site, read from dist/ and content/. */
import { readdirSync, readFileSync } from 'node:fs';
import { siteConfig } from '../../src/site.config';

const dist = new URL('../../dist/', import.meta.url);
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

/** The localized 404 pages, which the sitemap rightly leaves out. */
export const notFoundPaths = ['/404.html', '/en/404/'];

/** The essay files per locale, e.g. { nl: ['dichter-bij-de-klant', ...] }. */
export function essaySlugs(): Record<'nl' | 'en', string[]> {
  const slugs = (locale: string) =>
    readdirSync(new URL(`${locale}/`, content))
      .filter((f) => /\.mdx?$/.test(f))
      .map((f) => f.replace(/\.mdx?$/, ''));
  return { nl: slugs('nl'), en: slugs('en') };
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  if (bytes.subarray(1, 4).toString('ascii') !== 'PNG') throw new Error('not a PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
