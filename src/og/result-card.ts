/**
 * The 1200x630 share image of a result bucket: the score, the stage and the
 * scale with its four bands and the marker, on the series' paper.
 */
import { light, scaleBands } from '@/brand';
import { CROWN_PATH } from './marks';
import { cardFrame, crownNode, h } from './node';
import { elementToPng } from './png';

export interface ResultCard {
  seriesName: string;
  score: number;
  stageLabel: string;
  stages: { from: number; to: number }[];
  host: string;
}

export function resultCardPng(card: ResultCard): Promise<Buffer> {
  const { paper, ink, accent, muted } = light;
  const scaleWidth = 1040;
  const crown = crownNode(CROWN_PATH, accent, 48);
  const bands = card.stages.map((stage, i) =>
    h('div', {
      width: ((stage.to - stage.from + (stage.to === 100 ? 0 : 1)) / 100) * scaleWidth,
      height: 36,
      backgroundColor: scaleBands[i % scaleBands.length],
    }),
  );
  const marker = h('div', {
    position: 'absolute',
    left: (card.score / 100) * scaleWidth - 4,
    top: -14,
    width: 8,
    height: 64,
    backgroundColor: ink,
    borderRadius: 4,
  });
  return elementToPng(
    cardFrame(
      { paper, ink },
      [
        h('div', { display: 'flex', alignItems: 'center', gap: 18, fontSize: 32 }, [
          crown,
          h('span', {}, card.seriesName),
        ]),
        h('div', { display: 'flex', alignItems: 'flex-end', gap: 32 }, [
          h('div', { display: 'flex', alignItems: 'baseline', color: accent }, [
            h('span', { fontSize: 168, lineHeight: 1 }, String(card.score)),
            h('span', { fontSize: 56, color: muted }, '/100'),
          ]),
          h(
            'div',
            { display: 'flex', fontSize: 52, lineHeight: 1.1, paddingBottom: 16, maxWidth: 600 },
            card.stageLabel,
          ),
        ]),
        h('div', { display: 'flex', flexDirection: 'column', gap: 14 }, [
          h('div', { display: 'flex', position: 'relative', width: scaleWidth }, [...bands, marker]),
          h(
            'div',
            { display: 'flex', justifyContent: 'space-between', width: scaleWidth, fontSize: 24, color: muted },
            [h('span', {}, '0'), h('span', {}, '25'), h('span', {}, '50'), h('span', {}, '75'), h('span', {}, '100')],
          ),
        ]),
        h('div', { display: 'flex', fontSize: 24, fontStyle: 'italic', color: muted }, card.host),
      ],
      { padding: '56px 80px' },
    ),
  );
}
