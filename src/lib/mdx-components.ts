/**
 * The components an essay may use, with their props, checked by the content
 * loader on every build: a misspelt component, a missing required prop or an
 * unknown one stops the build at the file and line, instead of rendering an
 * unlabelled box. (Astro 7's MDX processor runs no remark plugins, so the
 * tags are read from the text; the three components take plain props.)
 */
import type { ContentProblem } from './content-error';

export interface PropRules {
  required: readonly string[];
  optional: readonly string[];
  /** Why the required props matter, for the message. */
  why?: string;
}

export type ComponentRules = Record<string, PropRules>;

export const essayComponents = {
  PullQuote: { required: [], optional: [] },
  Aside: { required: ['title'], optional: [], why: 'the title names the box for screen readers' },
  QuizInvite: { required: [], optional: [] },
} as const satisfies ComponentRules;

/** The components a fixed page (content/pages) may use: counts from the content, so no sentence goes stale. */
export const pageComponents = {
  Count: { required: ['of'], optional: ['capital'], why: 'it names what to count' },
} as const satisfies ComponentRules;

/** An opening (or self-closing) tag whose name starts with a capital, and its props. */
const TAG = /<([A-Z][A-Za-z0-9]*)(\s[^>]*?)?\/?>/g;
const PROP = /([A-Za-z_][\w-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|\{([^}]*)\}))?/g;

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/**
 * Every misuse of a component in an MDX file. `from` is the offset where the
 * body starts, so the frontmatter is not read as text; lines count from the
 * top of the file.
 */
export function findComponentProblems(
  text: string,
  file: string,
  components: ComponentRules,
  from = 0,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const names = Object.keys(components);
  for (const tag of text.matchAll(TAG)) {
    if (tag.index < from) continue;
    const [, name = '', attributes = ''] = tag;
    const at = { file, ...lineAndColumn(text, tag.index) };
    const rules = components[name];
    if (!rules) {
      problems.push({
        ...at,
        field: `<${name}>`,
        message:
          names.length > 0
            ? `is not a component this file can use; use one of ${names.join(', ')}`
            : 'is not available here: this file can use no components',
      });
      continue;
    }
    const given = new Map([...attributes.matchAll(PROP)].map((m) => [m[1]!, m[2] ?? m[3] ?? m[4] ?? ''] as const));
    for (const prop of rules.required) {
      if (!given.get(prop)?.trim()) {
        problems.push({
          ...at,
          field: `<${name}> ${prop}`,
          message: `is missing; write <${name} ${prop}="…">${rules.why ? ` (${rules.why})` : ''}`,
        });
      }
    }
    const allowed = [...rules.required, ...rules.optional];
    for (const prop of given.keys()) {
      if (!allowed.includes(prop)) {
        problems.push({
          ...at,
          field: `<${name}> ${prop}`,
          message: `is not a prop of ${name}; ${allowed.length > 0 ? `it takes ${allowed.join(', ')}` : 'it takes none'}`,
        });
      }
    }
  }
  return problems;
}
