/** The crown as an SVG path (viewBox 0 0 32 32), shared by icons and share images. */
export const CROWN_PATH = 'M4 24h24v3H4zM4 22 2.5 9.5l7 5.5L16 5l6.5 10 7-5.5L28 22z';

import { light } from '@/brand';

/** The app icon: the crown in paper on the accent colour, as an SVG document. */
export function iconSvg(size = 512): string {
  const { accent, paper } = light;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="${accent}"/><g transform="translate(4.8 4.6) scale(0.7)"><path d="${CROWN_PATH}" fill="${paper}"/></g></svg>`;
}

/**
 * An SVG document as a data: URI, URL-encoded only where it must be (a space too: the HTML checker wants none in href). The
 * pages link their favicon this way: as a file it was one more request right
 * after the page, racing the first paint for a second connection.
 */
export function svgDataUri(svg: string): string {
  return `data:image/svg+xml,${svg.replace(/"/g, "'").replace(/[%#<>\n ]/g, encodeURIComponent)}`;
}
