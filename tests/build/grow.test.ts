/**
 * Authors can grow the series as content/README.md says: a fifth essay in
 * both languages and a thirteenth question (with the new edition that
 * `npm run quiz:edition` adds) pass the content tests, the spell check and
 * the build, with no code or test edited.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { t } from '@/i18n';
import { withCopy } from './project-copy';

const grow = (path: string) => resolve('tests/fixtures/grow', path);

test('a fifth essay and a thirteenth question pass the content checks and build', () => {
  withCopy(
    (dir, run) => {
      cpSync(grow('essays/nl/de-tweede-adem.mdx'), join(dir, 'content/essays/nl/de-tweede-adem.mdx'));
      cpSync(grow('essays/en/second-wind.mdx'), join(dir, 'content/essays/en/second-wind.mdx'));
      const questions = join(dir, 'content/quiz/questions.yaml');
      writeFileSync(
        questions,
        `${readFileSync(questions, 'utf8').trimEnd()}\n\n${readFileSync(grow('question.yaml'), 'utf8')}`,
      );
      // A changed question makes a new edition, as content/README.md says.
      const edition = run('npm', 'run', 'quiz:edition');
      expect(edition.status, edition.output).toBe(0);
      expect(edition.output).toContain('Added edition');

      const content = run(
        'npx',
        'vitest',
        'run',
        '--project',
        'unit',
        '--reporter=verbose',
        'tests/unit/content.test.ts',
        'tests/unit/quiz-content.test.ts',
        'tests/unit/quiz-guessability.test.ts',
        'tests/unit/vocabulary.test.ts',
      );
      expect(content.status, content.output).toBe(0);
      expect(content.output).toContain('de-tweede-adem.mdx has 700 to 1,200 words');
      expect(content.output).toContain('handover-notes');

      const spelling = run('npm', 'run', 'test:spelling');
      expect(spelling.status, spelling.output).toBe(0);

      const build = run('npm', 'run', 'build');
      expect(build.status, build.output).toBe(0);
      const page = readFileSync(join(dir, 'dist/essays/de-tweede-adem/index.html'), 'utf8');
      expect(page).toContain(t('nl', 'series.partOf', { part: 5, total: 5 }));
      // The new question reaches the quiz: its props file, which the page names.
      const quizPage = readFileSync(join(dir, 'dist/en/quiz/index.html'), 'utf8');
      const propsPath = /id="quiz-island" data-props="([^"]+)"/.exec(quizPage)?.[1] ?? 'missing';
      expect(readFileSync(join(dir, 'dist', propsPath), 'utf8')).toContain('handover-notes');
    },
    ['tests', 'vitest.config.ts', '.cspell.json'],
  );
});
