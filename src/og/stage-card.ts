/**
 * The 1200x630 share image of a stage page: the stage as a thesis, its band
 * on the scale, and a question to the reader's network. No score: what a
 * professional posts is a position, not a grade of a named relationship.
 */
import { light } from '@/brand';
import { CROWN_PATH } from './marks';
import { cardFrame, crownNode, h, scaleBandNodes } from './node';
import { elementToPng } from './png';

export interface StageCard {
  /** e.g. 'De partnershipquiz · fase 3 van 4'. */
  kicker: string;
  thesis: string;
  question: string;
  /** Index of the stage among `stages`. */
  current: number;
  stages: { from: number; to: number }[];
  host: string;
}

/** The canvas less the accent edge (24) and the padding (2 x 80). */
const SCALE_WIDTH = 1016;

/** Long theses step down so they stay within three lines. */
const thesisSize = (thesis: string) => (thesis.length <= 52 ? 76 : 64);

export function stageCardPng(card: StageCard): Promise<Buffer> {
  const { paper, ink, accent, muted } = light;
  return elementToPng(
    cardFrame(
      { paper, ink },
      [
        h('div', { display: 'flex', alignItems: 'center', gap: 18, color: accent, fontWeight: 600 }, [
          crownNode(CROWN_PATH, accent, 52),
          h('span', {}, card.kicker),
        ]),
        h(
          'div',
          {
            display: 'flex',
            fontSize: thesisSize(card.thesis),
            lineHeight: 1.06,
            letterSpacing: -1,
            textWrap: 'balance',
          },
          card.thesis,
        ),
        h('div', { display: 'flex', flexDirection: 'column', gap: 6, width: SCALE_WIDTH }, [
          h('div', { display: 'flex' }, scaleBandNodes(card.stages, SCALE_WIDTH, 24, card.current)),
          // An ink rule under this stage's band: the fade alone is too faint on the light bands.
          h(
            'div',
            { display: 'flex' },
            scaleBandNodes(card.stages, SCALE_WIDTH, 6).map((band, i) => ({
              ...band,
              props: {
                ...band.props,
                style: { ...(band.props.style as object), backgroundColor: i === card.current ? ink : 'transparent' },
              },
            })),
          ),
        ]),
        h('div', { display: 'flex', lineHeight: 1.2, textWrap: 'balance' }, card.question),
        h('div', { display: 'flex', color: muted, fontStyle: 'italic' }, card.host),
      ],
      { padding: '56px 80px', borderLeft: `24px solid ${accent}` },
    ),
  );
}
