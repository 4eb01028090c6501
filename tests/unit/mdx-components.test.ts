/** Components in essays: known names and their props, checked with file and line. */
import { describe, expect, it } from 'vitest';
import { essayComponents, findComponentProblems } from '@/lib/mdx-components';

const file = 'content/essays/nl/proef.mdx';
const frontmatter = '---\ntitle: "<Aside> in a title is text"\n---\n';
const problemsIn = (body: string) =>
  findComponentProblems(frontmatter + body, file, essayComponents, frontmatter.length);

describe('essay components', () => {
  it('accept the components as content/README.md shows them', () => {
    expect(
      problemsIn(
        '<PullQuote>Een zin.</PullQuote>\n\n<Aside title="Wanneer">Context.</Aside>\n\n<QuizInvite />\n<abbr title="x">y</abbr>\n',
      ),
    ).toEqual([]);
  });

  it('name an Aside without a title, or with an empty one, at its line', () => {
    expect(problemsIn('Tekst.\n\n<Aside>Context.</Aside>\n<Aside title=" ">x</Aside>\n')).toEqual([
      {
        file,
        line: 6,
        column: 1,
        field: '<Aside> title',
        message: 'is missing; write <Aside title="…"> (the title names the box for screen readers)',
      },
      expect.objectContaining({ line: 7, field: '<Aside> title' }),
    ]);
  });

  it('name an unknown component and an unknown prop', () => {
    expect(problemsIn('<Asside title="x">y</Asside>\n<PullQuote size="big">z</PullQuote>\n')).toEqual([
      expect.objectContaining({
        line: 4,
        field: '<Asside>',
        message: 'is not a component this file can use; use one of PullQuote, Aside, QuizInvite',
      }),
      expect.objectContaining({
        line: 5,
        field: '<PullQuote> size',
        message: 'is not a prop of PullQuote; it takes none',
      }),
    ]);
  });

  it('allow no components where none are provided', () => {
    expect(findComponentProblems('<QuizInvite />', 'content/pages/nl/about.mdx', {})).toMatchObject([
      { field: '<QuizInvite>', message: 'is not available here: this file can use no components' },
    ]);
  });
});
