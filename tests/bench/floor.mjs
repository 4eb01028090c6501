// The floor a page is measured against: the same text as bare HTML, with
// system fonts, no CSS, no scripts, no images. What is left of a page's time
// to paint over its floor is what the design costs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Elements that carry no text a reader sees, dropped with their content. */
const DROPPED = /<(script|style|svg|template|noscript)\b[\s\S]*?<\/\1>/gi;

/** Bare HTML with the text of a built page: its title, language and body markup, stripped of attributes. */
export function floorHtml(html) {
  const lang = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? 'nl';
  const title = /<title>([\s\S]*?)<\/title>/.exec(html)?.[1] ?? '';
  const body = (/<body[^>]*>([\s\S]*)<\/body>/.exec(html)?.[1] ?? '')
    .replace(DROPPED, '')
    .replace(/<(img|link|meta|input)\b[^>]*>/gi, '')
    // Custom elements (Astro islands) become their children.
    .replace(/<\/?[a-z]+-[a-z-]+\b[^>]*>/gi, '')
    // Links keep their target; every other attribute (class, style, data-*) goes.
    .replace(/<([a-z][a-z0-9]*)\b([^>]*)>/gi, (_, tag, attributes) => {
      const href = /\shref="[^"]*"/.exec(attributes)?.[0] ?? '';
      return `<${tag}${href}>`;
    });
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head><body>${body}</body></html>`;
}

/** The floor of the page at a URL path of a build, as a file for the web root. */
export function floorFile(dist, path) {
  return floorHtml(readFileSync(join(dist, path, 'index.html'), 'utf8'));
}
