import { absoluteUrl } from '@/lib/routes';

/** Everything may be indexed; the sitemap index lists every page. */
export const GET = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap-index.xml')}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
