/**
 * The one error type for broken content: every problem names the file, the
 * field (or entry) and what is wrong, so the build log tells an author where
 * to look.
 */
export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

export class ContentError extends Error {
  constructor(
    subject: string,
    public readonly problems: ContentProblem[],
  ) {
    super(
      `${subject} has ${problems.length} problem(s):\n${problems.map((p) => `  ${p.file} → ${p.field}: ${p.message}`).join('\n')}`,
    );
    this.name = 'ContentError';
  }
}
