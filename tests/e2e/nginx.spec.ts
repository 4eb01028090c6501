import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startNginx, throwawayCertificate, type NginxServer } from './nginx-server';

const dutch404 = 'Deze pagina bestaat niet';
const english404 = 'This page does not exist';

/** Opens path and expects a 404 with the given heading (the site's own 404 page, not nginx's). */
async function expectNotFoundPage(page: Page, url: string, heading: string): Promise<void> {
  const response = await page.goto(url);
  expect(response?.status(), url).toBe(404);
  await expect(page.getByRole('heading', { level: 1 }), url).toHaveText(heading);
  expect(response?.headers()['content-security-policy'], url).toContain("frame-ancestors 'none'");
}

test.describe('served by nginx with the repo config', () => {
  test.describe.configure({ mode: 'serial' });
  let server: NginxServer;
  test.beforeAll(async ({}, testInfo) => {
    // Stray files a deploy might leave in the web root, beside the build.
    server = await startNginx(4420 + testInfo.parallelIndex, {
      extraFiles: {
        '.git/config': '[core]\n\trepositoryformatversion = 0\n',
        '.env': 'SECRET=1\n',
        'en/.htaccess': 'Deny from all\n',
        '.well-known/security.txt': 'Contact: mailto:security@example.nl\n',
      },
    });
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
    // CSS is inline (build.inlineStylesheets): the quiz's scripts are the hashed text assets.
    const asset = readdirSync('dist/_astro').find((f) => f.endsWith('.js'))!;
    const hashed = await request.get(`${server.url}/_astro/${asset}`);
    expect(hashed.status()).toBe(200);
    expect(hashed.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(hashed.headers()['content-type']).toContain('javascript');
    for (const path of ['/og/nl-partner-op-papier.png', '/favicon.ico', '/rss.xml', '/']) {
      expect((await request.get(`${server.url}${path}`)).headers()['cache-control'], path).toBe(
        'public, max-age=0, must-revalidate',
      );
    }
  });

  test('the web manifest has its media type', async ({ request }) => {
    expect((await request.get(`${server.url}/manifest.webmanifest`)).headers()['content-type']).toContain(
      'application/manifest+json',
    );
  });

  test('text is compressed, with Vary: Accept-Encoding for caches', async ({ request }) => {
    const response = await request.get(`${server.url}/en/`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(response.headers()['content-encoding']).toBe('gzip');
    expect(response.headers()['vary']).toContain('Accept-Encoding');
    const asset = readdirSync('dist/_astro').find((f) => f.endsWith('.js'))!;
    const script = await request.get(`${server.url}/_astro/${asset}`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(script.headers()['content-encoding']).toBe('gzip');
    expect(script.headers()['vary']).toContain('Accept-Encoding');
    // The plain form says so too, so a shared cache never hands it to a gzip client or the other way round.
    const plain = await request.get(`${server.url}/en/`, { headers: { 'Accept-Encoding': 'identity' } });
    expect(plain.headers()['content-encoding']).toBeUndefined();
    expect(plain.headers()['vary']).toContain('Accept-Encoding');
  });

  test('text is compressed for requests through a proxy or CDN too', async ({ request }) => {
    const response = await request.get(`${server.url}/essays/partner-op-papier/`, {
      headers: { 'Accept-Encoding': 'gzip', Via: '1.1 cdn.example.net' },
    });
    expect(response.status()).toBe(200);
    expect(response.headers()['content-encoding']).toBe('gzip');
    expect(response.headers()['vary']).toContain('Accept-Encoding');
  });

  test('unknown paths get the 404 page of their language', async ({ page }) => {
    await expectNotFoundPage(page, `${server.url}/bestaat-niet/`, dutch404);
    await expectNotFoundPage(page, `${server.url}/en/no-such-page/`, english404);
    await expectNotFoundPage(page, `${server.url}/en/no-such-file.png`, english404);
  });

  test('folders without an index.html get the 404 page of their language, not a 403', async ({ page, request }) => {
    for (const folder of ['/essays/', '/og/', '/_astro/', '/quiz/uitslag/']) {
      if (existsSync(`dist${folder}`) && !existsSync(`dist${folder}index.html`))
        await expectNotFoundPage(page, `${server.url}${folder}`, dutch404);
    }
    await expectNotFoundPage(page, `${server.url}/essays/`, dutch404);
    await expectNotFoundPage(page, `${server.url}/en/essays/`, english404);
    // Folders with an index.html still serve it.
    for (const path of ['/', '/over/', '/en/', '/en/about/', '/essays/partner-op-papier/']) {
      expect((await request.get(`${server.url}${path}`)).status(), path).toBe(200);
    }
  });

  test('dotfiles are never served; /.well-known/ is', async ({ page, request }) => {
    for (const path of ['/.git/config', '/.git/', '/.git', '/.env', '/%2egit/config', '/essays/../.env']) {
      const response = await request.get(`${server.url}${path}`);
      expect(response.status(), path).toBe(404);
      expect(await response.text(), path).not.toMatch(/repositoryformatversion|SECRET/);
    }
    await expectNotFoundPage(page, `${server.url}/.git/config`, dutch404);
    await expectNotFoundPage(page, `${server.url}/en/.htaccess`, english404);
    const wellKnown = await request.get(`${server.url}/.well-known/security.txt`);
    expect(wellKnown.status()).toBe(200);
    expect(await wellKnown.text()).toContain('Contact:');
  });

  test('paths without a trailing slash redirect to the canonical one', async ({ request }) => {
    for (const [from, to] of [
      ['/over', '/over/'],
      ['/en/about', '/en/about/'],
      ['/essays/partner-op-papier', '/essays/partner-op-papier/'],
      ['/quiz/uitslag/65', '/quiz/uitslag/65/'],
    ]) {
      const response = await request.get(`${server.url}${from}`, { maxRedirects: 0 });
      expect(response.status(), from).toBe(301);
      expect(response.headers()['location'], from).toBe(to);
    }
  });

  test('host configuration is not served', async ({ request }) => {
    for (const path of ['/_headers', '/_redirects'])
      expect((await request.get(`${server.url}${path}`)).status(), path).toBe(404);
  });
});

test.describe('the TLS server block nginx:config renders for port 443', () => {
  test.describe.configure({ mode: 'serial' });
  let server: NginxServer;
  test.beforeAll(async ({}, testInfo) => {
    // A throwaway self-signed certificate for 127.0.0.1.
    const tls = throwawayCertificate(resolve(`.tmp/tls-${testInfo.parallelIndex}`));
    server = await startNginx(4430 + testInfo.parallelIndex, { tls });
  });
  test.afterAll(() => server?.stop());

  test('renders listen … ssl with certificate lines, and a redirect from http', () => {
    const config = execFileSync(
      process.execPath,
      ['src/deploy/render-nginx.mjs', 'dist', '443', 'deluisterendekoning.nl'],
      { encoding: 'utf8' },
    );
    expect(config).toMatch(/^\s*listen 443 ssl http2;$/m);
    expect(config).toContain('ssl_certificate /etc/letsencrypt/live/deluisterendekoning.nl/fullchain.pem;');
    expect(config).toContain('ssl_certificate_key /etc/letsencrypt/live/deluisterendekoning.nl/privkey.pem;');
    expect(config).toContain('return 301 https://deluisterendekoning.nl$request_uri;');
    expect(config).not.toMatch(/listen 443;/);
  });

  test('serves the site over https with the same headers', async ({ playwright }) => {
    const context = await playwright.request.newContext({ ignoreHTTPSErrors: true });
    const response = await context.get(`${server.url}/en/`);
    expect(response.status()).toBe(200);
    expect(response.headers()['strict-transport-security']).toBe('max-age=63072000; includeSubDomains; preload');
    expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    expect((await context.get(`${server.url}/en/essays/`)).status()).toBe(404);
    await context.dispose();
  });

  test('speaks HTTP/2 to a browser, so a page and what it loads share one connection', async ({ browser }) => {
    const context = await browser.newContext({ ignoreHTTPSErrors: true });
    const page = await context.newPage();
    await page.goto(`${server.url}/en/quiz/`);
    const protocols = await page.evaluate(() =>
      [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')].map(
        (entry) => (entry as PerformanceResourceTiming).nextHopProtocol,
      ),
    );
    expect(protocols.length).toBeGreaterThan(1);
    expect(new Set(protocols)).toEqual(new Set(['h2']));
    await context.close();
  });
});
