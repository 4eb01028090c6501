import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { fromFile } from '@capsizecss/unpack/fs';
import { fallbackCss, fallbackFaces, fallbackFonts, metricsOf, WEB_FAMILY, type Metrics } from '@/fonts/fallback';
import { measuredFallbacks } from '@/fonts/fallback-files.mjs';
import measured from '@/fonts/fallback-metrics.json';

const require = createRequire(import.meta.url);
const webFile = (style: string) =>
  readFileSync(require.resolve(`@fontsource/source-serif-4/files/source-serif-4-latin-400-${style}.woff2`));
const web = { normal: await metricsOf(webFile('normal')), italic: await metricsOf(webFile('italic')) };
const faces = fallbackFaces(web);
const pct = (value: string | undefined) => parseFloat(value ?? '0') / 100;

describe('fallback faces sized like Source Serif 4', () => {
  it('read the web font itself', () => {
    expect(web.normal.familyName).toBe('Source Serif 4');
    expect(web.normal.unitsPerEm).toBeGreaterThan(0);
    // The italic is narrower than the roman: it needs its own fallback faces.
    expect(web.italic.xWidthAvg / web.italic.unitsPerEm).toBeLessThan(web.normal.xWidthAvg / web.normal.unitsPerEm);
  });

  for (const font of fallbackFonts)
    for (const style of ['normal', 'italic'] as const) {
      it(`${font.name} ${style}: average width and vertical metrics match the web font's`, () => {
        const local: Metrics = font[style];
        const face = faces.find((f) => f.style === style && f.src.includes(`local('${local.fullName}')`));
        expect(face, `a face with local('${local.fullName}')`).toBeDefined();
        const size = pct(face!.overrides['size-adjust']);
        const w = web[style];
        // Scaled by size-adjust, the local font's average character is as wide as the web font's (within rounding).
        expect((size * local.xWidthAvg!) / local.unitsPerEm).toBeCloseTo(w.xWidthAvg! / w.unitsPerEm, 3);
        // Ascent and descent, as a share of the adjusted em, are the web font's.
        expect(pct(face!.overrides['ascent-override']) * size).toBeCloseTo(w.ascent / w.unitsPerEm, 3);
        expect(pct(face!.overrides['descent-override']) * size).toBeCloseTo(Math.abs(w.descent) / w.unitsPerEm, 3);
        // A local line gap is overridden to the web font's (none).
        if (local.lineGap !== w.lineGap) expect(pct(face!.overrides['line-gap-override'])).toBeCloseTo(0, 5);
      });
    }

  it('share one face between fonts with the same metrics (Times New Roman, Liberation Serif)', () => {
    const times = faces.filter((face) => face.family === `${WEB_FAMILY} Times New Roman`);
    expect(times.length).toBe(2);
    for (const face of times) expect(face.src).toContain('Liberation Serif');
    expect(new Set(faces.map((face) => `${face.family} ${face.style}`)).size).toBe(faces.length);
  });

  it('give --serif the fallbacks alone until <html data-f> (or without JavaScript), then the web font first', () => {
    const css = fallbackCss(web);
    const [before, after] = [...css.matchAll(/--serif: ([^;]+);/g)].map((match) => match[1]!.split(', '));
    const fallbacks = [...new Set(faces.map((face) => `'${face.family}'`)), 'serif'];
    expect(before).toEqual(fallbacks);
    expect(after).toEqual([`'${WEB_FAMILY}'`, ...fallbacks]);
    expect(css).toMatch(/:root:not\(\[data-js\]\),\s*:root\[data-f\] \{\s*--serif: 'Source Serif 4'/);
  });
});

describe('measured fallback metrics', () => {
  for (const [name, file] of Object.entries(measuredFallbacks))
    it.skipIf(!existsSync(file))(
      `${name} matches its font file (npx node src/fonts/measure-fallbacks.mjs)`,
      async () => {
        const metrics = await fromFile(file);
        expect(measured[name as keyof typeof measured]).toMatchObject({
          fullName: metrics.fullName,
          ascent: metrics.ascent,
          descent: metrics.descent,
          lineGap: metrics.lineGap,
          unitsPerEm: metrics.unitsPerEm,
          xWidthAvg: metrics.xWidthAvg,
        });
      },
    );
});
