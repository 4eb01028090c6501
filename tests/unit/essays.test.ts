import { ContentError } from '@/lib/content-error';
import { describe, expect, it } from 'vitest';
import type { EssayData } from '@/lib/essay-schema';
import {
  assertValidSeries,
  findSeriesProblems,
  neighboursOf,
  publishedOnly,
  seriesOf,
  slugOf,
  translationOf,
  type EssayEntry,
} from '@/lib/essays';

function essay(id: string, data: Partial<EssayData>): EssayEntry {
  const locale = id.split('/')[0] as 'nl' | 'en';
  return {
    id,
    filePath: `content/essays/${id}.mdx`,
    data: {
      title: id,
      description: 'A dek.',
      part: 1,
      locale,
      translationKey: 'key',
      pubDate: new Date('2026-11-02'),
      author: 'De redactie',
      draft: false,
      ...data,
    },
  };
}

const series = [
  essay('nl/een', { part: 1, translationKey: 'one' }),
  essay('nl/twee', { part: 2, translationKey: 'two' }),
  essay('en/one', { part: 1, translationKey: 'one' }),
  essay('en/two', { part: 2, translationKey: 'two' }),
];

describe('series rules', () => {
  it('accept a complete, paired series', () => {
    expect(findSeriesProblems(series)).toEqual([]);
    expect(assertValidSeries(series)).toBe(series);
  });

  it('name both files when two essays of one locale claim the same part', () => {
    const problems = findSeriesProblems([...series, essay('nl/drie', { part: 2, translationKey: 'two' })]);
    expect(problems).toContainEqual({
      file: 'content/essays/nl/drie.mdx',
      field: 'part',
      message: expect.stringContaining('content/essays/nl/twee.mdx'),
    });
  });

  it('name the file and translationKey when an essay has no translation', () => {
    const problems = findSeriesProblems([...series, essay('nl/drie', { part: 3, translationKey: 'three' })]);
    expect(problems).toEqual([
      { file: 'content/essays/nl/drie.mdx', field: 'translationKey', message: expect.stringContaining('"en"') },
    ]);
  });

  it('catch translations that disagree on the part number', () => {
    const problems = findSeriesProblems([series[0]!, essay('en/one', { part: 2, translationKey: 'one' })]);
    expect(problems.map((p) => p.field)).toEqual(['part', 'part']);
  });

  it('catch a locale field that does not match the folder', () => {
    const problems = findSeriesProblems([
      ...series.slice(1),
      essay('nl/een', { part: 1, translationKey: 'one', locale: 'en' }),
    ]);
    expect(problems[0]).toMatchObject({ file: 'content/essays/nl/een.mdx', field: 'locale' });
  });

  it('name a file whose name is not a lowercase slug, and suggest one', () => {
    const odd = {
      ...series[1]!,
      id: 'nl/dichter_bij_de_klant',
      filePath: 'content/essays/nl/Dichter_Bij_De_Klant.mdx',
    };
    const problems = findSeriesProblems([series[0]!, odd, ...series.slice(2)]);
    expect(problems).toEqual([
      {
        file: 'content/essays/nl/Dichter_Bij_De_Klant.mdx',
        field: 'file name',
        message:
          '"Dichter_Bij_De_Klant" is not a URL slug: rename the file to lowercase words joined by hyphens, e.g. dichter-bij-de-klant.mdx',
      },
    ]);
  });

  it('throw one error that lists every problem with file and field', () => {
    const broken = [...series, essay('nl/drie', { part: 2, translationKey: 'three' })];
    expect(() => assertValidSeries(broken)).toThrow(ContentError);
    expect(() => assertValidSeries(broken)).toThrow(
      /content\/essays\/nl\/drie\.mdx → part: .*\n.*content\/essays\/nl\/drie\.mdx → translationKey/,
    );
  });
});

describe('series queries', () => {
  it('order a locale by part', () => {
    const shuffled = [series[3]!, series[1]!, series[2]!, series[0]!];
    expect(seriesOf(shuffled, 'nl').map(slugOf)).toEqual(['een', 'twee']);
  });

  it('find neighbours within the same locale only', () => {
    expect(neighboursOf(series, series[0]!)).toEqual({ next: series[1] });
    expect(neighboursOf(series, series[1]!)).toEqual({ previous: series[0] });
  });

  it('find the translation by key', () => {
    expect(translationOf(series, series[1]!, 'en')).toBe(series[3]);
  });

  it('hide drafts unless asked for', () => {
    const withDraft = [...series, essay('nl/drie', { part: 3, translationKey: 'three', draft: true })];
    expect(publishedOnly(withDraft)).toHaveLength(4);
    expect(publishedOnly(withDraft, true)).toHaveLength(5);
    // A draft may lack its translation: the rules only see what is published.
    expect(findSeriesProblems(publishedOnly(withDraft))).toEqual([]);
  });

  it('let a draft without its translation show in development', () => {
    const draft = essay('nl/drie', { part: 3, translationKey: 'three', draft: true });
    expect(findSeriesProblems(publishedOnly([...series, draft], true))).toEqual([]);
    expect(findSeriesProblems([...series, { ...draft, data: { ...draft.data, draft: false } }])).toMatchObject([
      { file: 'content/essays/nl/drie.mdx', field: 'translationKey' },
    ]);
  });
});
