import { pngToIco } from '../lib/ico';
import { iconSvg } from '../og/marks';
import { svgToPng } from '../og/png';
import { siteConfig } from '../site.config';

export const GET = () =>
  new Response(pngToIco(svgToPng(iconSvg(siteConfig.colours.accent, siteConfig.colours.paper), 32), 32), {
    headers: { 'Content-Type': 'image/x-icon' },
  });
