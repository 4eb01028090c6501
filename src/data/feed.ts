/** One RSS feed per locale, newest essay first. */
import rss from '@astrojs/rss';
import { languageTag, t, type Locale } from '@/i18n';
import { absoluteUrl, essayPath, pagePath } from '@/lib/routes';
import { essaysIn } from './essays';

export async function feedResponse(locale: Locale): Promise<Response> {
  const essays = (await essaysIn(locale)).toSorted((a, b) => b.data.pubDate.getTime() - a.data.pubDate.getTime());
  return rss({
    title: t(locale, 'rss.title'),
    description: t(locale, 'site.description'),
    site: absoluteUrl(pagePath(locale, 'home')),
    customData: `<language>${languageTag(locale)}</language>`,
    items: essays.map((essay) => ({
      title: essay.data.title,
      description: essay.data.description,
      pubDate: essay.data.pubDate,
      link: absoluteUrl(essayPath(locale, essay.slug)),
      categories: [t(locale, 'series.part', { part: essay.data.part })],
    })),
  });
}
