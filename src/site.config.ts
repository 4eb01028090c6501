/**
 * The one place for site settings. Everything that differs between
 * deployments (origin, contact, handles, campaign, analytics) lives here.
 * `SITE_URL` in the environment overrides the origin at build time, so a
 * preview deploy gets its own canonical and og: URLs. Settings sit at the
 * bottom of the import graph: this file imports nothing of the site's.
 * Languages are in src/i18n/locales.ts, colours in src/brand.ts.
 */

/** A cookieless analytics service, or none (the default). */
export type AnalyticsConfig =
  | { provider: 'none' }
  | { provider: 'plausible'; scriptUrl: string; domain: string }
  | { provider: 'umami'; scriptUrl: string; websiteId: string };

export interface SiteConfig {
  /** The organisation that publishes the series. */
  organisation: { name: string; url: string };
  /**
   * The firm behind the series, named under every essay and on the about
   * page. While `name` is empty they say "Uitgegeven door een Nederlandse
   * leverancier van professionele diensten" / "Published by a Dutch
   * professional-services firm"; with a name they name it, e.g.
   *   publisher: { name: 'Voorbeeld Diensten B.V.' }
   * The sentences are 'publisher.anonymous' and 'publisher.named' in src/i18n.
   */
  publisher: { name: string };
  /** Absolute origin without trailing slash, e.g. https://example.nl */
  origin: string;
  /** Base path under the origin ('/' for the root of a domain). */
  base: string;
  /** Where the "let's talk" calls to action point. */
  contact: { url: string };
  /** Handles without '@', used for twitter:site; empty string when absent. */
  social: { x: string };
  /** utm_campaign for shared links: stable, so previews stay cached. */
  campaign: string;
  /**
   * Campaign measurement, off by default: nothing is sent anywhere. To count
   * quiz and share events with a cookieless service, set for example
   *   { provider: 'plausible', scriptUrl: 'https://plausible.io/js/script.tagged-events.js', domain: 'deluisterendekoning.nl' }
   *   { provider: 'umami', scriptUrl: 'https://stats.example.nl/script.js', websiteId: '<uuid>' }
   * or at build time ANALYTICS_PROVIDER, ANALYTICS_SCRIPT_URL and ANALYTICS_SITE.
   * The service's origin is then added to the Content-Security-Policy. Say so on
   * the privacy pages (content/pages/<locale>/privacy.mdx) before switching it on.
   */
  analytics: AnalyticsConfig;
}

/** Reads the analytics setting from the environment, for a build or a test run. */
export function analyticsFromEnv(env: Record<string, string | undefined>): AnalyticsConfig | undefined {
  const provider = env.ANALYTICS_PROVIDER;
  const scriptUrl = env.ANALYTICS_SCRIPT_URL;
  const site = env.ANALYTICS_SITE ?? '';
  if (provider === 'plausible' && scriptUrl) return { provider, scriptUrl, domain: site };
  if (provider === 'umami' && scriptUrl) return { provider, scriptUrl, websiteId: site };
  if (provider === 'none') return { provider };
  return undefined;
}

const env = typeof process !== 'undefined' ? process.env : {};

const DEFAULT_ORIGIN = 'https://deluisterendekoning.nl';

export const siteConfig: SiteConfig = {
  organisation: {
    name: 'De luisterende koning',
    url: DEFAULT_ORIGIN,
  },
  origin: (env.SITE_URL || DEFAULT_ORIGIN).replace(/\/+$/, ''),
  base: '/',
  publisher: { name: '' },
  contact: { url: 'mailto:gesprek@deluisterendekoning.nl' },
  social: { x: '' },
  campaign: 'de-luisterende-koning',
  analytics: analyticsFromEnv(env) ?? { provider: 'none' },
};
