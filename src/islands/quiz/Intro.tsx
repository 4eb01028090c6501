import { useEffect, useRef } from 'preact/hooks';
import { ROLES, type Role } from '@/lib/quiz/roles';
import type { QuizStrings } from './types';
import { useRequiredChoice } from './useRequiredChoice';

interface Props {
  strings: QuizStrings;
  initialRole: Role | null;
  hasAnswers: boolean;
  /** Back from question 1: focus returns to the role choice. */
  focusOnMount: boolean;
  /** Start was tapped without a role before the island was ready: ask for one. */
  startTried?: boolean;
  onStart: (role: Role) => void;
}

/** The reader says from which side they answer, then starts. */
export function Intro({ strings, initialRole, hasAnswers, focusOnMount, startTried = false, onStart }: Props) {
  const {
    selected: role,
    error,
    firstOption,
    choose,
    submit,
  } = useRequiredChoice<Role>(initialRole, onStart, startTried);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    const checked = form.current?.querySelector<HTMLInputElement>('input[name="role"]:checked');
    // A role tapped in the server-rendered form before hydration stays chosen.
    if (!role && checked && (ROLES as readonly string[]).includes(checked.value)) choose(checked.value as Role);
    if (focusOnMount) (checked ?? firstOption.current)?.focus();
    // The page loaded again at its top: bring the choice and its error into view.
    if (error) form.current?.scrollIntoView({ block: 'center' });
  }, []);

  return (
    <form class="quiz__intro" ref={form} onSubmit={submit} noValidate>
      <fieldset class="choices" aria-describedby={error ? 'role-error role-hint' : 'role-hint'}>
        <legend>
          <h2 class="quiz__legend">{strings['quiz.roleLegend']}</h2>
        </legend>
        <p id="role-hint" class="quiz__hint">
          {strings['quiz.roleHint']}
        </p>
        {ROLES.map((value, i) => (
          <label class="choice" key={value}>
            <input
              type="radio"
              name="role"
              value={value}
              checked={role === value}
              ref={i === 0 ? firstOption : null}
              onChange={() => choose(value)}
            />
            <span>{strings[`quiz.role.${value}`]}</span>
          </label>
        ))}
        {error && (
          <p id="role-error" class="quiz__error" role="alert">
            {strings['quiz.chooseRole']}
          </p>
        )}
      </fieldset>
      <div class="quiz__actions">
        {/* Named so that a tap before the island is ready says so, role or not (early-start.ts). */}
        <button type="submit" class="button" name="start">
          {hasAnswers ? strings['quiz.continue'] : strings['quiz.start']}
        </button>
      </div>
    </form>
  );
}
