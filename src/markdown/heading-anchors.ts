/**
 * A Sätteri hast plugin: every section heading (h2, h3) of an essay gets a
 * link to itself, for readers who want to point a colleague at one section.
 * The link sits after the heading, not inside it, so a screen reader's list
 * of headings stays clean; its accessible name says which section it links
 * to, in the essay's language. (Starlight marks up its anchors the same way.)
 */
import Slugger from 'github-slugger';
import type { Element } from 'hast';
import { defineHastPlugin } from 'satteri';
import { t } from '@/i18n';
import { localeOfFile } from './locale-of-file';

function anchor(id: string, label: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { className: ['heading__anchor'], href: `#${id}`, ariaLabel: label },
    children: [
      {
        type: 'element',
        tagName: 'span',
        properties: { ariaHidden: 'true' },
        children: [{ type: 'text', value: '#' }],
      },
    ],
  };
}

/**
 * Astro gives headings their ids after this plugin runs, so it sets them
 * here, with the same slugger (github-slugger), fresh for each document;
 * Astro keeps an id a heading already has.
 */
export const headingAnchors = () => {
  const slugger = new Slugger();
  return defineHastPlugin({
    name: 'heading-anchors',
    element: {
      filter: ['h2', 'h3'],
      visit(heading, ctx) {
        // Only the essay's own sections: the footnotes' heading is nested and has its own label.
        if (ctx.parent(heading).type !== 'root') return;
        const existing = heading.properties['id'];
        const id = typeof existing === 'string' ? existing : slugger.slug(ctx.textContent(heading));
        ctx.setProperty(heading, 'id', id);
        const label = t(localeOfFile(ctx.fileURL?.pathname), 'essay.headingLink', {
          heading: ctx.textContent(heading),
        });
        ctx.wrapNode(heading, {
          type: 'element',
          tagName: 'div',
          properties: { className: ['heading', `heading--${heading.tagName}`] },
          children: [anchor(id, label)],
        });
      },
    },
  });
};
