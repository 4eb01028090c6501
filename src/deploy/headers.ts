/**
 * After the build: cuts every page's <meta> CSP down to the hashes of the
 * page's own inline scripts and styles, then writes dist/_headers
 * with the site-wide header policy in place of __CSP__; gives each language
 * its 404 page where hosts look for it and fills in dist/_redirects
 * (./not-found.ts); writes dist/build-id.txt (./build-id.ts). Fails the build
 * when a built path would get one header from two _headers rules, which
 * Netlify and Cloudflare Pages would join into one comma-separated value.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeBuildId } from './build-id';
import { headerPolicy, metaPolicyOf, ownHashesOnly } from './csp';
import { examplePaths, headerConflicts, parseHeadersFile } from './host-rules';
import { writeNotFoundFiles } from './not-found';

function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? allFiles(full) : [full];
  });
}

function htmlFiles(dir: string): string[] {
  return allFiles(dir).filter((file) => file.endsWith('.html'));
}

/** Every path a built site answers: each file, and each folder with an index.html. */
export function builtPaths(outDir: string): string[] {
  return allFiles(outDir).flatMap((file) => {
    const path = `/${relative(outDir, file).split(sep).join('/')}`;
    return path.endsWith('/index.html') ? [path, path.slice(0, -'index.html'.length)] : [path];
  });
}

/** Fails when a path would get one header from more than one _headers rule. */
export function assertNoHeaderConflicts(headersText: string, paths: string[]): void {
  const rules = parseHeadersFile(headersText);
  const conflicts = headerConflicts(rules, [...paths, ...rules.flatMap((rule) => examplePaths(rule.path))]);
  if (conflicts.length > 0) {
    const { path, header } = conflicts[0]!;
    throw new Error(
      `_headers: ${path} would get ${header.name} from ${header.rules.join(' and ')} (${conflicts.length} conflicts); hosts join such values with commas.`,
    );
  }
}

/** Cuts every page's <meta> policy down to the hashes of its own inline code (ownHashesOnly). */
export function trimPagePolicies(outDir: string): void {
  for (const file of htmlFiles(outDir)) {
    const html = readFileSync(file, 'utf8');
    const trimmed = ownHashesOnly(html);
    if (trimmed !== html) writeFileSync(file, trimmed);
  }
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
        trimPagePolicies(outDir);
        const policy = sitePolicy(outDir);
        const headers = readFileSync(headersFile, 'utf8').replace(
          'Content-Security-Policy: __CSP__',
          `Content-Security-Policy: ${policy}`,
        );
        writeFileSync(headersFile, headers);
        logger.info(`_headers: Content-Security-Policy with ${policy.split("'sha256-").length - 1} hashes`);
        const notFound = writeNotFoundFiles(outDir);
        logger.info(`404 pages for hosts: ${notFound.join(', ')}; _redirects filled in`);
        assertNoHeaderConflicts(headers, builtPaths(outDir));
        logger.info(`build id: ${writeBuildId(outDir)}`);
      },
    },
  };
}
