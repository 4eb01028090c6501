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
    if (selected === null) {
      setError(true);
      firstOption.current?.focus();
      return;
    }
    onChosen(selected);
  };
  return { selected, error, firstOption, choose, submit };
}
