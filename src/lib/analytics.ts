/**
 * Campaign measurement without tracking by default. The site names its
 * events here; they go nowhere unless site.config.ts connects a cookieless
 * analytics service (Plausible, or a self-hosted Umami), whose script then
 * defines window.plausible or window.umami.
 */
import type { AnalyticsConfig } from '@/site.config';

export type EventName = 'quiz_started' | 'quiz_finished' | 'share_clicked' | 'invite_created' | 'invite_opened';
export type EventProps = Record<string, string>;

interface AnalyticsWindow {
  plausible?: (name: string, options?: { props: EventProps }) => void;
  umami?: { track: (name: string, data?: EventProps) => void };
}

/** Sends a named event to the connected service; does nothing when none is. */
export function track(name: EventName, props?: EventProps): void {
  if (typeof window === 'undefined') return;
  const w = window as unknown as AnalyticsWindow;
  w.plausible?.(name, props ? { props } : undefined);
  w.umami?.track(name, props);
}

/** The attributes of the service's script tag, or null when measuring is off. */
export function analyticsScript(config: AnalyticsConfig): Record<string, string> | null {
  switch (config.provider) {
    case 'plausible':
      return { src: config.scriptUrl, 'data-domain': config.domain };
    case 'umami':
      return { src: config.scriptUrl, 'data-website-id': config.websiteId };
    case 'none':
      return null;
  }
}

/** The origin the CSP must allow for the service, or null when measuring is off. */
export function analyticsOrigin(config: AnalyticsConfig): string | null {
  return config.provider === 'none' ? null : new URL(config.scriptUrl).origin;
}

/**
 * Attributes that make the service's own script count a click on a plain
 * link (Plausible's tagged events, Umami's data attributes), so share links
 * on essays are measured without any script of ours.
 */
export function clickEventAttributes(
  config: AnalyticsConfig,
  name: EventName,
  props: EventProps,
): Record<string, string> {
  switch (config.provider) {
    case 'plausible':
      return {
        class: [
          `plausible-event-name=${name}`,
          ...Object.entries(props).map(([k, v]) => `plausible-event-${k}=${v}`),
        ].join(' '),
      };
    case 'umami':
      return {
        'data-umami-event': name,
        ...Object.fromEntries(Object.entries(props).map(([k, v]) => [`data-umami-event-${k}`, v])),
      };
    case 'none':
      return {};
  }
}
