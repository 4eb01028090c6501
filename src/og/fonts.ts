/** Fonts for satori, which reads woff/ttf but not woff2: the files the drawing workers (./pool.ts) load. */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const fontFile = (name: string) => require.resolve(`@fontsource/source-serif-4/files/${name}`);

export interface SatoriFontFile {
  name: string;
  file: string;
  weight: 400 | 600;
  style: 'normal' | 'italic';
}

/** The faces the cards use. */
export function fontFiles(): SatoriFontFile[] {
  return [
    { face: '400-normal', weight: 400 as const, style: 'normal' as const },
    { face: '400-italic', weight: 400 as const, style: 'italic' as const },
    { face: '600-normal', weight: 600 as const, style: 'normal' as const },
  ].map(({ face, weight, style }) => ({
    name: 'Source Serif 4',
    file: fontFile(`source-serif-4-latin-${face}.woff`),
    weight,
    style,
  }));
}
