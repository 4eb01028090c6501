/**
 * The series' own 1200x630 share image, for the home, about and privacy
 * pages: the crown, the series name and its promise, not any one part.
 */
import { light } from '@/brand';
import { CROWN_PATH } from './marks';
import { cardFrame, crownNode, h } from './node';
import { elementToPng } from './png';

export interface SeriesCard {
  seriesName: string;
  tagline: string;
  /** e.g. '4 essays en een quiz'. */
  facts: string;
  host: string;
}

export function seriesCardPng(card: SeriesCard): Promise<Buffer> {
  const { paper, ink, accent, muted } = light;
  return elementToPng(
    cardFrame(
      { paper, ink },
      [
        crownNode(CROWN_PATH, accent, 88),
        h('div', { display: 'flex', flexDirection: 'column', gap: 16 }, [
          h('div', { fontSize: 96, lineHeight: 1, letterSpacing: -2 }, card.seriesName),
          h('div', { fontSize: 46, lineHeight: 1.2, fontStyle: 'italic', color: muted, maxWidth: 960 }, card.tagline),
        ]),
        h(
          'div',
          {
            display: 'flex',
            justifyContent: 'space-between',
            borderTop: `2px solid ${light.rule}`,
            paddingTop: 20,
          },
          [
            h('span', { fontWeight: 600, color: accent }, card.facts),
            h('span', { fontStyle: 'italic', color: muted }, card.host),
          ],
        ),
      ],
      { borderLeft: `24px solid ${accent}` },
    ),
  );
}
