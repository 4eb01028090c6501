/**
 * npm run nginx:config (src/deploy/render-nginx.mjs) against small fake
 * builds: a clear one-line error and exit 1 without a build, the TLS block
 * for port 443, and one 404 page per locale of src/i18n/locales.ts. The
 * rendered config is run for real by tests/e2e/nginx.spec.ts.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultLocale, locales } from '@/i18n/locales';

const script = new URL('../../src/deploy/render-nginx.mjs', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'dlk-nginx-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs the renderer as npm run nginx:config does, with the Node running the tests (the project's Node 24). */
function render(...args: string[]) {
  return spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' });
}

/** A fake build: _headers with a policy, and the 404 pages. */
function fakeBuild(name: string, { csp = "default-src 'self'; frame-ancestors 'none'" } = {}): string {
  const dir = join(scratch, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, '_headers'), `/*\n  Content-Security-Policy: ${csp}\n`);
  writeFileSync(join(dir, '404.html'), '<h1>404</h1>');
  for (const locale of locales.filter((l) => l !== defaultLocale)) {
    mkdirSync(join(dir, locale), { recursive: true });
    writeFileSync(join(dir, locale, '404.html'), '<h1>404</h1>');
  }
  return dir;
}

function expectOneLineError(result: ReturnType<typeof render>, message: RegExp): void {
  expect(result.status).toBe(1);
  expect(result.stdout).toBe('');
  const lines = result.stderr.trim().split('\n');
  expect(lines, result.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^nginx:config: /);
  expect(lines[0]).toMatch(message);
  expect(result.stderr).not.toMatch(/^\s+at /m);
}

describe('npm run nginx:config', () => {
  it('says in one line, without a stack trace, that a path holds no build, and exits 1', () => {
    expectOneLineError(
      render(join(scratch, 'no-such-folder')),
      /no build at .*no-such-folder: run npm run build first/,
    );
    mkdirSync(join(scratch, 'empty'));
    expectOneLineError(render(join(scratch, 'empty')), /not a build of this site \(no _headers in it\)/);
    expectOneLineError(render(fakeBuild('unfilled', { csp: '__CSP__' })), /no Content-Security-Policy yet/);
  });

  it('renders plain http for a port other than 443', () => {
    const result = render(fakeBuild('plain'), '8080', 'example.nl');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^\s*listen 8080;$/m);
    expect(result.stdout).not.toContain('ssl_certificate');
    expect(result.stdout).not.toMatch(/__[A-Z_]+__/);
  });

  it('renders TLS for port 443: listen 443 ssl, certificate and key, and http sent to https', () => {
    const result = render(fakeBuild('tls'), '443', 'example.nl');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^\s*listen 443 ssl http2;$/m);
    expect(result.stdout).not.toMatch(/listen 443;/);
    expect(result.stdout).toContain('ssl_certificate /etc/letsencrypt/live/example.nl/fullchain.pem;');
    expect(result.stdout).toContain('ssl_certificate_key /etc/letsencrypt/live/example.nl/privkey.pem;');
    expect(result.stdout).toMatch(
      /listen 80;\s+server_name example\.nl;[\s\S]*return 301 https:\/\/example\.nl\$request_uri;/,
    );
    const own = render(fakeBuild('tls-own'), '203.0.113.5:443', 'example.nl', '/etc/ssl/site.crt', '/etc/ssl/site.key');
    expect(own.stdout).toMatch(/^\s*listen 203\.0\.113\.5:443 ssl http2;$/m);
    expect(own.stdout).toContain('ssl_certificate /etc/ssl/site.crt;');
    expect(own.stdout).toContain('ssl_certificate_key /etc/ssl/site.key;');
  });

  it('maps each prefixed locale to its own 404 page, everything else to /404.html', () => {
    const result = render(fakeBuild('locales'));
    for (const locale of locales.filter((l) => l !== defaultLocale)) {
      expect(result.stdout).toMatch(new RegExp(`~\\^/${locale}/\\s+/${locale}/404\\.html;`));
    }
    expect(result.stdout).toMatch(/default\s+\/404\.html;/);
    expect(result.stdout).toContain('error_page 404 $dlk_not_found;');
  });

  it('turns on Vary, compression behind proxies, and refuses dotfiles', () => {
    const { stdout } = render(fakeBuild('gzip'));
    expect(stdout).toMatch(/^\s*gzip_vary on;$/m);
    expect(stdout).toMatch(/^\s*gzip_proxied any;$/m);
    expect(stdout).toContain('location ~ "/\\.(?!well-known/)"');
  });
});
