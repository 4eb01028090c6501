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
