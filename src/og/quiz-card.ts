/**
 * The quiz page's 1200x630 share image: an invitation rather than a result.
 * The question the quiz answers, the scale it will place the reader on, and what it costs (how many situations, how many minutes).
 */
import { light } from '@/brand';
import { CROWN_PATH } from './marks';
import { cardFrame, crownNode, h, scaleBandNodes } from './node';
import { elementToPng } from './png';

export interface QuizCard {
  kicker: string;
  question: string;
  /** The names at either end of the scale, e.g. 'Transactioneel' and 'Geëmancipeerd partnership'. */
  from: string;
  to: string;
  stages: { from: number; to: number }[];
  facts: string;
  host: string;
}

const SCALE_WIDTH = 1040;

export function quizCardPng(card: QuizCard): Promise<Buffer> {
  const { paper, ink, accent, muted } = light;
  return elementToPng(
    cardFrame(
      { paper, ink },
      [
        h('div', { display: 'flex', justifyContent: 'space-between', alignItems: 'center' }, [
          h('div', { display: 'flex', alignItems: 'center', gap: 18, color: accent, fontWeight: 600 }, [
            crownNode(CROWN_PATH, accent, 52),
            h('span', {}, card.kicker),
          ]),
          h('span', { fontStyle: 'italic', color: muted }, card.host),
        ]),
        h('div', { display: 'flex', fontSize: 92, lineHeight: 1.02, letterSpacing: -2 }, card.question),
        h('div', { display: 'flex', flexDirection: 'column', gap: 16 }, [
          h('div', { display: 'flex', width: SCALE_WIDTH }, scaleBandNodes(card.stages, SCALE_WIDTH, 34)),
          h('div', { display: 'flex', justifyContent: 'space-between', width: SCALE_WIDTH, color: muted }, [
            h('span', {}, card.from),
            h('span', {}, card.to),
          ]),
        ]),
        h('div', { display: 'flex', fontWeight: 600 }, card.facts),
      ],
      { padding: '56px 80px', borderTop: `16px solid ${accent}` },
    ),
  );
}
