/**
 * Local fallback faces sized like Source Serif 4, one per platform font, so
 * the text paints at once in whatever serif the reader's system has and does
 * not move when the web font swaps in (font-display: swap, no preload).
 *
 * Each face takes a local font and the overrides that make it take the web
 * font's room: size-adjust from the ratio of average character widths
 * (xWidthAvg, weighted by letter frequency), then ascent, descent and line
 * gap of the web font over the adjusted em. The values come from
 * @capsizecss/core's createFontStack, with metrics read from the files: the
 * web font from the woff2 the site serves, Georgia, Times New Roman and Noto
 * Serif from @capsizecss/metrics, DejaVu Serif and Liberation Serif (not in
 * that collection) from Debian's files into fallback-metrics.json
 * (measure-fallbacks.mjs).
 */
import { createFontStack } from '@capsizecss/core';
import georgia from '@capsizecss/metrics/georgia';
import georgiaItalic from '@capsizecss/metrics/georgia/italic';
import notoSerif from '@capsizecss/metrics/notoSerif';
import notoSerifItalic from '@capsizecss/metrics/notoSerif/italic';
import timesNewRoman from '@capsizecss/metrics/timesNewRoman';
import timesNewRomanItalic from '@capsizecss/metrics/timesNewRoman/italic';
import { fromBuffer } from '@capsizecss/unpack';
import measured from './fallback-metrics.json' with { type: 'json' };

export type Metrics = Parameters<typeof createFontStack>[0][number];
export type Style = 'normal' | 'italic';

export const WEB_FAMILY = 'Source Serif 4';

/**
 * The local fonts, regular and italic, in the order the browser tries them:
 * Georgia (Windows, macOS, iOS), Times New Roman (Windows, macOS), DejaVu
 * Serif and Liberation Serif (Linux), Noto Serif (Android, ChromeOS). The
 * italic faces matter: Source Serif's italic is narrower than its roman, and
 * a slanted roman in its place rewraps italic lines at the swap.
 */
export const fallbackFonts: { name: string; normal: Metrics; italic: Metrics }[] = [
  { name: 'Georgia', normal: georgia, italic: georgiaItalic },
  { name: 'Times New Roman', normal: timesNewRoman, italic: timesNewRomanItalic },
  { name: 'Liberation Serif', normal: measured.liberationSerif, italic: measured.liberationSerifItalic },
  { name: 'DejaVu Serif', normal: measured.dejaVuSerif, italic: measured.dejaVuSerifItalic },
  { name: 'Noto Serif', normal: notoSerif, italic: notoSerifItalic },
];

/** The family name of a fallback: short, since every page carries it inline. */
export const fallbackFamily = (name: string) => `${WEB_FAMILY} ${name}`;

export interface FallbackFace {
  family: string;
  style: Style;
  /** The local() sources of every font that takes these very overrides. */
  src: string;
  /** size-adjust, ascent-override, descent-override and, where the local font has a line gap, line-gap-override. */
  overrides: Record<string, string>;
}

/** A percentage to two decimals (0.01% of a 20 px letter is 0.002 px), without trailing zeros. */
const percent = (value: string) => `${Number(parseFloat(value).toFixed(2))}%`;

/**
 * The fallback faces for a web font with these metrics per style. Fonts that
 * come out with the same overrides (Times New Roman and Liberation Serif
 * share their metrics) share one face, to keep the inline CSS small.
 */
export function fallbackFaces(web: Record<Style, Metrics>): FallbackFace[] {
  const faces: FallbackFace[] = [];
  for (const font of fallbackFonts)
    for (const style of ['normal', 'italic'] as const) {
      const { fontFaces } = createFontStack([web[style], font[style]], { fontFaceFormat: 'styleObject' });
      const { src, fontFamily: _, ...values } = fontFaces[0]!['@font-face'] as Record<string, string>;
      const overrides = Object.fromEntries(
        ['sizeAdjust', 'ascentOverride', 'descentOverride', 'lineGapOverride']
          .filter((key) => values[key] !== undefined)
          .map((key) => [key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`), percent(values[key]!)]),
      );
      const same = faces.find(
        (face) => face.style === style && JSON.stringify(face.overrides) === JSON.stringify(overrides),
      );
      if (same) same.src += `, ${src}`;
      else faces.push({ family: fallbackFamily(font.name), style, src: src!, overrides });
    }
  return faces;
}

/** The metrics of a font file (woff2, woff, ttf). */
export const metricsOf = (file: Buffer): Promise<Metrics> => fromBuffer(file);

/**
 * The @font-face rules of the fallbacks and `--serif`, the family list every
 * serif text uses: the fallbacks alone until the theme script (src/scripts/
 * theme.js) marks <html data-f>, after the first paint of a page reached
 * from elsewhere, at once on a page reached from this site; without
 * JavaScript (no data-js) the web font at once.
 */
export function fallbackCss(web: Record<Style, Metrics>): string {
  const faces = fallbackFaces(web);
  const rules = faces.map(
    (face) => `@font-face {
  font-family: '${face.family}';
  font-style: ${face.style};
  src: ${face.src};
${Object.entries(face.overrides)
  .map(([property, value]) => `  ${property}: ${value};\n`)
  .join('')}}
`,
  );
  const fallbacks = [...new Set(faces.map((face) => `'${face.family}'`)), 'serif'].join(', ');
  return `${rules.join('')}:root {
  --serif: ${fallbacks};
}
:root:not([data-js]),
:root[data-f] {
  --serif: '${WEB_FAMILY}', ${fallbacks};
}
`;
}
