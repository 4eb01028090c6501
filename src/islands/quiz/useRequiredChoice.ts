import { useRef, useState } from 'preact/hooks';

/**
 * A radio group that must have a choice before its form goes on: submitting
 * without one shows the error and puts focus on the first option.
 * `triedWithout`: the form was already sent without a choice (before the
 * island was ready), so the error shows from the start.
 */
export function useRequiredChoice<T extends string>(
  initial: T | null | undefined,
  onChosen: (choice: T) => void,
  triedWithout = false,
) {
  const [selected, setSelected] = useState<T | null>(initial ?? null);
  const [error, setError] = useState(triedWithout && !initial);
  const firstOption = useRef<HTMLInputElement>(null);

  const choose = (choice: T) => {
    setSelected(choice);
    setError(false);
  };
  const submit = (event: Event) => {
    event.preventDefault();
    // A choice made in the server-rendered form is in the DOM before it is in
    // state: submitted between hydration and the effect that reads it, it
    // would otherwise count as none (a flaky first step in the e2e tests).
    const checked = (event.currentTarget as HTMLFormElement | null)?.querySelector<HTMLInputElement>(
      'input[type="radio"]:checked',
    );
    const choice = selected ?? ((checked?.value as T | undefined) || null);
    if (choice === null) {
      setError(true);
      firstOption.current?.focus();
      return;
    }
    onChosen(choice);
  };
  return { selected, error, firstOption, choose, submit };
}
