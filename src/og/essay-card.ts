/**
 * The 1200x630 share image of an essay: series name, part and title on the
 * series' paper, with the crown. Built as plain satori nodes (no JSX needed).
 */
import { light } from '@/brand';
import { CROWN_PATH } from './marks';
import { cardFrame, crownNode, h } from './node';
import { elementToPng } from './png';

export interface EssayCard {
  seriesName: string;
  partLabel: string;
  title: string;
  host: string;
}

/** Title size steps down for long titles so they always fit on three lines. */
function titleSize(title: string): number {
  if (title.length <= 28) return 92;
  if (title.length <= 48) return 76;
  return 64;
}

export function essayCardPng(card: EssayCard): Promise<Buffer> {
  const { paper, ink, accent, muted } = light;
  const crown = crownNode(CROWN_PATH, accent, 56);
  return elementToPng(
    cardFrame(
      { paper, ink },
      [
        h('div', { display: 'flex', alignItems: 'center', gap: 20, fontSize: 40 }, [
          crown,
          h('span', {}, card.seriesName),
        ]),
        h('div', { display: 'flex', flexDirection: 'column', gap: 18 }, [
          h('div', { fontSize: 40, fontWeight: 600, color: accent, letterSpacing: 1 }, card.partLabel),
          h('div', { fontSize: titleSize(card.title), lineHeight: 1.05, letterSpacing: -1 }, card.title),
        ]),
        h(
          'div',
          {
            display: 'flex',
            fontSize: 40,
            fontStyle: 'italic',
            color: muted,
            borderTop: `2px solid ${light.rule}`,
            paddingTop: 20,
          },
          card.host,
        ),
      ],
      { borderLeft: `24px solid ${accent}` },
    ),
  );
}
