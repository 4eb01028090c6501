#!/usr/bin/env node
// Prints the nginx server block for a built site (src/deploy/nginx.conf), with
// the site-wide CSP from dist/_headers and each language's 404 page filled in.
// Usage: npm run nginx:config -- <root> [listen] [server_name] [certificate] [key]
//   listen: a port or address:port (default 80). Port 443, or a listen value
//   ending in " ssl", renders TLS with the certificate and key (default:
//   /etc/letsencrypt/live/<server_name>/fullchain.pem and privkey.pem); plain
//   443 also adds a server block that redirects http to https.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Stops with one line on stderr, no stack trace. */
function fail(message) {
  console.error(`nginx:config: ${message}`);
  process.exit(1);
}

/** The server block for the build in root. Throws an Error with a one-line message when root is no build. */
export function renderNginx({
  root = 'dist',
  listen = '80',
  serverName = 'deluisterendekoning.nl',
  certificate,
  key,
} = {}) {
  const absoluteRoot = resolve(root);
  const headersFile = join(absoluteRoot, '_headers');
  if (!existsSync(absoluteRoot))
    throw new Error(`no build at ${absoluteRoot}: run npm run build first, or pass the folder of a built site.`);
  if (!existsSync(headersFile))
    throw new Error(
      `${absoluteRoot} is not a build of this site (no _headers in it): run npm run build first, or pass the folder of a built site.`,
    );
  const csp = /Content-Security-Policy: (.+)/.exec(readFileSync(headersFile, 'utf8'))?.[1];
  if (!csp || csp.includes('__CSP__'))
    throw new Error(`${headersFile} has no Content-Security-Policy yet: run npm run build first.`);

  // Each language with a URL prefix has its own 404.html at the top of its
  // folder (the build puts it there, see not-found.ts): read them off the build.
  // (existsSync follows symlinks, so a web root of links to the build works too.)
  const notFoundMap = readdirSync(absoluteRoot)
    .filter((name) => existsSync(join(absoluteRoot, name, '404.html')))
    .map((name) => `    ~^/${name}/  /${name}/404.html;`)
    .join('\n');
  if (!existsSync(join(absoluteRoot, '404.html')))
    throw new Error(`${absoluteRoot} has no 404.html: run npm run build first.`);

  const port = /(?:^|:)(\d+)(?:\s|$)/.exec(listen)?.[1];
  const tls = port === '443' || /\sssl\b/.test(listen);
  // With TLS, HTTP/2: a page's fonts, scripts, icon and manifest share one
  // connection instead of opening up to six, each with its own handshake.
  // (The listen parameter, not nginx 1.25's `http2 on`: Debian 12 has 1.22.)
  const listenLine = tls
    ? [listen, /\sssl\b/.test(listen) ? '' : 'ssl', /\shttp2\b/.test(listen) ? '' : 'http2'].filter(Boolean).join(' ')
    : listen;
  const tlsLines = tls
    ? [
        `    ssl_certificate ${certificate ?? `/etc/letsencrypt/live/${serverName}/fullchain.pem`};`,
        `    ssl_certificate_key ${key ?? `/etc/letsencrypt/live/${serverName}/privkey.pem`};`,
        '    ssl_protocols TLSv1.2 TLSv1.3;',
        '    ssl_session_cache shared:dlk_tls:10m;',
        '    ssl_session_timeout 1d;',
      ].join('\n')
    : '';
  const httpRedirect =
    tls && listen.trim() === '443'
      ? `
# Plain http: to https, for this name only.
server {
    listen 80;
    server_name ${serverName};
    server_tokens off;
    return 301 https://${serverName}$request_uri;
}
`
      : '';

  const template = readFileSync(new URL('./nginx.conf', import.meta.url), 'utf8');
  return template
    .replace('__NOT_FOUND_MAP__', notFoundMap)
    .replace('__HTTP_REDIRECT__', httpRedirect)
    .replace('__LISTEN__', listenLine)
    .replace('__SERVER_NAME__', serverName)
    .replace('__TLS__\n', tlsLines ? `${tlsLines}\n` : '')
    .replace('__ROOT__', absoluteRoot)
    .replace('__CSP__', csp.replace(/"/g, '\\"'));
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const [root, listen, serverName, certificate, key] = process.argv.slice(2);
  try {
    process.stdout.write(renderNginx({ root, listen, serverName, certificate, key }));
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
}
