import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { describe, expect, it } from 'vitest';
import { fontFiles } from '@/og/fonts';
import { cardFrame, h, type SatoriNode } from '@/og/node';
import { CARD_HEIGHT, CARD_WIDTH } from '@/og/png';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { drawInWorker, poolSize, running } from '@/og/pool';

const card = (title: string): SatoriNode =>
  cardFrame({ paper: '#faf7f1', ink: '#1f1b16' }, [h('div', { fontSize: 64 }, title), h('div', {}, 'example.nl')]);

describe('share cards drawn in worker threads', () => {
  it('come out byte for byte as satori and resvg draw them on the main thread', async () => {
    const fonts = fontFiles().map(({ file, ...font }) => ({ ...font, data: readFileSync(file) }));
    const svg = await satori(card('Partner op papier') as unknown as Parameters<typeof satori>[0], {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      fonts,
    });
    const expected = new Resvg(svg, { fitTo: { mode: 'width', value: CARD_WIDTH } }).render().asPng();
    const png = await drawInWorker(card('Partner op papier'), CARD_WIDTH, CARD_HEIGHT);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(Buffer.compare(png, expected)).toBe(0);
  });

  it('draw many at once, each answer going to its own card', async () => {
    const titles = Array.from({ length: 3 * poolSize() }, (_, i) => `Essay ${'I'.repeat(i + 1)}`);
    const pngs = await Promise.all(titles.map((title) => drawInWorker(card(title), CARD_WIDTH, CARD_HEIGHT)));
    const again = await drawInWorker(card(titles[2]!), CARD_WIDTH, CARD_HEIGHT);
    expect(Buffer.compare(pngs[2]!, again)).toBe(0);
    expect(new Set(pngs.map((png) => png.toString('base64'))).size).toBe(titles.length);
  });

  it('stop the workers once no card is waiting, so a finished build can exit, and start them for the next card', async () => {
    await drawInWorker(card('Eén kaart'), CARD_WIDTH, CARD_HEIGHT);
    expect(running()).toBe(true);
    await nextTurn();
    await nextTurn();
    expect(running()).toBe(false);
    expect((await drawInWorker(card('Nog een'), CARD_WIDTH, CARD_HEIGHT)).length).toBeGreaterThan(0);
  });

  it("reject with the worker's error when a card cannot be drawn", async () => {
    // satori refuses an image without a source.
    const broken = h('div', { display: 'flex' }, [h('img', {})]);
    await expect(drawInWorker(broken, CARD_WIDTH, CARD_HEIGHT)).rejects.toThrow(/share card: .*Image source/);
    // The worker draws on after a failure.
    expect((await drawInWorker(card('Na de fout'), CARD_WIDTH, CARD_HEIGHT)).length).toBeGreaterThan(0);
  });
});
