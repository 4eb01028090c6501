import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import {
  cspDirectives,
  headerPolicy,
  inlineHashes,
  metaPolicyOf,
  ownHashesOnly,
  parsePolicy,
  scriptSources,
} from '@/deploy/csp';
import { analyticsFromEnv } from '@/site.config';
import { analyticsOrigin, analyticsScript, clickEventAttributes } from '@/lib/analytics';

const plausible = {
  provider: 'plausible',
  scriptUrl: 'https://plausible.io/js/script.tagged-events.js',
  domain: 'example.nl',
} as const;
const umami = { provider: 'umami', scriptUrl: 'https://stats.example.nl/script.js', websiteId: 'abc' } as const;

describe('CSP directives', () => {
  it('allow only this site when measuring is off', () => {
    const directives = cspDirectives({ provider: 'none' });
    expect(directives).toContain("connect-src 'self'");
    expect(directives.join(' ')).not.toMatch(/https?:/);
    expect(scriptSources({ provider: 'none' })).toEqual(["'self'"]);
  });

  it('add the analytics origin, and only it, when measuring is on', () => {
    expect(cspDirectives(plausible)).toContain("connect-src 'self' https://plausible.io");
    expect(scriptSources(umami)).toEqual(["'self'", 'https://stats.example.nl']);
  });
});

describe('header policy', () => {
  it('is the union of the page policies plus frame-ancestors', () => {
    const policy = headerPolicy([
      "default-src 'self'; script-src 'self' 'sha256-a'; style-src 'self' 'sha256-x'",
      "default-src 'self'; script-src 'self' 'sha256-b'",
    ]);
    const directives = parsePolicy(policy);
    expect(directives.get('script-src')).toEqual(["'self'", "'sha256-a'", "'sha256-b'"]);
    expect(directives.get('style-src')).toEqual(["'self'", "'sha256-x'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('reads the policy from a built page', () => {
    const html = `<head><meta http-equiv="content-security-policy" content="default-src &#39;self&#39;; script-src &#39;self&#39;"></head>`;
    expect(metaPolicyOf(html)).toBe("default-src 'self'; script-src 'self'");
    expect(metaPolicyOf('<head></head>')).toBeNull();
  });
});

describe('page policy trimmed to its own inline code', () => {
  const sha = (text: string) => createHash('sha256').update(text).digest('base64');
  const script = 'console.log(1)';
  const style = 'body{margin:0}';
  const page = (policy: string) =>
    `<head><meta http-equiv="content-security-policy" content="${policy}"><style>${style}</style></head>` +
    `<body><script>${script}</script><script src="/a.js"></script><script type="application/ld+json">{}</script></body>`;

  it('hashes the inline scripts and styles, not scripts loaded from a file', () => {
    expect(inlineHashes(page(''))).toEqual(new Set([sha(style), sha(script), sha('{}')]));
  });

  it("keeps the page's own hashes and drops the others, leaving the rest of the policy", () => {
    const policy = `default-src 'self'; script-src 'self' 'sha256-${sha(script)}' 'sha256-${sha('other()')}'; style-src 'self' 'sha256-${sha('p{}')}' 'sha256-${sha(style)}';`;
    const trimmed = metaPolicyOf(ownHashesOnly(page(policy)));
    expect(trimmed).toBe(
      `default-src 'self'; script-src 'self' 'sha256-${sha(script)}'; style-src 'self' 'sha256-${sha(style)}';`,
    );
  });

  it('never adds a hash the page did not declare', () => {
    const trimmed = metaPolicyOf(ownHashesOnly(page("default-src 'self'; script-src 'self'; style-src 'self'")));
    expect(trimmed).toBe("default-src 'self'; script-src 'self'; style-src 'self'");
  });

  it('reads hashes written as HTML entities', () => {
    const policy = `script-src &#39;self&#39; &#39;sha256-${sha(script)}&#39; &#39;sha256-${sha('x')}&#39;`;
    expect(metaPolicyOf(ownHashesOnly(page(policy)))).toBe(`script-src 'self' 'sha256-${sha(script)}'`);
  });
});

describe('analytics setting', () => {
  it('is off unless fully configured', () => {
    expect(analyticsFromEnv({})).toBeUndefined();
    expect(analyticsFromEnv({ ANALYTICS_PROVIDER: 'plausible' })).toBeUndefined();
    expect(
      analyticsFromEnv({
        ANALYTICS_PROVIDER: 'plausible',
        ANALYTICS_SCRIPT_URL: plausible.scriptUrl,
        ANALYTICS_SITE: 'example.nl',
      }),
    ).toEqual(plausible);
    expect(analyticsScript({ provider: 'none' })).toBeNull();
    expect(analyticsOrigin({ provider: 'none' })).toBeNull();
  });

  it('gives each service its script attributes and click attributes', () => {
    expect(analyticsScript(plausible)).toEqual({ src: plausible.scriptUrl, 'data-domain': 'example.nl' });
    expect(analyticsScript(umami)).toEqual({ src: umami.scriptUrl, 'data-website-id': 'abc' });
    expect(clickEventAttributes(plausible, 'share_clicked', { network: 'x' })).toEqual({
      class: 'plausible-event-name=share_clicked plausible-event-network=x',
    });
    expect(clickEventAttributes(umami, 'share_clicked', { network: 'x' })).toEqual({
      'data-umami-event': 'share_clicked',
      'data-umami-event-network': 'x',
    });
    expect(clickEventAttributes({ provider: 'none' }, 'share_clicked', { network: 'x' })).toEqual({});
  });
});
