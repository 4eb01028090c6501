// @ts-check
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { siteConfig } from './src/site.config.ts';
import { brandCss } from './src/brand.ts';
import { defaultLocale, locales } from './src/i18n/locales.ts';
import { alternatesFromHtml } from './src/lib/hreflang.ts';
import { notFoundPath, resultPath } from './src/lib/routes.ts';
import { cspDirectives, scriptSources } from './src/deploy/csp.ts';
import { securityHeaders } from './src/deploy/headers.ts';

const outDir = new URL('./dist/', import.meta.url);
/** Where this build writes, also when `astro build --outDir` overrides it. */
let builtDir = outDir;

/**
 * The built HTML file behind a sitemap URL.
 * @param {string} pageUrl
 */
function builtHtmlFor(pageUrl) {
  const path = new URL(pageUrl).pathname.replace(siteConfig.base.replace(/\/+$/, ''), '');
  return fileURLToPath(new URL(`.${path}${path.endsWith('/') ? 'index.html' : ''}`, builtDir));
}

/** Paths the sitemap leaves out: every language's 404 and result pages. */
const unlisted = locales.flatMap((locale) => [notFoundPath(locale), resultPath(locale, 0).replace(/0\/$/, '')]);

/** The brand colours (src/brand.ts) as the CSS module `virtual:brand.css`. */
function brandStyles() {
  const id = 'virtual:brand.css';
  return {
    name: 'brand-css',
    /** @param {string} source */
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    /** @param {string} resolved */
    load: (resolved) => (resolved === `\0${id}` ? brandCss() : undefined),
  };
}

export default defineConfig({
  site: siteConfig.origin,
  base: siteConfig.base,
  outDir: fileURLToPath(outDir),
  trailingSlash: 'always',
  // A stylesheet request blocks the first paint for a whole round trip; the
  // CSS is small, so every page carries it inline (hashed in its CSP).
  build: { inlineStylesheets: 'always' },
  // Prose needs the spaces between inline elements that 'jsx' would remove.
  compressHTML: true,
  // No code blocks in essays; Shiki's inline styles would also break the CSP.
  markdown: { syntaxHighlight: false },
  // A Content-Security-Policy <meta> on every page, with hashes of its inline
  // scripts and styles (InlineScript.astro adds its own). Headers for hosts
  // repeat it, site-wide, with frame-ancestors (see src/deploy/).
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: cspDirectives(siteConfig.analytics),
      scriptDirective: { resources: scriptSources(siteConfig.analytics) },
    },
  },
  i18n: {
    locales,
    defaultLocale,
    routing: { prefixDefaultLocale: false },
  },
  vite: { plugins: [brandStyles()] },
  integrations: [
    {
      name: 'remember-out-dir',
      hooks: {
        'astro:config:done': ({ config }) => {
          builtDir = config.outDir;
        },
      },
    },
    mdx(),
    preact(),
    securityHeaders(),
    sitemap({
      // Error pages stay out, and so do the per-score result pages: they are
      // made for link previews, not as entry points from search.
      filter: (page) => !unlisted.some((path) => new URL(page).pathname.startsWith(path.replace(/\.html$/, ''))),
      // Localized slugs differ per language, so take the alternates each page declares.
      serialize(item) {
        const links = alternatesFromHtml(readFileSync(builtHtmlFor(item.url), 'utf8'));
        return links.length > 0 ? { ...item, links } : item;
      },
    }),
  ],
});
