/**
 * Reading content files as authors write them: YAML (a whole file or an
 * MDX file's frontmatter) parsed with line numbers, and schema failures
 * turned into ContentProblems in plain words with the line of the field.
 * The loaders in content.config.ts run this on every build, so a broken
 * file stops the build whatever Astro's cache still holds.
 */
import { LineCounter, parseDocument, type Node } from 'yaml';
import type { z } from 'astro/zod';
import { ContentError, type ContentProblem } from './content-error';

export type PathKey = string | number;

export interface YamlSource {
  data: unknown;
  /** The line and column of the value at a path, or of its nearest parent. */
  at(path: readonly PathKey[]): { line: number; column: number } | undefined;
}

/**
 * Parses YAML with the yaml package's core schema: dates stay text, so the
 * schema sees exactly what the author typed. `firstLine` is the file line
 * the text starts on (2 for frontmatter below its `---`).
 */
export function parseYamlSource(text: string, file: string, firstLine = 1): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };
  // Only the first error: the ones after it are mostly its echoes.
  const error = doc.errors[0];
  if (error) {
    throw new ContentError(file, [
      {
        file,
        ...position(error.pos[0]),
        field: 'YAML',
        message: `does not parse: ${yamlMessage(error.message)}. Check the indentation, colons and quotes on this line and the one above`,
      },
    ]);
  }
  return {
    data: doc.toJS(),
    at(path) {
      for (let depth = path.length; depth >= 0; depth--) {
        const node = doc.getIn(path.slice(0, depth), true) as Node | undefined;
        if (node?.range) return position(node.range[0]);
      }
      return undefined;
    },
  };
}

/** The yaml package's message without its own "at line …" tail. */
function yamlMessage(message: string): string {
  return message.replace(/ at line \d+, column \d+.*$/s, '').trim();
}

/**
 * Splits an MDX or Markdown file into its frontmatter and body. The
 * frontmatter starts on line 2, below the opening `---`.
 */
export function frontmatterOf(raw: string, file: string): { yaml: string; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)([\s\S]*)$/.exec(raw);
  if (!match) {
    throw new ContentError(file, [
      {
        file,
        line: 1,
        field: 'frontmatter',
        message: 'the file must start with frontmatter between two lines of three dashes (---)',
      },
    ]);
  }
  return { yaml: match[1]!, body: match[2]! };
}

/** Reads the value at a path of plain parsed data. */
function valueAt(data: unknown, path: readonly PathKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PathKey, unknown>)[key];
  }
  return value;
}

function describe(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  if (typeof value === 'string') return `the text "${value}"`;
  return `${typeof value} ${String(value)}`;
}

const expectedWords: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
  date: 'a date (YYYY-MM-DD)',
};

/** One zod issue in plain words, without Astro's markup. */
function plainMessage(issue: z.core.$ZodIssue, data: unknown): string {
  const value = valueAt(data, issue.path as PathKey[]);
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return 'is missing; this field is required';
      return `must be ${expectedWords[issue.expected] ?? issue.expected}, not ${describe(value)}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, not ${describe(value)}`;
    default:
      return issue.message;
  }
}

/**
 * Turns a failed schema parse into problems: the field as a dotted path
 * (after `prefix`, e.g. a quiz entry's id), its line, and a plain message.
 */
export function schemaProblems(
  error: z.ZodError,
  source: YamlSource,
  file: string,
  options: { path?: readonly PathKey[]; prefix?: string } = {},
): ContentProblem[] {
  const base = options.path ?? [];
  const name = (path: readonly PathKey[]) => [options.prefix, ...path].filter((p) => p !== undefined).join('.');
  const problems = error.issues.flatMap((issue): ContentProblem[] => {
    const path = issue.path as PathKey[];
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        file,
        ...source.at([...base, ...path, key]),
        field: name([...path, key]),
        message: 'is not a known field; check its spelling or remove it',
      }));
    }
    const data = valueAt(source.data, base);
    return [
      { file, ...source.at([...base, ...path]), field: name(path) || '(entry)', message: plainMessage(issue, data) },
    ];
  });
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
