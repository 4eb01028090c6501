/** Renders a satori element tree or an SVG string to a PNG. */
import { Resvg } from '@resvg/resvg-js';
import { MIN_TEXT_SIZE, textSizes, type SatoriNode } from './node';
import { drawInWorker } from './pool';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** An SVG without text (the icons) to a PNG. No system fonts: loading them costs more than the drawing. */
export function svgToPng(svg: string, width: number): Buffer {
  return new Resvg(svg, { fitTo: { mode: 'width', value: width }, font: { loadSystemFonts: false } }).render().asPng();
}

export async function elementToPng(element: SatoriNode): Promise<Buffer> {
  // A card is read at feed size: text below the minimum fails the build.
  const smallest = textSizes(element)[0];
  if (smallest && smallest.size < MIN_TEXT_SIZE) {
    throw new Error(
      `share card text "${smallest.text}" is ${smallest.size} px; cards need ${MIN_TEXT_SIZE} px or more`,
    );
  }
  // satori takes React-like nodes; ours are plain objects of that shape, which a worker thread receives as a copy.
  return drawInWorker(element, CARD_WIDTH, CARD_HEIGHT);
}

/** A PNG as an endpoint response. */
export function pngResponse(png: Buffer): Response {
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
