/** App icons rendered from the one crown SVG: apple-touch-icon and the manifest's. */
import { iconSvg } from '@/og/marks';
import { pngResponse, svgToPng } from '@/og/png';

const sizes = { 'apple-touch-icon': 180, 'icon-192': 192, 'icon-512': 512 } as const;

export const getStaticPaths = () =>
  Object.entries(sizes).map(([icon, size]) => ({ params: { icon }, props: { size } }));

export const GET = ({ props }: { props: { size: number } }) => pngResponse(svgToPng(iconSvg(), props.size));
