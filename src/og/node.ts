/** A tiny element builder for satori, which takes React-like nodes without needing JSX. */
import { scaleBands } from '@/brand';

export type SatoriNode = { type: string; props: Record<string, unknown> };

/**
 * The smallest text a card may carry, in px of the 1200x630 canvas. A feed
 * shows the card at about a third of that width, so 40 px reads as ~13 px.
 */
export const MIN_TEXT_SIZE = 40;

export const h = (
  type: string,
  style: Record<string, unknown>,
  children?: unknown,
  extra: Record<string, unknown> = {},
): SatoriNode => ({
  type,
  props: { style, children, ...extra },
});

/** The 1200x630 canvas every card shares: the series' paper, a column spread top to bottom. */
export function cardFrame(
  colours: { paper: string; ink: string },
  children: SatoriNode[],
  style: Record<string, unknown> = {},
): SatoriNode {
  return h(
    'div',
    {
      width: '100%',
      height: '100%',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      // Without border-box the padding pushes content off the canvas.
      boxSizing: 'border-box',
      padding: '64px 80px',
      backgroundColor: colours.paper,
      color: colours.ink,
      fontFamily: 'Source Serif 4',
      fontSize: MIN_TEXT_SIZE,
      ...style,
    },
    children,
  );
}

/** The crown in the accent colour, at a given size. */
export function crownNode(path: string, accent: string, size: number): SatoriNode {
  return h('svg', {}, [h('path', {}, undefined, { d: path, fill: accent })], {
    viewBox: '0 0 32 32',
    width: size,
    height: size,
  });
}

/**
 * The scale's four bands, each as wide as its stage. With `current`, the
 * other stages fade so the one a card is about stands out.
 */
export function scaleBandNodes(
  stages: { from: number; to: number }[],
  width: number,
  height: number,
  current?: number,
): SatoriNode[] {
  return stages.map((stage, i) =>
    h('div', {
      width: ((stage.to - stage.from + (stage.to === 100 ? 0 : 1)) / 100) * width,
      height,
      backgroundColor: scaleBands[i % scaleBands.length],
      opacity: current === undefined || current === i ? 1 : 0.3,
    }),
  );
}

/**
 * The text in a node tree with the font size it is drawn at, smallest first:
 * the check that keeps every card legible in a feed.
 */
export function textSizes(node: unknown, inherited = 16): { text: string; size: number }[] {
  if (typeof node === 'string' || typeof node === 'number') return [{ text: String(node), size: inherited }];
  if (Array.isArray(node)) return node.flatMap((child) => textSizes(child, inherited));
  if (!node || typeof node !== 'object' || !('props' in node)) return [];
  const props = (node as SatoriNode).props;
  const size = (props.style as { fontSize?: number } | undefined)?.fontSize ?? inherited;
  return textSizes(props.children, size).sort((a, b) => a.size - b.size);
}
