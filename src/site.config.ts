import { analyticsFromEnv, type AnalyticsConfig } from './lib/analytics';

/**
 * The one place for site settings. Everything that differs between
 * deployments (origin, contact, handles, campaign) lives here.
 * `SITE_URL` in the environment overrides the origin at build time, so a
 * preview deploy gets its own canonical and og: URLs.
 */
export interface SiteConfig {
  /** Series name, used in titles and share images. */
  name: string;
  /** The organisation that publishes the series. */
  organisation: { name: string; url: string };
  /** Absolute origin without trailing slash, e.g. https://example.nl */
  origin: string;
  /** Base path under the origin ('/' for the root of a domain). */
  base: string;
  /** Where the "let's talk" calls to action point. */
  contact: { email: string; url: string };
  /** Handles without '@', used for twitter:site; empty string when absent. */
  social: { x: string; linkedin: string };
  /** utm_campaign for shared links: stable, so previews stay cached. */
  campaign: string;
  /** Brand colours shared by the manifest, share images and the theme. */
  colours: { paper: string; ink: string; accent: string };
  /**
   * Campaign measurement, off by default: nothing is sent anywhere. To count
   * quiz and share events with a cookieless service, set for example
   *   { provider: 'plausible', scriptUrl: 'https://plausible.io/js/script.tagged-events.js', domain: 'deluisterendekoning.nl' }
   *   { provider: 'umami', scriptUrl: 'https://stats.example.nl/script.js', websiteId: '<uuid>' }
   * or at build time ANALYTICS_PROVIDER, ANALYTICS_SCRIPT_URL and ANALYTICS_SITE.
   * The service's origin is then added to the Content-Security-Policy. Say so on
   * the privacy pages (content/pages/nl/ and en/privacy.mdx) before switching it on.
   */
  analytics: AnalyticsConfig;
}

const env = typeof process !== 'undefined' ? process.env : {};

const DEFAULT_ORIGIN = 'https://deluisterendekoning.nl';

function readOrigin(): string {
  return (env.SITE_URL || DEFAULT_ORIGIN).replace(/\/+$/, '');
}

export const siteConfig: SiteConfig = {
  name: 'De luisterende koning',
  organisation: {
    name: 'De luisterende koning',
    url: DEFAULT_ORIGIN,
  },
  origin: readOrigin(),
  base: '/',
  contact: {
    email: 'gesprek@deluisterendekoning.nl',
    url: 'mailto:gesprek@deluisterendekoning.nl',
  },
  social: { x: '', linkedin: '' },
  campaign: 'de-luisterende-koning',
  colours: { paper: '#faf7f1', ink: '#1f1b16', accent: '#7d1d2e' },
  analytics: analyticsFromEnv(env) ?? { provider: 'none' },
};
