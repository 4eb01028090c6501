/**
 * Link previews in dist/: every page a search engine or a feed may show
 * (all but the noindex error pages) names an absolute og:image that exists
 * in dist/ as a 1200x630 PNG of at most 300 KB, with alt text; and every
 * language has its stage pages, each with its own card.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { locales } from '@/i18n';
import type { StageData } from '@/lib/quiz/schema';
import { absoluteUrl, stageImagePath, stagePath, stageSlug } from '@/lib/routes';
import { siteConfig } from '@/site.config';

const dist = new URL('../../dist/', import.meta.url).pathname;
const origin = new URL(siteConfig.origin).origin;
const html = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? html(full) : name.endsWith('.html') ? [full] : [];
  });
const meta = (page: string, property: string) =>
  new RegExp(`<meta property="${property}" content="([^"]*)"`).exec(page)?.[1]?.replace(/&amp;/g, '&');
const pngSize = (bytes: Buffer) => ({ width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) });

const indexed = html(dist).filter((file) => !/<meta name="robots" content="noindex/.test(readFileSync(file, 'utf8')));

describe('link previews', () => {
  it('cover the pages a feed can show', () => {
    expect(indexed.length).toBeGreaterThan(50);
  });

  for (const file of indexed) {
    const path = `/${relative(dist, file).replace(/index\.html$/, '')}`;
    it(`${path} has an absolute og:image, 1200x630, at most 300 KB, with alt text`, () => {
      const page = readFileSync(file, 'utf8');
      const image = meta(page, 'og:image');
      expect(image, 'og:image').toBeDefined();
      expect(image!.startsWith(`${origin}/`), image).toBe(true);
      const png = join(dist, new URL(image!).pathname);
      expect(existsSync(png), `${png} exists`).toBe(true);
      const bytes = readFileSync(png);
      expect(pngSize(bytes)).toEqual({ width: 1200, height: 630 });
      expect(bytes.length).toBeLessThanOrEqual(300 * 1024);
      expect(meta(page, 'og:image:alt')?.trim().length ?? 0).toBeGreaterThan(10);
    });
  }
});

describe('stage pages', () => {
  const stages: StageData[] = parse(readFileSync(new URL('../../content/quiz/stages.yaml', import.meta.url), 'utf8'));
  for (const locale of locales) {
    it(`exist in ${locale} for every stage, each with its own card and no score`, () => {
      const images = new Set<string>();
      for (const stage of stages) {
        const slug = stageSlug(stage.name[locale]);
        const file = join(dist, stagePath(locale, slug), 'index.html');
        expect(existsSync(file), file).toBe(true);
        const page = readFileSync(file, 'utf8');
        expect(meta(page, 'og:title')).toBe(stage.thesis[locale]);
        expect(meta(page, 'og:image')).toBe(absoluteUrl(stageImagePath(locale, slug)));
        expect(meta(page, 'og:title')).not.toMatch(/\d+\s*\/\s*100/);
        images.add(meta(page, 'og:image')!);
      }
      expect(images.size).toBe(stages.length);
    });
  }
});
