import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { formatDate, isLocale, localeOf, otherLocale, t } from '../../src/i18n';
import { nl } from '../../src/i18n/nl';
import { absoluteUrl, essayImagePath, essayPath, pagePath } from '../../src/lib/routes';

describe('UI strings', () => {
  it('exist in both languages for every key, never empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
    for (const value of [...Object.values(nl), ...Object.values(en)]) expect(value.trim()).not.toBe('');
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(nl) as (keyof typeof nl)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(nl[key]));
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
});

describe('locale helpers', () => {
  it('recognise the two locales only', () => {
    expect(isLocale('nl')).toBe(true);
    expect(isLocale('en')).toBe(true);
    expect(isLocale('de')).toBe(false);
    expect(isLocale(undefined)).toBe(false);
    expect(localeOf('en')).toBe('en');
    expect(localeOf(undefined)).toBe('nl');
    expect(otherLocale('nl')).toBe('en');
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
  });

  it('make absolute URLs on the configured origin', () => {
    expect(absoluteUrl('/en/about/')).toMatch(/^https:\/\/[^/]+\/en\/about\/$/);
  });
});
