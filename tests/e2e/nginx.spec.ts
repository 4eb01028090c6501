import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { startNginx, type NginxServer } from './nginx-server';

test.describe('served by nginx with the repo config', () => {
  test.describe.configure({ mode: 'serial' });
  let server: NginxServer;
  test.beforeAll(async ({}, testInfo) => {
    server = await startNginx(4420 + testInfo.parallelIndex);
  });
  test.afterAll(() => server?.stop());

  test('pages carry the security headers', async ({ request }) => {
    const response = await request.get(`${server.url}/essays/partner-op-papier/`);
    expect(response.status()).toBe(200);
    const headers = response.headers();
    const csp = headers['content-security-policy']!;
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toMatch(/script-src 'self' 'sha256-/);
    expect(csp).not.toContain('unsafe-inline');
    expect(headers['strict-transport-security']).toBe('max-age=63072000; includeSubDomains; preload');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy']).toContain('camera=()');
    expect(headers['cache-control']).toBe('public, max-age=0, must-revalidate');
    expect(headers['server']).toBe('nginx');
  });

  test('only hashed assets are cached for a year', async ({ request }) => {
    const asset = readdirSync('dist/_astro').find((f) => f.endsWith('.css'))!;
    const hashed = await request.get(`${server.url}/_astro/${asset}`);
    expect(hashed.status()).toBe(200);
    expect(hashed.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(hashed.headers()['content-type']).toContain('text/css');
    for (const path of ['/og/nl-partner-op-papier.png', '/favicon.ico', '/rss.xml', '/']) {
      expect((await request.get(`${server.url}${path}`)).headers()['cache-control'], path).toBe('public, max-age=0, must-revalidate');
    }
  });

  test('the web manifest has its media type', async ({ request }) => {
    expect((await request.get(`${server.url}/manifest.webmanifest`)).headers()['content-type']).toContain('application/manifest+json');
  });

  test('text is compressed', async ({ request }) => {
    const response = await request.get(`${server.url}/en/`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(response.headers()['content-encoding']).toBe('gzip');
  });

  test('unknown paths get the 404 page of their language', async ({ page }) => {
    const dutch = await page.goto(`${server.url}/bestaat-niet/`);
    expect(dutch?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze pagina bestaat niet');
    expect(dutch?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    const english = await page.goto(`${server.url}/en/no-such-page/`);
    expect(english?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page does not exist');
  });

  test('paths without a trailing slash redirect to the canonical one', async ({ request }) => {
    for (const [from, to] of [['/over', '/over/'], ['/en/about', '/en/about/'], ['/essays/partner-op-papier', '/essays/partner-op-papier/'], ['/quiz/uitslag/65', '/quiz/uitslag/65/']]) {
      const response = await request.get(`${server.url}${from}`, { maxRedirects: 0 });
      expect(response.status(), from).toBe(301);
      expect(response.headers()['location'], from).toBe(to);
    }
  });

  test('host configuration is not served', async ({ request }) => {
    expect((await request.get(`${server.url}/_headers`)).status()).toBe(404);
  });
});
