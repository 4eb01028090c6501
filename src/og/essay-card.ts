/**
 * The 1200x630 share image of an essay: series name, part and title on the
 * series' paper, with the crown. Built as plain satori nodes (no JSX needed).
 */
import { siteConfig } from '../site.config';
import { CROWN_PATH } from './marks';
import { elementToPng } from './png';

type Node = { type: string; props: Record<string, unknown> };
const h = (type: string, style: Record<string, unknown>, children?: unknown, extra: Record<string, unknown> = {}): Node => ({
  type,
  props: { style, children, ...extra },
});

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
  return 60;
}

export function essayCardPng(card: EssayCard): Promise<Buffer> {
  const { paper, ink, accent } = siteConfig.colours;
  const crown = h('svg', { width: 56, height: 56 }, [h('path', {}, undefined, { d: CROWN_PATH, fill: accent })], {
    viewBox: '0 0 32 32',
    width: 56,
    height: 56,
  });
  return elementToPng(
    h(
      'div',
      {
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        boxSizing: 'border-box',
        padding: '64px 80px',
        backgroundColor: paper,
        color: ink,
        fontFamily: 'Source Serif 4',
        borderLeft: `24px solid ${accent}`,
      },
      [
        h('div', { display: 'flex', alignItems: 'center', gap: 20, fontSize: 34 }, [crown, h('span', {}, card.seriesName)]),
        h('div', { display: 'flex', flexDirection: 'column', gap: 18 }, [
          h('div', { fontSize: 30, fontWeight: 600, color: accent, letterSpacing: 3, textTransform: 'uppercase' }, card.partLabel),
          h('div', { fontSize: titleSize(card.title), lineHeight: 1.05, letterSpacing: -1 }, card.title),
        ]),
        h('div', { display: 'flex', fontSize: 26, fontStyle: 'italic', color: '#5a5046', borderTop: '2px solid #ddd3c3', paddingTop: 20 }, card.host),
      ],
    ) as Parameters<typeof elementToPng>[0],
  );
}
