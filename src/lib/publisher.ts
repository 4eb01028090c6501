/**
 * The line that says who publishes the series, under every essay's byline
 * and on the about page: the firm by name once `publisher.name` is set in
 * src/site.config.ts, and by description until then.
 */
import { t, type Locale } from '@/i18n';
import { siteConfig } from '@/site.config';

export function publisherLine(locale: Locale, name = siteConfig.publisher.name): string {
  const publisher = name.trim();
  return publisher ? t(locale, 'publisher.named', { publisher }) : t(locale, 'publisher.anonymous');
}
