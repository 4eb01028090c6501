import { defaultLocale, languageTag, t } from '@/i18n';
import { light } from '@/brand';

export const GET = () =>
  new Response(
    JSON.stringify(
      {
        name: t(defaultLocale, 'site.name'),
        short_name: t(defaultLocale, 'site.name'),
        description: t(defaultLocale, 'site.description'),
        lang: languageTag(defaultLocale),
        start_url: '/',
        display: 'standalone',
        background_color: light.paper,
        theme_color: light.accent,
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      null,
      2,
    ),
    { headers: { 'Content-Type': 'application/manifest+json' } },
  );
