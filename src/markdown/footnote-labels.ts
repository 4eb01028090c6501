/**
 * A Sätteri hast plugin: GFM footnotes get their heading and back links in
 * the essay's language. The processor takes one label for the whole site;
 * the essays come in several languages, so the labels are set per file.
 */
import { defineHastPlugin } from 'satteri';
import { t } from '@/i18n';
import { localeOfFile } from './locale-of-file';

const BACK_ARROW = '↩';

export const footnoteLabels = defineHastPlugin({
  name: 'footnote-labels',
  element: [
    {
      filter: ['h2'],
      visit(heading, ctx) {
        if (heading.properties['id'] !== 'footnote-label') return;
        ctx.replaceNode(heading, {
          ...heading,
          properties: { ...heading.properties, className: ['footnotes__heading'] },
          children: [{ type: 'text', value: t(localeOfFile(ctx.fileURL?.pathname), 'essay.footnotes') }],
        });
      },
    },
    {
      filter: ['a'],
      visit(link, ctx) {
        if (link.properties['dataFootnoteBackref'] === undefined) return;
        // The processor's own label ("Back to reference 2", or "2-2" for a second
        // reference to one note) carries the number; keep it, change the words.
        const number = /\d+(?:-\d+)?/.exec(String(link.properties['ariaLabel'] ?? ''))?.[0] ?? '';
        const label = t(localeOfFile(ctx.fileURL?.pathname), 'essay.footnoteBack', { n: number });
        // The back arrow, named here so the font subset (src/fonts/subset.ts) keeps its glyph.
        ctx.replaceNode(link, {
          ...link,
          properties: { ...link.properties, ariaLabel: label },
          children: [{ type: 'text', value: BACK_ARROW }],
        });
      },
    },
  ],
});
