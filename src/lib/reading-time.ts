/**
 * Word count and reading time of an MDX body. Component tags, imports,
 * URLs and markdown punctuation are not words a reader reads.
 */

/** Average silent reading speed for non-fiction, words per minute. */
export const WORDS_PER_MINUTE = 220;

/** Strip MDX/markdown syntax and return the prose a reader reads. */
export function proseOf(mdxBody: string): string {
  return mdxBody
    .replace(/^(import|export)\s.*$/gm, ' ')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#>*_`~|]/g, ' ');
}

/** Number of words in an MDX body. */
export function countWords(mdxBody: string): number {
  return proseOf(mdxBody)
    .split(/\s+/)
    .filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/** Reading time in whole minutes, at least 1. */
export function readingMinutes(words: number, wordsPerMinute = WORDS_PER_MINUTE): number {
  return Math.max(1, Math.round(words / wordsPerMinute));
}
