/**
 * The 1200x630 share image of a result bucket: the bucket's scores, the
 * stage and the scale with its four bands and the marker, on the series'
 * paper.
 */
import { light } from '@/brand';
import { CROWN_PATH } from './marks';
import { cardFrame, crownNode, h, scaleBandNodes } from './node';
import { elementToPng } from './png';

export interface ResultCard {
  seriesName: string;
  /** The bucket's floor, where the marker stands. */
  score: number;
  /** The bucket as shown, e.g. '70–74'. */
  scoreLabel: string;
  stageLabel: string;
  stages: { from: number; to: number }[];
  host: string;
}

const SCALE_WIDTH = 1040;
const TICK_BOX = 120;

export function resultCardPng(card: ResultCard): Promise<Buffer> {
  const { paper, ink, accent, muted } = light;
  const crown = crownNode(CROWN_PATH, accent, 48);
  const at = (score: number) => (score / 100) * SCALE_WIDTH;
  const marker = h('div', {
    position: 'absolute',
    left: at(card.score) - 4,
    top: -14,
    width: 8,
    height: 64,
    backgroundColor: ink,
    borderRadius: 4,
  });
  // Each tick label is centred on its band boundary.
  const ticks = [0, 25, 50, 75, 100].map((tick) =>
    h(
      'span',
      {
        position: 'absolute',
        display: 'flex',
        left: at(tick) - TICK_BOX / 2,
        width: TICK_BOX,
        justifyContent: 'center',
      },
      String(tick),
    ),
  );
  return elementToPng(
    cardFrame(
      { paper, ink },
      [
        h('div', { display: 'flex', justifyContent: 'space-between', alignItems: 'center' }, [
          h('div', { display: 'flex', alignItems: 'center', gap: 18 }, [crown, h('span', {}, card.seriesName)]),
          h('span', { fontStyle: 'italic', color: muted }, card.host),
        ]),
        h('div', { display: 'flex', alignItems: 'flex-end', gap: 32 }, [
          h('div', { display: 'flex', alignItems: 'baseline', color: accent }, [
            h('span', { fontSize: 150, lineHeight: 1, letterSpacing: -3 }, card.scoreLabel),
            h('span', { fontSize: 56, color: muted }, '/100'),
          ]),
          h('div', { display: 'flex', flex: 1, fontSize: 52, lineHeight: 1.1, paddingBottom: 14 }, card.stageLabel),
        ]),
        h('div', { display: 'flex', flexDirection: 'column', gap: 14 }, [
          h('div', { display: 'flex', position: 'relative', width: SCALE_WIDTH }, [
            ...scaleBandNodes(card.stages, SCALE_WIDTH, 36),
            marker,
          ]),
          h('div', { display: 'flex', position: 'relative', width: SCALE_WIDTH, height: 50, color: muted }, ticks),
        ]),
      ],
      { padding: '56px 80px' },
    ),
  );
}
