/**
 * Results made with earlier editions of the questions: their figures as they
 * were, with the edition named, never their answers against today's wording.
 */
import { fill } from '@/i18n/fill';
import { stageFor } from '@/lib/quiz/scoring';
import type { EarlierResult } from '@/lib/quiz/state';
import type { QuizProps } from './types';

interface Props {
  quiz: QuizProps['quiz'];
  strings: QuizProps['strings'];
  results: EarlierResult[];
}

export function EarlierResults({ quiz, strings, results }: Props) {
  return (
    <section class="earlier" aria-labelledby="earlier-heading">
      <h2 id="earlier-heading" class="earlier__heading">
        {strings['quiz.earlier.heading']}
      </h2>
      <ul class="earlier__list">
        {results.map(({ id, edition, side }) => (
          <li key={id} class="earlier__item">
            <p class="earlier__summary">
              {fill(strings['quiz.earlier.item'], {
                role: strings[`quiz.earlier.role.${side.role}`],
                stage: stageFor(quiz.stages, side.overall).name,
                score: side.overall,
              })}
            </p>
            <p class="quiz__nuance">{fill(strings['quiz.earlier.note'], { edition })}</p>
            <details>
              <summary>{strings['quiz.earlier.dimensions']}</summary>
              <ul class="earlier__dimensions">
                {quiz.dimensions.map((dimension, i) => (
                  <li key={dimension.id}>
                    {dimension.name}: {stageFor(quiz.stages, side.dimensions[i] ?? 0).name}
                  </li>
                ))}
              </ul>
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
