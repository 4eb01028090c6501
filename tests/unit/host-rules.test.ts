/**
 * The _headers and _redirects files as Netlify and Cloudflare Pages read them
 * (src/deploy/host-rules.ts): no path gets a header twice, and unknown paths
 * in each language get that language's 404 page. The same checks on the
 * built files are in tests/dist/host-rules.test.ts.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertNoHeaderConflicts } from '@/deploy/headers';
import {
  cloudflareNotFoundPage,
  examplePaths,
  headerConflicts,
  headersFor,
  invalidRedirects,
  parseHeadersFile,
  parseRedirectsFile,
  pathMatches,
  redirectFor,
} from '@/deploy/host-rules';
import { notFoundPage, notFoundRedirects, prefixedLocales, renderRedirects } from '@/deploy/not-found';
import { defaultLocale, locales } from '@/i18n/locales';

const root = new URL('../../', import.meta.url).pathname;
const publicDir = join(root, 'public');

/** The files under dir as root-relative URL paths. */
function files(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full, base) : [`/${relative(base, full).split(sep).join('/')}`];
  });
}

const headersTemplate = readFileSync(join(publicDir, '_headers'), 'utf8');
const headerRules = parseHeadersFile(headersTemplate);
const redirectRules = parseRedirectsFile(renderRedirects(readFileSync(join(publicDir, '_redirects'), 'utf8')));

/** Paths to check: every rule's own example paths, public/'s files, typical pages, and dist/ when built. */
const paths = [
  ...headerRules.flatMap((rule) => examplePaths(rule.path)),
  ...files(publicDir),
  '/',
  '/404.html',
  '/en/',
  '/en/404.html',
  '/essays/partner-op-papier/',
  '/_astro/index.abc123.css',
  '/_astro/Quiz.abc123.js',
  '/og/nl-partner-op-papier.png',
];

describe('matching rule paths as the hosts do', () => {
  it('a splat matches any rest of the path, slashes included, or nothing', () => {
    expect(pathMatches('/*', '/')).toBe(true);
    expect(pathMatches('/*', '/en/essays/x/')).toBe(true);
    expect(pathMatches('/_astro/*', '/_astro/a/b.js')).toBe(true);
    expect(pathMatches('/_astro/*', '/_astro/')).toBe(true);
    expect(pathMatches('/_astro/*', '/_astro')).toBe(false);
    expect(pathMatches('/_astro/*', '/en/_astro/x.js')).toBe(false);
  });

  it('a placeholder matches exactly one segment; everything else is literal', () => {
    expect(pathMatches('/essays/:slug/', '/essays/partner-op-papier/')).toBe(true);
    expect(pathMatches('/essays/:slug/', '/essays/a/b/')).toBe(false);
    expect(pathMatches('/a.b', '/axb')).toBe(false);
    expect(pathMatches('https://example.nl/*', '/x')).toBe(false);
  });

  it('_headers: every matching rule applies; a header two rules set gets both values', () => {
    const rules = parseHeadersFile(
      '/*\n  X-A: 1\n  Cache-Control: no-cache\n/_astro/*\n  Cache-Control: immutable\n  ! X-A\n',
    );
    expect(headersFor(rules, '/x/').get('cache-control')?.values).toEqual(['no-cache']);
    const asset = headersFor(rules, '/_astro/a.js');
    expect(asset.get('cache-control')?.values).toEqual(['no-cache', 'immutable']);
    expect(asset.has('x-a')).toBe(false);
    expect(headerConflicts(rules, ['/_astro/a.js', '/x/']).map((c) => `${c.path} ${c.header.name}`)).toEqual([
      '/_astro/a.js cache-control',
    ]);
    // The file this project had before: /* and /_astro/* both set Cache-Control.
    expect(() =>
      assertNoHeaderConflicts('/*\n  Cache-Control: public, max-age=0\n/_astro/*\n  Cache-Control: immutable\n', []),
    ).toThrow(/cache-control from \/\* and \/_astro\/\*/);
  });

  it('_headers: lines the hosts reject are errors', () => {
    expect(() => parseHeadersFile('  X-A: 1\n')).toThrow(/before any path/);
    expect(() => parseHeadersFile('/*\n  nonsense\n')).toThrow(/Name: value/);
    expect(() => parseHeadersFile('/*\n/x\n  X-A: 1\n')).toThrow(/has no headers/);
  });

  it('_redirects: the first matching rule wins; Netlify skips paths a file answers unless forced', () => {
    const rules = parseRedirectsFile(
      '/old  /new  301\n/en/*  /en/404.html  404\n/*  /404.html  404\n/force/*  /x/:splat  302!\n',
    );
    const none = () => false;
    expect(redirectFor(rules, '/en/x/', 'netlify', none)).toMatchObject({ status: 404, to: '/en/404.html' });
    expect(redirectFor(rules, '/en/x/', 'netlify', (p) => p === '/en/x/')).toBeNull();
    expect(redirectFor(rules, '/old', 'netlify', none)).toMatchObject({ status: 301, to: '/new' });
    expect(redirectFor(rules, '/force/a/b', 'netlify', () => true)).toBeNull(); // /* matched first
    expect(
      redirectFor(parseRedirectsFile('/force/*  /x/:splat  302!'), '/force/a/b', 'netlify', () => true),
    ).toMatchObject({ to: '/x/a/b' });
  });

  it('_redirects on Cloudflare: status 404 and ! are skipped; the closest 404.html answers', () => {
    const rules = parseRedirectsFile('/en/*  /en/404.html  404\n/a  /b  301\n');
    expect(invalidRedirects(rules, 'cloudflare').map(({ rule }) => rule.from)).toEqual(['/en/*']);
    expect(redirectFor(rules, '/en/x/', 'cloudflare', () => false)).toBeNull();
    expect(redirectFor(rules, '/a', 'cloudflare', () => true)).toMatchObject({ status: 301 });
    const exists = (p: string) => ['/404.html', '/en/404.html'].includes(p);
    expect(cloudflareNotFoundPage('/en/essays/none/', exists)).toBe('/en/404.html');
    expect(cloudflareNotFoundPage('/en/none', exists)).toBe('/en/404.html');
    expect(cloudflareNotFoundPage('/essays/none/', exists)).toBe('/404.html');
    expect(cloudflareNotFoundPage('/english/', exists)).toBe('/404.html');
  });
});

describe('public/_headers', () => {
  it('gives no path a header from two rules (hosts would join the values with commas)', () => {
    const conflicts = headerConflicts(headerRules, paths).map(
      ({ path, header }) => `${path}: ${header.name} from ${header.rules.join(' + ')}`,
    );
    expect(conflicts).toEqual([]);
  });

  it('gives pages the security headers and hashed assets a year of caching, and nothing else a Cache-Control', () => {
    const page = headersFor(headerRules, '/en/essays/partner-on-paper/');
    for (const name of [
      'content-security-policy',
      'strict-transport-security',
      'x-content-type-options',
      'x-frame-options',
      'referrer-policy',
      'permissions-policy',
    ]) {
      expect(page.get(name)?.values, name).toHaveLength(1);
    }
    expect(page.has('cache-control')).toBe(false); // the hosts' default: public, max-age=0, must-revalidate
    expect(headersFor(headerRules, '/_astro/index.abc123.css').get('cache-control')?.values).toEqual([
      'public, max-age=31536000, immutable',
    ]);
    expect(headersFor(headerRules, '/_astro/index.abc123.css').get('x-frame-options')?.values).toEqual(['DENY']);
  });
});

describe('_redirects: each language its own 404 page', () => {
  it('has one 404 rule per prefixed locale, read from src/i18n/locales.ts', () => {
    expect(prefixedLocales()).toEqual(locales.filter((l) => l !== defaultLocale));
    expect(notFoundRedirects()).toEqual(prefixedLocales().map((l) => `/${l}/*  /${l}/404.html  404`));
    expect(notFoundPage(defaultLocale)).toBe('/404.html');
  });

  it('sends unknown English paths to the English 404 on Netlify, and leaves existing pages alone', () => {
    const exists = (p: string) => p === '/en/about/' || p === '/over/';
    for (const locale of prefixedLocales()) {
      expect(redirectFor(redirectRules, `/${locale}/no-such-page/`, 'netlify', exists)).toMatchObject({
        status: 404,
        to: `/${locale}/404.html`,
      });
    }
    expect(redirectFor(redirectRules, '/en/about/', 'netlify', exists)).toBeNull();
    expect(redirectFor(redirectRules, '/bestaat-niet/', 'netlify', exists)).toBeNull(); // Netlify's own /404.html
  });

  it('breaks nothing on Cloudflare Pages, which finds /<locale>/404.html itself', () => {
    const skipped = invalidRedirects(redirectRules, 'cloudflare').map(({ rule }) => rule);
    expect(skipped.every((rule) => rule.status === 404)).toBe(true);
    expect(redirectFor(redirectRules, '/en/about/', 'cloudflare', () => true)).toBeNull();
  });
});
