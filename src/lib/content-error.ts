/**
 * The one error type for broken content: every problem names the file, the
 * line where it is known, the field (or entry) and what is wrong, so the
 * build log tells an author where to look.
 */
export interface ContentProblem {
  file: string;
  /** 1-based line in the file, when the problem sits on one. */
  line?: number;
  /** 1-based column, with line. */
  column?: number;
  field: string;
  message: string;
}

/** `file:line:column`, as editors and terminals link it. */
export function whereOf(problem: Pick<ContentProblem, 'file' | 'line' | 'column'>): string {
  if (problem.line === undefined) return problem.file;
  return `${problem.file}:${problem.line}${problem.column === undefined ? '' : `:${problem.column}`}`;
}

export class ContentError extends Error {
  constructor(
    subject: string,
    public readonly problems: ContentProblem[],
  ) {
    super(
      `${subject} has ${problems.length} problem(s):\n${problems.map((p) => `  ${whereOf(p)} → ${p.field}: ${p.message}`).join('\n')}`,
    );
    this.name = 'ContentError';
  }
}
