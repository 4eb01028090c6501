import { useEffect, useRef } from 'preact/hooks';
import { fill } from '@/i18n/fill';
import type { QuizView } from '@/lib/quiz/view';
import type { QuizStrings } from './types';
import { useRequiredChoice } from './useRequiredChoice';

interface Props {
  question: QuizView['questions'][number];
  index: number;
  total: number;
  chosen: string | undefined;
  strings: QuizStrings;
  announce: (message: string) => void;
  focusOnMount: boolean;
  onAnswer: (questionId: string, optionId: string) => void;
  onBack: () => void;
}

/** Scrolls an element's top into view, unless all of it is already in view. */
function bringIntoView(element: Element | null | undefined) {
  const box = element?.getBoundingClientRect();
  // Instant: the page's smooth scrolling would still be gliding when the reader starts reading.
  if (box && (box.top < 0 || box.bottom > window.innerHeight)) {
    element!.scrollIntoView({ block: 'start', behavior: 'instant' });
  }
}

/**
 * One question as a radio group: arrow keys choose, Enter goes on. Focus
 * lands on the question when it appears, and its number is announced. On a
 * phone the question starts at the top of the screen, with its progress, and
 * the actions stay at the bottom (quiz.css), so neither needs a scroll.
 */
export function Question({ question, index, total, chosen, strings, announce, focusOnMount, onAnswer, onBack }: Props) {
  const { selected, error, firstOption, choose, submit } = useRequiredChoice(chosen, (optionId) =>
    onAnswer(question.id, optionId),
  );
  const heading = useRef<HTMLHeadingElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const progress = fill(strings['quiz.progress'], { current: index + 1, total });
  const last = index === total - 1;

  useEffect(() => {
    announce(progress);
    if (focusOnMount) {
      // Focusing would scroll the heading to the top and the progress above it out of view.
      heading.current?.focus({ preventScroll: true });
      bringIntoView(form.current);
    } else {
      // Resumed on page load: from the welcome note above the question.
      bringIntoView(form.current?.closest('.quiz'));
    }
  }, []);

  const errorId = `${question.id}-error`;
  return (
    <form class="quiz__question" ref={form} onSubmit={submit} noValidate>
      <div class="quiz__head">
        <p class="quiz__progress label">{progress}</p>
        <div class="quiz__bar" aria-hidden="true">
          <span style={{ width: `${((index + 1) / total) * 100}%` }} />
        </div>
      </div>
      <fieldset class="choices" aria-describedby={error ? errorId : undefined}>
        <legend>
          <h2 class="quiz__legend" ref={heading} tabIndex={-1}>
            {question.prompt}
          </h2>
        </legend>
        {question.options.map((option, i) => (
          <label class="choice" key={option.id}>
            <input
              type="radio"
              name={question.id}
              value={option.id}
              checked={selected === option.id}
              ref={i === 0 ? firstOption : null}
              onChange={() => choose(option.id)}
            />
            <span>{option.label}</span>
          </label>
        ))}
        {error && (
          <p id={errorId} class="quiz__error" role="alert">
            {strings['quiz.chooseAnswer']}
          </p>
        )}
      </fieldset>
      <div class="quiz__actions">
        <button type="button" class="button button--quiet" onClick={onBack}>
          {strings['quiz.back']}
        </button>
        <button type="submit" class="button">
          {last ? strings['quiz.finish'] : strings['quiz.next']}
        </button>
      </div>
    </form>
  );
}
