/** Non-text contrast of the quiz scale (WCAG 1.4.11): the marker must stand out on every band. */
import { describe, expect, it } from 'vitest';
import { dark, light, scaleBands } from '@/brand';

const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

describe('the scale marker', () => {
  for (const [theme, palette] of Object.entries({ light, dark })) {
    it(`is visible on every band in the ${theme} theme: ink needle or its paper halo at 3:1 or more`, () => {
      for (const band of scaleBands) {
        const best = Math.max(contrast(palette.ink, band), contrast(palette.paper, band));
        expect(best, `${theme} marker on ${band}`).toBeGreaterThanOrEqual(3);
      }
      // The halo itself must separate from the needle.
      expect(contrast(palette.ink, palette.paper)).toBeGreaterThanOrEqual(3);
    });
  }
});
