/**
 * One term per idea, everywhere a reader meets the series: essays, pages,
 * quiz and UI strings. The end state of the scale is the "geëmancipeerd
 * partnership" / "emancipated partnership" (the name of the quiz's top stage,
 * defined in the body of essay 4); the synonyms that used to drift in beside
 * it, and a few idioms the editorial review of 2026-11 corrected, fail here
 * with the file and the phrase named.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const list = (dir: string, ext: RegExp) =>
  readdirSync(new URL(dir, root))
    .filter((f) => ext.test(f))
    .map((f) => `${dir}${f}`);

const files = [
  ...list('content/essays/nl/', /\.mdx?$/),
  ...list('content/essays/en/', /\.mdx?$/),
  ...list('content/pages/nl/', /\.mdx?$/),
  ...list('content/pages/en/', /\.mdx?$/),
  ...list('content/quiz/', /\.ya?ml$/),
  'src/i18n/nl.ts',
  'src/i18n/en.ts',
];

/** Phrases that must not appear, with the reason an editor gets to read. Whitespace may break across lines. */
const banned: { phrase: RegExp; use: string }[] = [
  // The end state: one term per language.
  { phrase: /volwaardige? partnership/i, use: 'geëmancipeerd partnership' },
  { phrase: /gelijkwaardige? partnership/i, use: 'geëmancipeerd partnership' },
  { phrase: /partnership tussen gelijken/i, use: 'geëmancipeerd partnership' },
  { phrase: /full partnership/i, use: 'emancipated partnership' },
  { phrase: /partnership(s)? (of|between) equals/i, use: 'emancipated partnership' },
  // The scale runs from "transactioneel" / "transactional", like its first stage.
  { phrase: /van transactie tot/i, use: 'van transactioneel tot' },
  { phrase: /from transaction to/i, use: 'from transactional to' },
  // Stage 3 is the partnership on paper; "money flow" is a calque of "geldstroom".
  { phrase: /partnership op de geldstroom/i, use: 'Partnership op papier' },
  { phrase: /money flow/i, use: '‘follows the money’ / ‘Partnership on paper’' },
  // The mirror: one holds it up to someone ("iemand de spiegel voorhouden"), the other looks into it.
  {
    phrase: /spiegel\s+(\S+\s+){0,4}?(aanneemt|aannemen|aan\s+te\s+nemen|aangenomen|aannam)/i,
    use: 'in de spiegel kijken die de ander voorhoudt',
  },
  { phrase: /houd de spiegel voor/i, use: 'Houd elkaar de spiegel voor' },
  // One word for the series and one for the quiz.
  { phrase: /\b(deze|de)\s+serie\b/i, use: 'reeks' },
  { phrase: /doe de test\b/i, use: 'Doe de quiz' },
];

const findings = files.flatMap((file) => {
  const text = read(file).replace(/\s+/g, ' ');
  return banned.flatMap(({ phrase, use }) => {
    const hit = text.match(phrase);
    return hit ? [`${file}: “${hit[0]}” (use ${use})`] : [];
  });
});

describe('the vocabulary of the series', () => {
  it('reads essays, pages, quiz and UI strings in both languages', () => {
    // At least the four essays in each language; more when the series grows.
    expect(files.filter((f) => f.includes('/essays/nl/')).length).toBeGreaterThanOrEqual(4);
    expect(files.filter((f) => f.includes('/essays/en/'))).toHaveLength(
      files.filter((f) => f.includes('/essays/nl/')).length,
    );
    expect(files.filter((f) => f.endsWith('.yaml')).length).toBeGreaterThanOrEqual(3);
  });

  it('uses one term per idea and the corrected idioms', () => {
    expect(findings, findings.join('\n')).toEqual([]);
  });

  it('defines the end state in the body of essay 4, in both languages', () => {
    const body = (path: string) =>
      read(path)
        .replace(/^---\n[\s\S]*?\n---\n/, '')
        .replace(/<Aside[\s\S]*?<\/Aside>/g, '')
        .replace(/<PullQuote>[\s\S]*?<\/PullQuote>/g, '');
    expect(body('content/essays/nl/de-luisterende-koning.mdx')).toMatch(/geëmancipeerde? partnership/);
    expect(body('content/essays/en/the-listening-king.mdx')).toMatch(/emancipated partnership/);
  });

  it('names the top stage of the quiz with the same term', () => {
    const stages = read('content/quiz/stages.yaml');
    expect(stages).toContain('nl: "Geëmancipeerd partnership"');
    expect(stages).toContain('en: "Emancipated partnership"');
  });

  it('catches a drifting synonym and names the file', () => {
    const probe =
      'Een volwaardig\n partnership vraagt dat de klant de spiegel van zijn leverancier durft aan te nemen.'.replace(
        /\s+/g,
        ' ',
      );
    const hits = banned.filter(({ phrase }) => phrase.test(probe));
    expect(hits).toHaveLength(2);
  });
});
