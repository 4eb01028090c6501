/** A tiny element builder for satori, which takes React-like nodes without needing JSX. */
export type SatoriNode = { type: string; props: Record<string, unknown> };

export const h = (
  type: string,
  style: Record<string, unknown>,
  children?: unknown,
  extra: Record<string, unknown> = {},
): SatoriNode => ({
  type,
  props: { style, children, ...extra },
});

/** The 1200x630 canvas both cards share: the series' paper, a column spread top to bottom. */
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
