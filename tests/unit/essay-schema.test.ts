import { describe, expect, it } from 'vitest';
import { essaySchema } from '@/lib/essay-schema';

const schema = essaySchema;
const valid = {
  title: 'Dichter bij de klant',
  description: 'Wie de klant als mens leert kennen, levert meer dan wat er zwart op wit staat.',
  part: 2,
  locale: 'nl',
  translationKey: 'closer-to-the-customer',
  pubDate: '2026-11-09',
  author: 'De redactie',
};

/** The paths of the fields that a parse rejects, e.g. ['description']. */
function rejectedFields(input: unknown): string[] {
  const result = schema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((issue) => issue.path.join('.'));
}

describe('essay frontmatter schema', () => {
  it('accepts a complete essay and defaults draft to false', () => {
    const parsed = schema.parse(valid);
    expect(parsed.draft).toBe(false);
    expect(parsed.pubDate).toBeInstanceOf(Date);
  });

  it.each([
    ['title', { ...valid, title: '' }],
    ['title', { ...valid, title: undefined }],
    ['description', { ...valid, description: 'x'.repeat(161) }],
    ['part', { ...valid, part: 0 }],
    ['part', { ...valid, part: 1.5 }],
    ['locale', { ...valid, locale: 'de' }],
    ['translationKey', { ...valid, translationKey: 'Closer To' }],
    ['pubDate', { ...valid, pubDate: 'not a date' }],
    ['pubDate', { ...valid, pubDate: '2026-13-45' }],
    ['pubDate', { ...valid, pubDate: '03/04/2026' }],
    ['pubDate', { ...valid, pubDate: '2027-02-29' }],
    ['pubDate', { ...valid, pubDate: new Date('2026-11-09') }],
    ['updatedDate', { ...valid, updatedDate: '2026-11-31' }],
    ['author', { ...valid, author: ' ' }],
    ['draft', { ...valid, draft: 'yes' }],
  ])('names the field %s when it is wrong', (field, input) => {
    expect(rejectedFields(input)).toEqual([field]);
  });

  it('accepts a description of exactly 160 characters', () => {
    expect(rejectedFields({ ...valid, description: 'x'.repeat(160) })).toEqual([]);
  });

  it('rejects unknown fields, so typos do not pass silently', () => {
    const result = schema.safeParse({ ...valid, titel: 'Typo' });
    expect(result.success).toBe(false);
  });
});

describe('essay dates', () => {
  const message = (input: unknown) => schema.safeParse(input).error?.issues[0]?.message;

  it('accept real YYYY-MM-DD dates, leap days included, and leave updatedDate optional', () => {
    const parsed = schema.parse({ ...valid, pubDate: '2028-02-29' });
    expect(parsed.pubDate.toISOString()).toBe('2028-02-29T00:00:00.000Z');
    expect(parsed.updatedDate).toBeUndefined();
  });

  it('say in plain words why a date is refused', () => {
    expect(message({ ...valid, pubDate: '2026-13-45' })).toBe(
      '2026-13-45 is not a real date: the month runs from 01 to 12 and the day must exist in that month',
    );
    expect(message({ ...valid, pubDate: '03/04/2026' })).toBe(
      'is not a date: write it as YYYY-MM-DD (year, month, day), e.g. 2026-11-09 (found "03/04/2026")',
    );
    expect(message({ ...valid, pubDate: undefined })).toMatch(/found nothing/);
  });
});
