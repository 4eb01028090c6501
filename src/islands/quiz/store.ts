/** The reader's quiz progress as a nanostore, persisted where the browser allows. */
import { persistentAtom, setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';
import type { WritableAtom } from 'nanostores';
import { emptyProgress, encodeProgress, parseProgress, PROGRESS_KEY, type Progress } from '@/lib/quiz/progress';
import type { ScoringModel } from '@/lib/quiz/scoring';
import { createSafeStorage } from './safe-storage';

export interface QuizStore {
  $progress: WritableAtom<Progress>;
  persistent: boolean;
}

export function createQuizStore(model: ScoringModel): QuizStore {
  const storage = createSafeStorage();
  if (typeof window !== 'undefined') setPersistentEngine(storage.engine, windowPersistentEvents);
  const $progress = persistentAtom<Progress>(PROGRESS_KEY, emptyProgress, {
    encode: encodeProgress,
    decode: (raw) => parseProgress(raw, model),
  });
  return { $progress, persistent: storage.persistent };
}
