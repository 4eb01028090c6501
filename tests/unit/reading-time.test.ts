import { describe, expect, it } from 'vitest';
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

  it('rounds to whole minutes at 220 words a minute, at least one', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(220)).toBe(1);
    expect(readingMinutes(1000)).toBe(5);
    expect(readingMinutes(1100)).toBe(5);
    expect(readingMinutes(1160)).toBe(5);
    expect(readingMinutes(1200)).toBe(5);
    expect(readingMinutes(1250)).toBe(6);
  });
});
