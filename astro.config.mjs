// @ts-check
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { siteConfig } from './src/site.config.ts';
import { brandCss } from './src/brand.ts';
import { defaultLocale, locales } from './src/i18n/locales.ts';
import { alternatesFromHtml } from './src/lib/hreflang.ts';
import { notFoundPath, pagePath, resultPath } from './src/lib/routes.ts';
import { footnoteLabels } from './src/markdown/footnote-labels.ts';
import { headingAnchors } from './src/markdown/heading-anchors.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { cspDirectives, scriptSources } from './src/deploy/csp.ts';
import { securityHeaders } from './src/deploy/headers.ts';
import { stagedOutDir } from './src/deploy/staged-out-dir.ts';
import { missingCharacters, subsetFonts, visibleText } from './src/fonts/subset.ts';

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

/** Paths the sitemap leaves out: every language's 404, result pages and workshop participant page. */
const unlisted = locales.flatMap((locale) => [
  notFoundPath(locale),
  resultPath(locale, 0).replace(/0\/$/, ''),
  pagePath(locale, 'workshopJoin'),
]);

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

/**
 * The subset web fonts (src/fonts/subset.ts) as `virtual:fonts/fonts.css`
 * and `virtual:fonts/<file>.woff2`: real files in a cache folder, so Vite
 * hashes and emits them like any other asset.
 */
/** @type {ReturnType<typeof subsetFonts> | undefined} */
let fonts;
const webFontFiles = () =>
  (fonts ??= subsetFonts(
    fileURLToPath(new URL('.', import.meta.url)),
    fileURLToPath(new URL('./node_modules/.cache/dlk-fonts/', import.meta.url)),
  ));

function webFonts() {
  const prefix = 'virtual:fonts/';
  return {
    name: 'web-fonts',
    /** @param {string} source */
    async resolveId(source) {
      if (!source.startsWith(prefix)) return undefined;
      return `${(await webFontFiles()).dir}/${source.slice(prefix.length)}`;
    },
  };
}

/** Fails the build when a page shows a character the subset fonts lack. */
const fontCoverage = {
  name: 'font-coverage',
  hooks: {
    /** @param {{ dir: URL, pages: { pathname: string }[] }} options */
    'astro:build:done': async ({ dir }) => {
      const { chars } = await webFontFiles();
      const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
      const gaps = files.flatMap((file) => {
        const missing = missingCharacters(visibleText(readFileSync(new URL(file, dir), 'utf8')), chars);
        return missing.length > 0 ? [`${file}: ${missing.join(' ')}`] : [];
      });
      if (gaps.length > 0)
        throw new Error(
          `Characters missing from the subset fonts (src/fonts/subset.ts reads content/ and src/):\n${gaps.join('\n')}`,
        );
    },
  },
};

/**
 * Astro's MDX modules start with a "use astro:head-inject" directive, and the
 * bundler warns, once per essay and page, that it may drop it. Astro reads it
 * before bundling, so the warning says nothing; at 500 essays it was a
 * thousand lines of build output.
 */
/** @returns {import('vite').Plugin} */
function quietHeadInject() {
  return {
    name: 'quiet-head-inject',
    // false drops the log; every other log goes on.
    onLog: (_level, log) => !(log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')),
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
  // Scoped styles by class (.astro-x) rather than by attribute ([data-astro-cid-x]): the same specificity,
  // fewer bytes in every page's inline CSS and markup.
  scopedStyleStrategy: 'class',
  // A rebuild copies an essay page from the last build when its code and its
  // cacheKey (essayCacheKey in src/data/essays.ts) are unchanged: at 500
  // essays, rendering them was most of a rebuild with nothing changed.
  experimental: { incrementalBuild: true },
  // Prose needs the spaces between inline elements that 'jsx' would remove.
  compressHTML: true,
  // No code blocks in essays; Shiki's inline styles would also break the CSP.
  markdown: {
    syntaxHighlight: false,
    // Essays (MDX extends this): a link after each section heading, footnote labels in the essay's language.
    processor: satteri({ hastPlugins: [headingAnchors, footnoteLabels] }),
  },
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
  vite: {
    plugins: [brandStyles(), webFonts(), quietHeadInject()],
    build: {
      // The share links' marks (src/icons/) stay files: inlined, they would sit in every page's first view.
      assetsInlineLimit: (file) => (file.includes('/src/icons/') ? false : undefined),
      rolldownOptions: {
        output: {
          // The quiz page and the two workshop pages share modules. Left to itself the bundler cuts them
          // into several small chunks, each costing the quiz's first load bytes; one shared chunk keeps it lean.
          codeSplitting: {
            groups: [
              {
                // The island pages' entry (IslandLoader.astro) with the helper its dynamic imports use:
                // one file before the first paint instead of three.
                name: 'island-loader',
                test: /IslandLoader\.astro\?astro&type=script|preload-helper|islands\/hydrate-after-paint\./,
              },
              {
                name: 'quiz-base',
                test: /node_modules\/preact\/|src\/(lib\/quiz\/(codes|roles|scoring|progress)|i18n\/fill|islands\/quiz\/(safe-storage|link-hash|early-start|Intro|Question|CurrentQuestion|useRequiredChoice|useLazy))\./,
              },
            ],
          },
        },
      },
    },
  },
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
    fontCoverage,
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
    // Last: moves the finished build into dist/ once every hook has written.
    stagedOutDir(),
  ],
});
