import { useEffect, useRef, useState } from 'preact/hooks';
import { fill } from '@/i18n/fill';
import { EXPECTATION_STEP } from '@/lib/quiz/codes';
import { goBack, setExpectations, type Progress } from '@/lib/quiz/progress';
import { scoreAnswers, stageFor } from '@/lib/quiz/scoring';
import type { QuizView } from '@/lib/quiz/view';
import type { QuizStrings } from './types';

interface Props {
  quiz: QuizView;
  /** Finished answers and a role: the reader's own scores are the starting estimate. */
  progress: Progress & { role: NonNullable<Progress['role']> };
  strings: QuizStrings;
  focusOnMount: boolean;
  /** The progress after this step: estimates given or skipped, or back to the last question. */
  onMove: (next: Progress) => void;
}

const toStep = (score: number) => Math.round(score / EXPECTATION_STEP) * EXPECTATION_STEP;

/**
 * After the last question: one estimate per dimension of how the other side
 * sees the relationship. Optional; it is what lets a comparison say how well
 * each side listened.
 */
export function Expectations({ quiz, progress, strings, focusOnMount, onMove }: Props) {
  const { role } = progress;
  const [values, setValues] = useState(
    () =>
      progress.expectations ??
      quiz.dimensions.map((d) => toStep(scoreAnswers(quiz, progress.answers).dimensions[d.id] ?? 0)),
  );
  const onDone = (expectations: number[] | null) => onMove(setExpectations(progress, expectations));
  const onBack = () => onMove(goBack(progress, quiz));
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMount) heading.current?.focus();
  }, []);

  return (
    <form
      class="quiz__expectations"
      onSubmit={(event) => {
        event.preventDefault();
        onDone(values);
      }}
    >
      <h2 class="quiz__legend" ref={heading} tabIndex={-1}>
        {strings[`quiz.expect.heading.${role}`]}
      </h2>
      <p class="quiz__hint">{strings['quiz.expect.intro']}</p>
      <ul class="expectations">
        {quiz.dimensions.map((dimension, i) => {
          const id = `expect-${dimension.id}`;
          const value = values[i] ?? 0;
          const words = fill(strings['quiz.expect.value'], { score: value, stage: stageFor(quiz.stages, value).name });
          return (
            <li key={dimension.id} class="expectation">
              <label for={id}>{dimension.name}</label>
              <input
                id={id}
                type="range"
                min={0}
                max={100}
                step={EXPECTATION_STEP}
                value={value}
                aria-valuetext={words}
                onInput={(event) => {
                  const next = [...values];
                  next[i] = Number(event.currentTarget.value);
                  setValues(next);
                }}
              />
              <output for={id}>{words}</output>
            </li>
          );
        })}
      </ul>
      <div class="quiz__actions">
        <button type="button" class="button button--quiet" onClick={onBack}>
          {strings['quiz.back']}
        </button>
        <button type="button" class="button button--quiet" onClick={() => onDone(null)}>
          {strings['quiz.expect.skip']}
        </button>
        <button type="submit" class="button">
          {strings['quiz.expect.submit']}
        </button>
      </div>
    </form>
  );
}
