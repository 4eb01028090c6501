/**
 * Reads the `_headers` and `_redirects` files of Netlify and Cloudflare Pages
 * the way those hosts do, so tests and the build can see what a path gets:
 *
 * - Paths may hold a splat `*` (any characters, slashes included, possibly
 *   none) and placeholders `:name` (one path segment).
 * - `_headers`: every rule whose path matches applies, and a header named in
 *   more than one of them is joined with commas (Cloudflare Pages, as
 *   documented; Netlify merges matching rules too). `! Name` (Cloudflare
 *   only) removes a header a broader rule set.
 * - `_redirects`: the first matching rule wins. Netlify applies a rule only
 *   when no file answers the path, unless its status ends in `!`; Cloudflare
 *   applies every valid rule and accepts only 200, 301, 302, 303, 307 and 308
 *   (other lines are ignored with a warning at deploy).
 */

export interface HeaderRule {
  path: string;
  line: number;
  /** Header name (lower case) → the values this rule gives it, in file order. */
  headers: Map<string, string[]>;
  /** Headers removed with `! Name` (lower case). */
  unset: string[];
}

export interface RedirectRule {
  from: string;
  to: string;
  status: number;
  /** Netlify's `!`: applies even where a file answers the path. */
  force: boolean;
  line: number;
}

export type Host = 'netlify' | 'cloudflare';

/** Status codes Cloudflare Pages accepts in `_redirects`. */
export const cloudflareRedirectStatuses: ReadonlySet<number> = new Set([200, 301, 302, 303, 307, 308]);

const isPathLine = (line: string) => line.startsWith('/') || /^[a-z]+:\/\//i.test(line);

/** Parses a `_headers` file; throws on lines neither host would accept. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    const lineNumber = index + 1;
    if (!line || line.startsWith('#')) return;
    if (isPathLine(line)) {
      rules.push({ path: line, line: lineNumber, headers: new Map(), unset: [] });
      return;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`_headers line ${lineNumber}: a header before any path: ${line}`);
    if (line.startsWith('!')) {
      rule.unset.push(line.slice(1).trim().toLowerCase());
      return;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) throw new Error(`_headers line ${lineNumber}: expected "Name: value": ${line}`);
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (/\s/.test(name) || !value) throw new Error(`_headers line ${lineNumber}: expected "Name: value": ${line}`);
    rule.headers.set(name, [...(rule.headers.get(name) ?? []), value]);
  });
  for (const rule of rules) {
    if (rule.headers.size === 0 && rule.unset.length === 0)
      throw new Error(`_headers line ${rule.line}: ${rule.path} has no headers`);
  }
  return rules;
}

/** Parses a `_redirects` file: `from to [status][!]` per line. */
export function parseRedirectsFile(text: string): RedirectRule[] {
  const rules: RedirectRule[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    const lineNumber = index + 1;
    if (!line || line.startsWith('#')) return;
    const tokens = line.split(/\s+/);
    const comment = tokens.findIndex((token, i) => i >= 2 && token.startsWith('#'));
    const kept = comment === -1 ? tokens : tokens.slice(0, comment);
    const [from, to, status = '301'] = kept;
    if (!from || !to || kept.length > 3)
      throw new Error(`_redirects line ${lineNumber}: expected "from to [status]": ${line}`);
    const match = /^(\d{3})(!?)$/.exec(status);
    if (!match) throw new Error(`_redirects line ${lineNumber}: bad status ${status}`);
    rules.push({ from, to, status: Number(match[1]), force: match[2] === '!', line: lineNumber });
  });
  return rules;
}

/**
 * The rule path as a regular expression: `*` is the splat (any characters),
 * `:name` one segment; everything else literal.
 */
export function pathPattern(path: string): RegExp {
  const source = path
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => {
      if (part === '*') return '(?<splat>.*)';
      if (/^:[A-Za-z]\w*$/.test(part)) return `(?<${part.slice(1)}>[^/]+)`;
      return part.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    })
    .join('');
  return new RegExp(`^${source}$`);
}

/** Whether a rule path matches a request path (absolute-URL rules never match a bare path). */
export function pathMatches(rulePath: string, requestPath: string): boolean {
  if (!rulePath.startsWith('/')) return false;
  return pathPattern(rulePath).test(requestPath);
}

export interface AppliedHeader {
  name: string;
  /** Every value matching rules give it; more than one means the host joins them with commas. */
  values: string[];
  /** Paths of the rules that set it. */
  rules: string[];
}

/** The headers a path gets: all matching rules combined, `! Name` removals applied last. */
export function headersFor(rules: HeaderRule[], requestPath: string): Map<string, AppliedHeader> {
  const applied = new Map<string, AppliedHeader>();
  const matching = rules.filter((rule) => pathMatches(rule.path, requestPath));
  for (const rule of matching) {
    for (const [name, values] of rule.headers) {
      const entry = applied.get(name) ?? { name, values: [], rules: [] };
      entry.values.push(...values);
      entry.rules.push(rule.path);
      applied.set(name, entry);
    }
  }
  for (const rule of matching) rule.unset.forEach((name) => applied.delete(name));
  return applied;
}

/** For each path, each header that would get more than one value. */
export function headerConflicts(
  rules: HeaderRule[],
  requestPaths: Iterable<string>,
): { path: string; header: AppliedHeader }[] {
  const conflicts: { path: string; header: AppliedHeader }[] = [];
  for (const path of requestPaths) {
    for (const header of headersFor(rules, path).values()) {
      if (header.values.length > 1) conflicts.push({ path, header });
    }
  }
  return conflicts;
}

/** A path each rule matches, with splats and placeholders filled in: probes for conflict checks. */
export function examplePaths(rulePath: string): string[] {
  if (!rulePath.startsWith('/')) return [];
  const fill = (splat: string) => rulePath.replace(/:[A-Za-z]\w*/g, 'x').replace(/\*/g, splat);
  return [...new Set([fill(''), fill('x'), fill('x/'), fill('x/y.css'), fill('x/y/index.html')])];
}

export interface RedirectResult {
  rule: RedirectRule;
  status: number;
  /** The target with `:splat` and placeholders filled in. */
  to: string;
}

/** Lines a host ignores (with a warning at deploy), and why. */
export function invalidRedirects(rules: RedirectRule[], host: Host): { rule: RedirectRule; reason: string }[] {
  if (host === 'netlify') return [];
  return rules.flatMap((rule) => {
    if (!cloudflareRedirectStatuses.has(rule.status)) {
      return [{ rule, reason: `Cloudflare accepts only ${[...cloudflareRedirectStatuses].join(', ')}` }];
    }
    if (rule.force) return [{ rule, reason: 'Cloudflare does not know the ! suffix' }];
    return [];
  });
}

/**
 * What a host does with a request by its `_redirects`: the first valid rule
 * that matches (on Netlify only where no file answers, unless forced), or
 * null when the path is served as it is.
 */
export function redirectFor(
  rules: RedirectRule[],
  requestPath: string,
  host: Host,
  fileAnswers: (path: string) => boolean,
): RedirectResult | null {
  const ignored = new Set(invalidRedirects(rules, host).map(({ rule }) => rule));
  for (const rule of rules) {
    if (ignored.has(rule)) continue;
    const match = rule.from.startsWith('/') ? pathPattern(rule.from).exec(requestPath) : null;
    if (!match) continue;
    if (host === 'netlify' && !rule.force && fileAnswers(requestPath)) return null;
    const groups = match.groups ?? {};
    const to = rule.to.replace(/:([A-Za-z]\w*)/g, (whole, name: string) => groups[name] ?? whole);
    return { rule, status: rule.status, to };
  }
  return null;
}

/**
 * Cloudflare Pages' own not-found page: the closest 404.html up the
 * directory tree from the requested path, ending at /404.html.
 */
export function cloudflareNotFoundPage(requestPath: string, fileExists: (path: string) => boolean): string | null {
  const segments = requestPath.split('/').filter(Boolean);
  if (!requestPath.endsWith('/')) segments.pop();
  for (let depth = segments.length; depth >= 0; depth -= 1) {
    const candidate = `/${segments
      .slice(0, depth)
      .map((s) => `${s}/`)
      .join('')}404.html`;
    if (fileExists(candidate)) return candidate;
  }
  return null;
}
