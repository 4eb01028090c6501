/** Renders a satori element tree or an SVG string to a PNG. */
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { loadFonts } from './fonts';
import { MIN_TEXT_SIZE, textSizes, type SatoriNode } from './node';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

export function svgToPng(svg: string, width: number): Buffer {
  return new Resvg(svg, { fitTo: { mode: 'width', value: width } }).render().asPng();
}

export async function elementToPng(element: SatoriNode): Promise<Buffer> {
  // A card is read at feed size: text below the minimum fails the build.
  const smallest = textSizes(element)[0];
  if (smallest && smallest.size < MIN_TEXT_SIZE) {
    throw new Error(
      `share card text "${smallest.text}" is ${smallest.size} px; cards need ${MIN_TEXT_SIZE} px or more`,
    );
  }
  // satori takes React-like nodes; ours are plain objects of that shape.
  const svg = await satori(element as unknown as Parameters<typeof satori>[0], {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: await loadFonts(),
  });
  return svgToPng(svg, CARD_WIDTH);
}

/** A PNG as an endpoint response. */
export function pngResponse(png: Buffer): Response {
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
