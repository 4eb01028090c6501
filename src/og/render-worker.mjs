/**
 * A worker thread that draws share cards: a satori element tree in, a PNG
 * out (satori lays out and turns the text into paths; resvg rasterises).
 * Started by ./pool.ts, one per core, so cards draw in parallel with each
 * other and with the pages the build renders meanwhile. Plain JavaScript, so
 * Node runs it as it is, from the project's src/og/.
 */
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';

/** @type {{ width: number, height: number, fonts: { name: string, file: string, weight: 400 | 600, style: 'normal' | 'italic' }[] }} */
const { width, height, fonts: fontFiles } = workerData;
const fonts = fontFiles.map(({ file, ...font }) => ({ ...font, data: readFileSync(file) }));

parentPort.on('message', async ({ id, element }) => {
  try {
    const svg = await satori(element, { width, height, fonts });
    // satori has drawn the text as paths: resvg needs no fonts, and looking
    // up the system's (its default) costs more than the drawing.
    const png = new Resvg(svg, { fitTo: { mode: 'width', value: width }, font: { loadSystemFonts: false } })
      .render()
      .asPng();
    parentPort.postMessage({ id, png });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
