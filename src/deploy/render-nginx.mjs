#!/usr/bin/env node
// Prints the nginx server block for a built site, with the site-wide CSP
// from dist/_headers filled in.
// Usage: npm run nginx:config -- <root> [listen] [server_name]
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const [root = 'dist', listen = '80', serverName = 'deluisterendekoning.nl'] = process.argv.slice(2);
const absoluteRoot = resolve(root);
const headers = readFileSync(`${absoluteRoot}/_headers`, 'utf8');
const csp = /Content-Security-Policy: (.+)/.exec(headers)?.[1];
if (!csp || csp.includes('__CSP__')) {
  console.error(`${absoluteRoot}/_headers has no Content-Security-Policy yet: run npm run build first.`);
  process.exit(1);
}
const template = readFileSync(new URL('./nginx.conf', import.meta.url), 'utf8');
process.stdout.write(
  template
    .replace('__LISTEN__', listen)
    .replace('__SERVER_NAME__', serverName)
    .replace('__ROOT__', absoluteRoot)
    .replace('__CSP__', csp.replace(/"/g, '\\"')),
);
