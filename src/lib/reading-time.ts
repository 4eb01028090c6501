/**
 * Word count and reading time of an MDX body. Component tags, imports,
 * URLs and markdown punctuation are not words a reader reads.
 */

/** Strip MDX/markdown syntax and return the prose a reader reads. */
export function proseOf(mdxBody: string): string {
  return (
    mdxBody
      .replace(/^(import|export)\s.*$/gm, ' ')
      .replace(/```[\s\S]*?```/g, ' ')
      .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
      // Footnotes are notes on the essay, not part of its length: their texts and markers go.
      .replace(/^\[\^[^\]]+\]:.*$/gm, ' ')
      .replace(/\[\^[^\]]+\]/g, '')
      .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
      .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/[#>*_`~|]/g, ' ')
  );
}

/** Number of words in an MDX body. */
export function countWords(mdxBody: string): number {
  return proseOf(mdxBody)
    .split(/\s+/)
    .filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/** Reading time in whole minutes, at least 1, at a language's speed (src/i18n/locales.ts). */
export function readingMinutes(words: number, wordsPerMinute: number): number {
  return Math.max(1, Math.round(words / wordsPerMinute));
}
