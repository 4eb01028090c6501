/**
 * The Content-Security-Policy, in one place: the directives every page's
 * <meta> policy carries, and the site-wide header policy for static hosts,
 * built from the hashes the pages declare.
 */
import { createHash } from 'node:crypto';
import { analyticsOrigin } from '../lib/analytics';
import type { AnalyticsConfig } from '../site.config';

/** The directive names this site uses besides script-src and style-src. */
type Directive =
  `${'default-src' | 'img-src' | 'font-src' | 'connect-src' | 'manifest-src' | 'object-src' | 'base-uri' | 'form-action'} ${string}`;

/** Directives beside script-src and style-src, which Astro fills with hashes. */
export function cspDirectives(analytics: AnalyticsConfig): Directive[] {
  const service = analyticsOrigin(analytics);
  return [
    "default-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${service ? ` ${service}` : ''}`,
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ];
}

/** Where scripts may come from: this site, and the analytics service only when it is switched on. */
export function scriptSources(analytics: AnalyticsConfig): string[] {
  const service = analyticsOrigin(analytics);
  return service ? ["'self'", service] : ["'self'"];
}

/** Splits a policy into directive name → sources. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name, sources);
  }
  return directives;
}

/**
 * One policy for the whole site, as an HTTP header: the union of the pages'
 * <meta> policies (so every page's hashes are allowed), plus what only a
 * header can say: who may frame the site.
 */
export function headerPolicy(pagePolicies: string[]): string {
  const union = new Map<string, Set<string>>();
  for (const policy of pagePolicies) {
    for (const [name, sources] of parsePolicy(policy)) {
      const set = union.get(name) ?? new Set<string>();
      sources.forEach((source) => set.add(source));
      union.set(name, set);
    }
  }
  union.set('frame-ancestors', new Set(["'none'"]));
  return [...union].map(([name, sources]) => [name, ...[...sources].sort()].join(' ')).join('; ');
}

/** The policy of a built page's <meta http-equiv="content-security-policy">, if any. */
export function metaPolicyOf(html: string): string | null {
  const tag = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i.exec(html);
  return tag ? tag[1]!.replace(/&#39;/g, "'").replace(/&quot;/g, '"') : null;
}

/** The base64 SHA-256 of every inline <script> and <style> of a page, as CSP writes them. */
export function inlineHashes(html: string): Set<string> {
  const hashes = new Set<string>();
  for (const [, attributes, text] of html.matchAll(/<(?:script|style)\b([^>]*)>([\s\S]*?)<\/(?:script|style)>/gi))
    if (!/\ssrc=/i.test(attributes!)) hashes.add(createHash('sha256').update(text!).digest('base64'));
  return hashes;
}

/**
 * A page's <meta> policy with only the hashes of the page's own inline
 * scripts and styles. Astro lists on every page the hashes of every page's
 * inline code (about 23, 1.3 KB that gzip cannot shrink); the browser needs
 * only the page's own. Hashes are only ever dropped, never added, so the
 * page allows nothing it did not allow before.
 */
export function ownHashesOnly(html: string): string {
  const own = inlineHashes(html);
  return html.replace(
    /(<meta\s+http-equiv="content-security-policy"\s+content=")([^"]*)"/i,
    (_, start: string, policy: string) =>
      `${start}${policy.replace(/\s*(?:'|&#39;)sha256-([A-Za-z0-9+/=]+)(?:'|&#39;)/g, (token, hash: string) =>
        own.has(hash) ? token : '',
      )}"`,
  );
}
