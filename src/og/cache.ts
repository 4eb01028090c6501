/**
 * Share images cached across builds: a card is redrawn only when its inputs
 * change. The key is a sha256 of the card's kind and inputs (text, score,
 * colours' source) plus a version of everything that draws it: the template
 * files in src/og/, src/brand.ts, the font files and the satori and resvg
 * versions. Files live in node_modules/.cache/dlk-og/, one PNG per key.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);

/** Raise to drop every cached image (e.g. when the key's meaning changes). */
export const CACHE_FORMAT = 1;

/** JSON with object keys sorted, so equal inputs give equal text whatever their key order. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

const sha256 = (...parts: (string | Buffer)[]) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest('hex');
};

/** The cache key of one card: its kind, its inputs and the template version. */
export function cardKey(kind: string, input: unknown, templateVersion: string): string {
  return sha256(stableJson({ format: CACHE_FORMAT, kind, input, template: templateVersion }));
}

/** A hash of files' names and contents, in a stable order. */
export async function filesVersion(files: string[]): Promise<string> {
  const sorted = [...files].sort();
  const contents = await Promise.all(sorted.map((file) => readFile(file)));
  return sha256(...sorted.flatMap((file, i) => [file, '\0', contents[i]!, '\0']));
}

/** Everything that draws a card, from the project root: a change to any of it redraws them all. */
export async function templateFiles(root: string): Promise<string[]> {
  const og = join(root, 'src/og');
  const own = (await readdir(og)).filter((name) => /\.(ts|mjs)$/.test(name)).map((name) => join(og, name));
  const packages = ['satori/package.json', '@resvg/resvg-js/package.json'].map((name) => require.resolve(name));
  const fonts = ['400-normal', '400-italic', '600-normal'].map((face) =>
    require.resolve(`@fontsource/source-serif-4/files/source-serif-4-latin-${face}.woff`),
  );
  return [...own, join(root, 'src/brand.ts'), ...packages, ...fonts];
}

let version: Promise<string> | undefined;

/** The template version of this build (computed once). */
export function templateVersion(root = process.cwd()): Promise<string> {
  version ??= templateFiles(root).then(filesVersion);
  return version;
}

/**
 * The PNG for a key from the cache folder, or drawn and stored. Written under
 * a temporary name and renamed, so a parallel build never reads half a file.
 */
export async function cachedPng(dir: string, key: string, draw: () => Promise<Buffer>): Promise<Buffer> {
  const file = join(dir, `${key}.png`);
  if (existsSync(file)) return readFile(file);
  const png = await draw();
  await mkdir(dir, { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, png);
  await rename(temporary, file);
  return png;
}

/** Where share images are cached for the project at root. */
export const cacheDir = (root = process.cwd()) => join(root, 'node_modules/.cache/dlk-og');
