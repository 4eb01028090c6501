/**
 * The built _headers and _redirects, as Netlify and Cloudflare Pages read
 * them (src/deploy/host-rules.ts): the CSP filled in, no header twice on any
 * built path, and every language's 404 page where the rules point.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPaths } from '@/deploy/headers';
import { cloudflareNotFoundPage, headerConflicts, parseHeadersFile, parseRedirectsFile } from '@/deploy/host-rules';
import { notFoundPage } from '@/deploy/not-found';
import { defaultLocale, locales } from '@/i18n/locales';

const dist = new URL('../../dist/', import.meta.url).pathname;

/** The files under dir as root-relative URL paths. */
function files(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full, base) : [`/${relative(base, full).split(sep).join('/')}`];
  });
}

describe('the built host rules', () => {
  it('holds for dist/_headers too, with the CSP filled in, on every built path', () => {
    const text = readFileSync(join(dist, '_headers'), 'utf8');
    expect(text).not.toContain('__CSP__');
    expect(headerConflicts(parseHeadersFile(text), builtPaths(dist))).toEqual([]);
  });

  it('points at 404 pages the build wrote, where Cloudflare looks for them', () => {
    const builtFiles = new Set(files(dist));
    const exists = (p: string) => builtFiles.has(p);
    for (const rule of parseRedirectsFile(readFileSync(join(dist, '_redirects'), 'utf8'))) {
      expect(exists(rule.to), rule.to).toBe(true);
    }
    for (const locale of locales) {
      expect(exists(notFoundPage(locale)), notFoundPage(locale)).toBe(true);
      const prefix = locale === defaultLocale ? '' : `/${locale}`;
      expect(cloudflareNotFoundPage(`${prefix}/no-such-page/`, exists)).toBe(notFoundPage(locale));
      expect(cloudflareNotFoundPage(`${prefix}/essays/none/`, exists)).toBe(notFoundPage(locale));
    }
    expect(readFileSync(join(dist, 'en/404.html'), 'utf8')).toContain('lang="en');
  });
});
