import { describe, expect, it } from 'vitest';
import { iconSvg, svgDataUri } from '@/og/marks';

describe('svgDataUri', () => {
  it('keeps the document, with only the characters a URL cannot carry encoded', () => {
    const svg = iconSvg(32);
    const uri = svgDataUri(svg);
    expect(uri.startsWith('data:image/svg+xml,')).toBe(true);
    expect(uri).not.toMatch(/[#<>" ]/);
    expect(decodeURIComponent(uri.slice('data:image/svg+xml,'.length))).toBe(svg.replace(/"/g, "'"));
  });

  it('encodes a percent sign and a newline, so they decode back as themselves', () => {
    const uri = svgDataUri('<svg width="100%">\n</svg>');
    expect(decodeURIComponent(uri.slice('data:image/svg+xml,'.length))).toBe("<svg width='100%'>\n</svg>");
  });
});
