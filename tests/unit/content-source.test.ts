/** Content files read as authors write them: YAML with lines, plain schema messages. */
import { describe, expect, it } from 'vitest';
import { ContentError } from '@/lib/content-error';
import { frontmatterOf, parseYamlSource, schemaProblems } from '@/lib/content-source';
import { essaySchema } from '@/lib/essay-schema';

const file = 'content/essays/nl/proef.mdx';

function thrown(run: () => unknown): ContentError {
  try {
    run();
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
  throw new Error('no ContentError thrown');
}

describe('YAML sources', () => {
  it('name the line and column of a syntax error, counted from the top of the file', () => {
    const error = thrown(() => parseYamlSource('author: x\ntitle: Deel: twee\n', file, 2));
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toMatchObject({ file, line: 3, field: 'YAML' });
    expect(error.message).toMatch(/^content\/essays\/nl\/proef\.mdx has 1 problem/);
    expect(error.message).toContain(`${file}:3:`);
    expect(error.message).toContain('does not parse');
  });

  it('keep dates as the text the author typed', () => {
    expect(parseYamlSource('pubDate: 2026-13-45\n', file).data).toEqual({ pubDate: '2026-13-45' });
  });

  it('refuse a file without frontmatter', () => {
    expect(thrown(() => frontmatterOf('# Title\n', file)).problems[0]).toMatchObject({ line: 1, field: 'frontmatter' });
    expect(frontmatterOf('---\na: 1\n---\nBody\n', file)).toEqual({ yaml: 'a: 1', body: 'Body\n' });
  });
});

describe('schema problems', () => {
  const yaml = [
    'description: "Een dek."',
    'part: twee',
    'locale: de',
    'translationKey: proef',
    'pubDate: 2026-11-09',
    'author: "De redactie"',
    'tags: [a]',
  ].join('\n');
  const source = parseYamlSource(yaml, file, 2);
  const result = essaySchema.safeParse(source.data);
  const problems = result.success ? [] : schemaProblems(result.error, source, file);
  const text = new ContentError(file, problems).message;

  it('give every problem in plain words with its line, without markup', () => {
    expect(problems).toEqual([
      { file, line: 2, column: 1, field: 'title', message: 'is missing; this field is required' },
      { file, line: 3, column: 7, field: 'part', message: 'must be a number, not the text "twee"' },
      { file, line: 4, column: 9, field: 'locale', message: 'must be one of "nl", "en", not the text "de"' },
      { file, line: 8, column: 7, field: 'tags', message: 'is not a known field; check its spelling or remove it' },
    ]);
    expect(text).not.toMatch(/\*\*/);
    expect(text).toContain(`${file}:3:7 → part: must be a number`);
  });
});
