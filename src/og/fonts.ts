/** Fonts for satori, which reads woff/ttf but not woff2. Loaded once per build. */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const fontFile = (name: string) => require.resolve(`@fontsource/source-serif-4/files/${name}`);

export interface SatoriFont {
  name: string;
  data: Buffer;
  weight: 400 | 600;
  style: 'normal' | 'italic';
}

let fonts: Promise<SatoriFont[]> | undefined;

export function loadFonts(): Promise<SatoriFont[]> {
  fonts ??= Promise.all([
    readFile(fontFile('source-serif-4-latin-400-normal.woff')).then((data) => ({
      name: 'Source Serif 4',
      data,
      weight: 400 as const,
      style: 'normal' as const,
    })),
    readFile(fontFile('source-serif-4-latin-400-italic.woff')).then((data) => ({
      name: 'Source Serif 4',
      data,
      weight: 400 as const,
      style: 'italic' as const,
    })),
    readFile(fontFile('source-serif-4-latin-600-normal.woff')).then((data) => ({
      name: 'Source Serif 4',
      data,
      weight: 600 as const,
      style: 'normal' as const,
    })),
  ]);
  return fonts;
}
