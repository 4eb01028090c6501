/**
 * The reader's quiz state (lib/quiz/state) as a nanostore, kept in storage
 * where the browser allows. Every change reads the stored state first and
 * writes the whole of it back, and a change made in another tab arrives
 * through the storage event: two open tabs never undo each other's work.
 */
import { atom, type ReadableAtom } from 'nanostores';
import type { ScoringModel } from '@/lib/quiz/scoring';
import { asideKey, emptyState, encodeState, keptAside, parseState, STATE_KEY, type QuizState } from '@/lib/quiz/state';
import { createSafeStorage } from './safe-storage';

export interface QuizStore {
  $state: ReadableAtom<QuizState>;
  /** Applies a change to the latest stored state and keeps the result. */
  update: (change: (state: QuizState) => QuizState) => void;
  persistent: boolean;
}

export function createQuizStore(model: ScoringModel): QuizStore {
  const storage = createSafeStorage();
  const read = () => parseState(storage.get(STATE_KEY), model);
  const $state = atom<QuizState>(typeof window === 'undefined' ? emptyState : read());
  if (typeof window !== 'undefined') {
    window.addEventListener('storage', (event) => {
      if (event.key === STATE_KEY) $state.set(read());
    });
  }
  const update = (change: (state: QuizState) => QuizState) => {
    const next = change(storage.persistent ? read() : $state.get());
    // What this page cannot carry over whole (another format or edition, or unreadable) is kept as it was.
    const raw = storage.get(STATE_KEY);
    if (raw && keptAside(raw, model) && storage.get(asideKey(raw)) === undefined) storage.set(asideKey(raw), raw);
    storage.set(STATE_KEY, encodeState(next, model));
    $state.set(next);
  };
  return { $state, update, persistent: storage.persistent };
}
