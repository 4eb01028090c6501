import { iconSvg } from '@/og/marks';

export const GET = () => new Response(iconSvg(32), { headers: { 'Content-Type': 'image/svg+xml' } });
