/**
 * The brand's colours, in one place: the CSS custom properties (through the
 * virtual module `virtual:brand.css`, see astro.config.mjs), the share
 * images, the web manifest, the icons and the theme-color meta tags all read
 * this module. Settings only: it imports nothing.
 */

export interface Palette {
  paper: string;
  surface: string;
  ink: string;
  muted: string;
  rule: string;
  accent: string;
  accentStrong: string;
  onAccent: string;
  focus: string;
}

export const light: Palette = {
  paper: '#faf7f1',
  surface: '#f2ece1',
  ink: '#1f1b16',
  muted: '#5a5046',
  rule: '#ddd3c3',
  accent: '#7d1d2e',
  accentStrong: '#5e1422',
  onAccent: '#fffaf3',
  focus: '#1a4fb5',
};

export const dark: Palette = {
  paper: '#161310',
  surface: '#221d18',
  ink: '#ede6da',
  muted: '#b5aa9a',
  rule: '#3d352c',
  accent: '#eba3ae',
  accentStrong: '#f6c6cd',
  onAccent: '#1e0a0e',
  focus: '#8ab4ff',
};

/** The four bands of the quiz scale, from transactional to emancipated. */
export const scaleBands = ['#e9dcd0', '#d7b3ad', '#b9727b', '#7d1d2e'] as const;

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const declarations = (palette: Palette) =>
  Object.entries(palette)
    .map(([name, value]) => `--${kebab(name)}:${value};`)
    .join('');

/**
 * The palettes as CSS custom properties. Dark applies when the system asks
 * for it, unless the reader picked light, or when the reader picked dark.
 */
export function brandCss(): string {
  const bands = scaleBands.map((colour, i) => `--band-${i + 1}:${colour};`).join('');
  return [
    `:root{color-scheme:light dark;${declarations(light)}${bands}}`,
    `@media (prefers-color-scheme:dark){:root:not([data-theme='light']){color-scheme:dark;${declarations(dark)}}}`,
    `:root[data-theme='dark']{color-scheme:dark;${declarations(dark)}}`,
    `:root[data-theme='light']{color-scheme:light}`,
  ].join('\n');
}
