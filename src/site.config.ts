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
}

const DEFAULT_ORIGIN = 'https://deluisterendekoning.nl';

function readOrigin(): string {
  const fromEnv = typeof process !== 'undefined' ? process.env.SITE_URL : undefined;
  return (fromEnv || DEFAULT_ORIGIN).replace(/\/+$/, '');
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
};
