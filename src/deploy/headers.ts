/**
 * After the build: reads every page's <meta> CSP and writes dist/_headers
 * with the site-wide header policy in place of __CSP__.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headerPolicy, metaPolicyOf } from './csp';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? htmlFiles(full) : name.endsWith('.html') ? [full] : [];
  });
}

/** The site-wide policy of a built site: the union of its pages' policies. */
export function sitePolicy(outDir: string): string {
  const policies = htmlFiles(outDir).map((file) => {
    const policy = metaPolicyOf(readFileSync(file, 'utf8'));
    if (!policy) throw new Error(`${file} has no Content-Security-Policy <meta>`);
    return policy;
  });
  return headerPolicy(policies);
}

export function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const headersFile = join(outDir, '_headers');
        const policy = sitePolicy(outDir);
        writeFileSync(headersFile, readFileSync(headersFile, 'utf8').replace('Content-Security-Policy: __CSP__', `Content-Security-Policy: ${policy}`));
        logger.info(`_headers: Content-Security-Policy with ${policy.split("'sha256-").length - 1} hashes`);
      },
    },
  };
}
