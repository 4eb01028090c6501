import { iconSvg } from '../og/marks';
import { siteConfig } from '../site.config';

export const GET = () =>
  new Response(iconSvg(siteConfig.colours.accent, siteConfig.colours.paper, 32), { headers: { 'Content-Type': 'image/svg+xml' } });
