import { describe, expect, it } from 'vitest';
import { languageOf } from '@/i18n';
import { countWords, proseOf, readingMinutes } from '@/lib/reading-time';

describe('reading time', () => {
  it('counts the prose, not component tags or URLs', () => {
    const body = [
      '## Een kop',
      'De klant is [koning](/essays/natuurlijk-bent-u-koning/), zegt men.',
      '<PullQuote>Luisteren is werk.</PullQuote>',
      '<QuizInvite />',
      '<Aside title="Niet geteld">Wel geteld.</Aside>',
    ].join('\n\n');
    expect(countWords(body)).toBe(2 + 6 + 3 + 2);
    expect(proseOf(body)).not.toContain('/essays/');
  });

  it('ignores punctuation that stands alone', () => {
    expect(countWords('Koning — of niet ? *Ja* .')).toBe(4);
  });

  it('rounds to whole minutes at the given speed, at least one', () => {
    expect(readingMinutes(0, 238)).toBe(1);
    expect(readingMinutes(238, 238)).toBe(1);
    expect(readingMinutes(1000, 238)).toBe(4);
    expect(readingMinutes(1000, 202)).toBe(5);
    expect(readingMinutes(1250, 238)).toBe(5);
    expect(readingMinutes(1250, 202)).toBe(6);
  });

  it('leaves footnotes out of the length', () => {
    expect(countWords('De klant betaalt.[^1]\n\n[^1]: Een bron met vijf woorden.')).toBe(3);
  });

  it('reads Dutch slower than English: longer words, fewer a minute', () => {
    expect(languageOf('nl').wordsPerMinute).toBeLessThan(languageOf('en').wordsPerMinute);
  });
});
