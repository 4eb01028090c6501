/**
 * The web fonts, cut down at build time to the characters the site's text
 * uses in every language (HarfBuzz via subset-font). The Latin files of
 * @fontsource/source-serif-4 carry ~250 glyphs; the essays, pages, quiz and UI
 * strings use about a hundred, so each file drops from ~20 KB to ~12 KB.
 * Results are cached under node_modules/.cache/dlk-fonts/, keyed by a hash of
 * the characters, the source fonts and the options.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { extname, join } from 'node:path';
import subsetFont from 'subset-font';
import { fallbackCss, metricsOf } from './fallback.ts';

const require = createRequire(import.meta.url);

/** The faces the pages use (600 is synthesised: headings are few and short). */
export const faces = [
  { file: 'source-serif-4-latin-400-normal', style: 'normal', weight: 400 },
  { file: 'source-serif-4-latin-400-italic', style: 'italic', weight: 400 },
] as const;

/**
 * OpenType features kept: those the CSS asks for (kern, onum, pnum, lnum) and
 * those shaping uses by default. Dropping the rest (small caps, alternates,
 * fractions) saves ~1.3 KB a file.
 */
export const features = ['kern', 'liga', 'calt', 'ccmp', 'locl', 'mark', 'mkmk', 'onum', 'pnum', 'lnum'];

/** Where the site's text lives: content and the UI strings, templates and components. */
const TEXT_DIRS = ['content', 'src'];
const TEXT_FILES = new Set(['.md', '.mdx', '.yaml', '.yml', '.json', '.ts', '.tsx', '.astro', '.js', '.mjs']);

/** Printable ASCII is always in: numbers, scores and dates are made at build time. */
const ASCII = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');

/** The sorted set of characters in the given texts, plus printable ASCII, without control characters. */
export function characterSet(texts: string[]): string {
  const chars = new Set(ASCII);
  for (const text of texts) for (const char of text) if (char >= ' ' && char !== '\u007f') chars.add(char);
  return [...chars].sort().join('');
}

async function textFiles(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && TEXT_FILES.has(extname(entry.name)))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Every character in the project's text files. */
export async function siteCharacters(root: string): Promise<string> {
  const files = (await Promise.all(TEXT_DIRS.map((dir) => textFiles(join(root, dir))))).flat();
  return characterSet(await Promise.all(files.map((file) => readFile(file, 'utf8'))));
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** The text a reader sees in an HTML page: no scripts, styles, SVG or tags, entities decoded. */
export function visibleText(html: string): string {
  return html
    .replace(/<(script|style|svg|template)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) =>
      name.startsWith('#')
        ? String.fromCodePoint(
            Number(name.startsWith('#x') || name.startsWith('#X') ? `0x${name.slice(2)}` : name.slice(1)),
          )
        : (ENTITIES[name] ?? entity),
    );
}

/** Characters of the text that the subset lacks (the browser would draw them in the fallback font). */
export function missingCharacters(text: string, subset: string): string[] {
  const have = new Set(subset);
  return [...new Set(text)].filter((char) => char > ' ' && char !== '\u00a0' && !have.has(char)).sort();
}

/**
 * font-display: swap without a preload: the text paints at once in a local
 * fallback sized like Source Serif 4 (fallback.ts), and the swap does not
 * shift it. A page reached from elsewhere asks for the font only after its
 * first paint (src/scripts/theme.js). Chosen by measurement (README,
 * Benchmarks): with the preload the font's request held up the largest
 * paint (LCP 1.67-2.02x the floor), and the one Georgia-tuned fallback
 * shifted lines on Linux's serif fonts.
 */
function fontFaceCss(fallbacks: string): string {
  return (
    faces
      .map(
        (face) => `@font-face {
  font-family: 'Source Serif 4';
  font-style: ${face.style};
  font-display: swap;
  font-weight: ${face.weight};
  src: url(./${face.file}.woff2) format('woff2');
}
`,
      )
      .join('') + fallbacks
  );
}

/**
 * Writes the subset fonts and their @font-face CSS (fonts.css) into a folder
 * under cacheRoot and returns that folder. A folder per key, filled under a
 * temporary name and renamed, so parallel builds never read a half-written one.
 */
export async function subsetFonts(root: string, cacheRoot: string): Promise<{ dir: string; chars: string }> {
  const chars = await siteCharacters(root);
  const sources = await Promise.all(
    faces.map((face) => readFile(require.resolve(`@fontsource/source-serif-4/files/${face.file}.woff2`))),
  );
  const [normal, italic] = await Promise.all(sources.map(metricsOf));
  const css = fontFaceCss(fallbackCss({ normal: normal!, italic: italic! }));
  const hash = createHash('sha256').update(JSON.stringify({ chars, features, css }));
  for (const source of sources) hash.update(source);
  const dir = join(cacheRoot, hash.digest('hex').slice(0, 16));
  if (existsSync(join(dir, 'fonts.css'))) return { dir, chars };
  const temporary = `${dir}.${process.pid}.tmp`;
  await mkdir(temporary, { recursive: true });
  await Promise.all(
    faces.map(async (face, i) =>
      writeFile(
        join(temporary, `${face.file}.woff2`),
        await subsetFont(sources[i]!, chars, { targetFormat: 'woff2', keepFeatures: features }),
      ),
    ),
  );
  await writeFile(join(temporary, 'fonts.css'), css);
  await rename(temporary, dir).catch(() =>
    // Another build finished the same folder first: its files are identical.
    rm(temporary, { recursive: true, force: true }),
  );
  return { dir, chars };
}
