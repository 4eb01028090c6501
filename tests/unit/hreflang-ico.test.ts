import { describe, expect, it } from 'vitest';
import { alternatesFromHtml } from '@/lib/hreflang';
import { pngToIco } from '@/lib/ico';

describe('alternatesFromHtml', () => {
  it('reads the hreflang links of a page and skips x-default', () => {
    const html = `<head>
      <link rel="canonical" href="https://x.nl/over/">
      <link rel="alternate" hreflang="nl-NL" href="https://x.nl/over/">
      <link rel="alternate" hreflang="en-GB" href="https://x.nl/en/about/">
      <link rel="alternate" hreflang="x-default" href="https://x.nl/over/">
      <link rel="alternate" type="application/rss+xml" href="https://x.nl/rss.xml">`;
    expect(alternatesFromHtml(html)).toEqual([
      { lang: 'nl-NL', url: 'https://x.nl/over/' },
      { lang: 'en-GB', url: 'https://x.nl/en/about/' },
    ]);
  });
});

describe('pngToIco', () => {
  it('writes an ICO header that points at the PNG', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
    const ico = pngToIco(png, 32);
    const view = new DataView(ico.buffer);
    expect(view.getUint16(2, true)).toBe(1);
    expect(view.getUint16(4, true)).toBe(1);
    expect(ico[6]).toBe(32);
    expect(view.getUint32(14, true)).toBe(png.length);
    expect(Array.from(ico.slice(view.getUint32(18, true)))).toEqual(Array.from(png));
  });
});
