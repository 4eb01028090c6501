import { pngToIco } from '@/lib/ico';
import { iconSvg } from '@/og/marks';
import { svgToPng } from '@/og/png';

export const GET = () =>
  new Response(pngToIco(svgToPng(iconSvg(), 32), 32), {
    headers: { 'Content-Type': 'image/x-icon' },
  });
