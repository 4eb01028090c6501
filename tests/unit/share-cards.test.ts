/**
 * The share cards at their limits: the longest texts each kind carries,
 * rendered to PNG. Every card must be 1200x630, at most 300 KB, and carry no
 * text under 40 px (the renderer refuses smaller text). CARDS_OUT=<dir>
 * writes them out for a look.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { essayCardPng } from '@/og/essay-card';
import { h, cardFrame } from '@/og/node';
import { elementToPng } from '@/og/png';
import { quizCardPng } from '@/og/quiz-card';
import { resultCardPng } from '@/og/result-card';
import { seriesCardPng } from '@/og/series-card';
import { stageCardPng } from '@/og/stage-card';

const stages = [
  { from: 0, to: 24 },
  { from: 25, to: 49 },
  { from: 50, to: 74 },
  { from: 75, to: 100 },
];
const host = 'deluisterendekoning.nl';
const pngSize = (bytes: Buffer) => ({ width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) });

const cards: Record<string, () => Promise<Buffer>> = {
  series: () =>
    seriesCardPng({
      seriesName: 'De luisterende koning',
      tagline: 'Een essayreeks over klanten, leveranciers en de kunst van het luisteren',
      facts: '4 essays en een quiz',
      host,
    }),
  quiz: () =>
    quizCardPng({
      kicker: 'De partnershipquiz',
      question: 'Where does your relationship stand?',
      from: 'Transactioneel',
      to: 'Geëmancipeerd partnership',
      stages,
      facts: 'Twaalf situaties · ongeveer zes minuten',
      host,
    }),
  stage: () =>
    stageCardPng({
      kicker: 'De partnershipquiz · fase 2 van 4',
      thesis: 'Dicht bij de klant: de leverancier luistert, maar luistert de klant ook?',
      question: 'Hoe vaak praat u met uw klant of leverancier over meer dan wat er in het contract staat?',
      current: 1,
      stages,
      host,
    }),
  result: () =>
    resultCardPng({
      seriesName: 'De luisterende koning',
      score: 70,
      scoreLabel: '70–74',
      stageLabel: 'Geëmancipeerd partnership',
      stages,
      host,
    }),
  essay: () =>
    essayCardPng({
      seriesName: 'De luisterende koning',
      partLabel: 'Deel 4 van 4',
      title: 'De luisterende koning, of waarom de klant koning blijft',
      host,
    }),
};

describe('share cards', () => {
  for (const [kind, render] of Object.entries(cards)) {
    it(`${kind}: 1200x630 and at most 300 KB`, async () => {
      const png = await render();
      expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
      expect(png.length).toBeLessThanOrEqual(300 * 1024);
      if (process.env.CARDS_OUT) {
        mkdirSync(process.env.CARDS_OUT, { recursive: true });
        writeFileSync(join(process.env.CARDS_OUT, `${kind}.png`), png);
      }
    }, 20_000);
  }

  it('refuse text under 40 px', async () => {
    const tiny = cardFrame({ paper: '#fff', ink: '#000' }, [h('div', { fontSize: 24 }, 'too small for a feed')]);
    await expect(elementToPng(tiny)).rejects.toThrow(/too small for a feed.*24 px/);
  });
});
