/**
 * Every internal link and asset reference in dist/ resolves: href, src,
 * srcset, CSS url(), og:/twitter: images, the manifest's icons, feeds and
 * sitemaps, and #fragments point at an element that exists.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';
import { siteConfig } from '@/site.config';

const dist = new URL('../../dist/', import.meta.url).pathname;
const origin = new URL(siteConfig.origin).origin;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

/** The dist file a root-relative path is served from, if any. */
function target(path: string): string | null {
  const clean = decodeURIComponent(path.split(/[?#]/)[0]!);
  const file = join(dist, clean);
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = join(dist, clean, 'index.html');
  return existsSync(index) ? index : null;
}

const ids = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  if (!ids.has(file)) ids.set(file, new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
  return ids.get(file)!;
}

/** Internal references of one file: [reference, root-relative path]. */
function references(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const page = `/${relative(dist, file).replace(/index\.html$/, '')}`;
  const found: string[] = [];
  const add = (value: string, fragmentsToo = true) => {
    const decoded = value.replace(/&amp;/g, '&');
    if (decoded.startsWith(origin)) found.push(decoded.slice(origin.length) || '/');
    else if (decoded.startsWith('/') && !decoded.startsWith('//')) found.push(decoded);
    else if (fragmentsToo && decoded.startsWith('#') && decoded.length > 1) found.push(`${page}${decoded}`);
  };
  if (file.endsWith('.html')) {
    for (const m of text.matchAll(/\s(?:href|src)="([^"]+)"/g)) add(m[1]!);
    // <meta content> holds og: URLs, but also colours such as #faf7f1.
    for (const m of text.matchAll(/\scontent="([^"]+)"/g)) add(m[1]!, false);
    for (const m of text.matchAll(/\ssrcset="([^"]+)"/g)) for (const part of m[1]!.split(',')) add(part.trim().split(/\s+/)[0]!);
  }
  if (file.endsWith('.css')) for (const m of text.matchAll(/url\(["']?([^"')]+)["']?\)/g)) add(m[1]!);
  if (file.endsWith('.xml') || file.endsWith('.webmanifest') || file.endsWith('.txt')) {
    for (const m of text.matchAll(/(https?:\/\/[^\s<"']+|"src":\s*"([^"]+)")/g)) add(m[2] ?? m[1]!);
  }
  return found;
}

test('every internal link and asset in dist/ resolves', () => {
  const all = files(dist).filter((f) => /\.(html|css|xml|webmanifest|txt)$/.test(f));
  const broken: string[] = [];
  let checked = 0;
  for (const file of all) {
    for (const reference of references(file)) {
      checked += 1;
      const resolved = target(reference);
      if (!resolved) {
        broken.push(`${file} → ${reference}`);
        continue;
      }
      const fragment = reference.split('#')[1];
      if (fragment && resolved.endsWith('.html') && !idsOf(resolved).has(decodeURIComponent(fragment))) {
        broken.push(`${file} → ${reference} (no element with that id)`);
      }
    }
  }
  expect(broken).toEqual([]);
  expect(checked).toBeGreaterThan(1000);
});
