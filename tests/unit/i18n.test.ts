import { describe, expect, it } from 'vitest';
import { formatDate, isLocale, languages, localeOfPath, otherLocales, pageI18n, t } from '@/i18n';
import {
  absoluteUrl,
  essayImagePath,
  essayPath,
  feedPath,
  notFoundPath,
  pagePath,
  restParam,
  resultPath,
} from '@/lib/routes';

const [reference, ...others] = languages;

describe('UI strings', () => {
  it('exist in every language for every key, never empty', () => {
    for (const language of others) {
      expect(Object.keys(language.strings).sort(), language.code).toEqual(Object.keys(reference.strings).sort());
    }
    for (const language of languages) {
      for (const [key, value] of Object.entries(language.strings))
        expect(value.trim(), `${language.code} ${key}`).not.toBe('');
    }
  });

  it('use the same placeholders in every language', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const language of others) {
      for (const [key, value] of Object.entries(reference.strings)) {
        expect(
          placeholders(language.strings[key as keyof typeof reference.strings]),
          `${language.code} ${key}`,
        ).toEqual(placeholders(value));
      }
    }
  });

  it('fill placeholders and leave unknown ones visible', () => {
    expect(t('nl', 'series.partOf', { part: 2, total: 4 })).toBe('Deel 2 van 4');
    expect(t('en', 'series.partOf', { part: 2, total: 4 })).toBe('Part 2 of 4');
    expect(t('en', 'series.partOf', { part: 2 })).toBe('Part 2 of {total}');
  });

  it('format dates as each language writes them', () => {
    const date = new Date('2026-11-09T00:00:00Z');
    expect(formatDate('nl', date)).toBe('9 november 2026');
    expect(formatDate('en', date)).toBe('9 November 2026');
  });

  it('give every language distinct URL segments for its invite fragment', () => {
    const keys = languages.map((language) => language.strings['route.inviteFragment']);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('locale helpers', () => {
  it('recognise the listed locales only', () => {
    for (const language of languages) expect(isLocale(language.code)).toBe(true);
    expect(isLocale('de')).toBe(false);
    expect(isLocale(undefined)).toBe(false);
    expect(otherLocales('nl')).toEqual(['en']);
  });

  it('read the locale from a path: a language prefix, else the default', () => {
    expect(localeOfPath('/en/about/')).toBe('en');
    expect(localeOfPath('/en/')).toBe('en');
    expect(localeOfPath('/over/')).toBe('nl');
    expect(localeOfPath('/')).toBe('nl');
    expect(localeOfPath('/essays/en/')).toBe('nl');
    expect(localeOfPath('/site/en/about/', '/site/')).toBe('en');
    expect(pageI18n(new URL('https://x.nl/en/quiz/')).t('nav.quiz')).toBe('Quiz');
  });
});

describe('routes', () => {
  it('give Dutch paths without prefix and English under /en/', () => {
    expect(pagePath('nl', 'home')).toBe('/');
    expect(pagePath('en', 'home')).toBe('/en/');
    expect(pagePath('nl', 'about')).toBe('/over/');
    expect(pagePath('en', 'about')).toBe('/en/about/');
    expect(essayPath('nl', 'dichter-bij-de-klant')).toBe('/essays/dichter-bij-de-klant/');
    expect(essayPath('en', 'closer-to-the-customer')).toBe('/en/essays/closer-to-the-customer/');
    expect(essayImagePath('en', 'closer-to-the-customer')).toBe('/og/en-closer-to-the-customer.png');
    expect(resultPath('nl', 65)).toBe('/quiz/uitslag/65/');
    expect(resultPath('en', 65)).toBe('/en/quiz/result/65/');
    expect(feedPath('en')).toBe('/en/rss.xml');
    expect(notFoundPath('nl')).toBe('/404.html');
    expect(notFoundPath('en')).toBe('/en/404/');
  });

  it('turn a page path into the value of a rest parameter', () => {
    expect(restParam('/')).toBeUndefined();
    expect(restParam('/en/about/')).toBe('en/about');
    expect(restParam('/quiz/uitslag/65/')).toBe('quiz/uitslag/65');
  });

  it('make absolute URLs on the configured origin', () => {
    expect(absoluteUrl('/en/about/')).toMatch(/^https:\/\/[^/]+\/en\/about\/$/);
  });
});
