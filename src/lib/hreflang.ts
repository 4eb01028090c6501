/**
 * Reads the hreflang alternates a built page declares in its <head>, so the
 * sitemap repeats exactly what the page itself says about its translations.
 */
export interface Alternate {
  lang: string;
  url: string;
}

/** All <link rel="alternate" hreflang> of an HTML document, x-default excluded. */
export function alternatesFromHtml(html: string): Alternate[] {
  const alternates: Alternate[] = [];
  for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
    if (!/\brel="alternate"/.test(tag)) continue;
    const lang = /\bhreflang="([^"]+)"/.exec(tag)?.[1];
    const url = /\bhref="([^"]+)"/.exec(tag)?.[1];
    if (lang && url && lang !== 'x-default') alternates.push({ lang, url });
  }
  return alternates;
}
