/** A small quiz for the unit tests: two dimensions of two questions each. */
import type { ScoringModel } from '@/lib/quiz/scoring';

const options = ['a', 'b', 'c', 'd'].map((id, score) => ({ id, score }));

export const model: ScoringModel = {
  dimensions: [{ id: 'listening' }, { id: 'tension' }],
  questions: [
    { id: 'q1', dimension: 'listening', options },
    { id: 'q2', dimension: 'listening', options },
    { id: 'q3', dimension: 'tension', options },
    { id: 'q4', dimension: 'tension', options },
  ],
  stages: [
    { id: 'low', from: 0, to: 49 },
    { id: 'high', from: 50, to: 100 },
  ],
  // No editions recorded: the model is its own first edition.
  editions: [],
};
