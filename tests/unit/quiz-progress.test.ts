import { describe, expect, it } from 'vitest';
import {
  answer,
  chooseRole,
  emptyProgress,
  encodeProgress,
  goBack,
  goNext,
  parseProgress,
  reviewAnswers,
  screenOf,
  type Progress,
} from '@/lib/quiz/progress';
import type { ScoringModel } from '@/lib/quiz/scoring';

const options = ['a', 'b', 'c', 'd'].map((id, score) => ({ id, score }));
const model: ScoringModel = {
  dimensions: [{ id: 'listening' }],
  questions: [
    { id: 'q1', dimension: 'listening', options },
    { id: 'q2', dimension: 'listening', options },
  ],
  stages: [{ id: 'all', from: 0, to: 100 }],
};

describe('quiz progress', () => {
  it('walks from introduction through the questions to the result', () => {
    let progress: Progress = emptyProgress;
    expect(screenOf(progress, model)).toEqual({ kind: 'intro' });
    progress = chooseRole(progress, 'supplier');
    expect(screenOf(progress, model)).toEqual({ kind: 'question', index: 0 });
    progress = goNext(answer(progress, 'q1', 'b'), model);
    expect(screenOf(progress, model)).toEqual({ kind: 'question', index: 1 });
    progress = goNext(answer(progress, 'q2', 'd'), model);
    expect(screenOf(progress, model)).toEqual({ kind: 'result' });
    expect(progress.answers).toEqual({ q1: 'b', q2: 'd' });
  });

  it('goes back one question, and from the first to the introduction', () => {
    const atSecond = goNext(answer(chooseRole(emptyProgress, 'customer'), 'q1', 'a'), model);
    expect(goBack(atSecond).index).toBe(0);
    expect(screenOf(goBack(goBack(atSecond)), model)).toEqual({ kind: 'intro' });
    // Answers survive going back, so the reader can change one.
    expect(goBack(goBack(atSecond)).answers).toEqual({ q1: 'a' });
  });

  it('reviews answers from the first question, keeping them', () => {
    const done = goNext(
      answer(goNext(answer(chooseRole(emptyProgress, 'customer'), 'q1', 'a'), model), 'q2', 'b'),
      model,
    );
    const review = reviewAnswers(done);
    expect(screenOf(review, model)).toEqual({ kind: 'question', index: 0 });
    expect(review.answers).toEqual(done.answers);
  });
});

describe('parseProgress', () => {
  const valid: Progress = { v: 1, role: 'customer', answers: { q1: 'c' }, index: 1, finished: false };

  it('restores what it stored', () => {
    expect(parseProgress(encodeProgress(valid), model)).toEqual(valid);
  });

  it.each([
    ['nothing', null],
    ['an empty string', ''],
    ['corrupt JSON', '{"v":1,"role":'],
    ['a number', '42'],
    ['an array', '[1,2]'],
    ['an older version', JSON.stringify({ ...valid, v: 0 })],
    ['a newer version', JSON.stringify({ ...valid, v: 2 })],
    ['an unknown role', JSON.stringify({ ...valid, role: 'king' })],
    ['an unknown question', JSON.stringify({ ...valid, answers: { q9: 'a' } })],
    ['an unknown option', JSON.stringify({ ...valid, answers: { q1: 'z' } })],
    ['markup as an option', JSON.stringify({ ...valid, answers: { q1: '<img src=x onerror=alert(1)>' } })],
    ['an index past the end', JSON.stringify({ ...valid, index: 2 })],
    ['a negative index', JSON.stringify({ ...valid, index: -1 })],
    ['a fractional index', JSON.stringify({ ...valid, index: 0.5 })],
    ['a non-boolean finished', JSON.stringify({ ...valid, finished: 'yes' })],
    ['answers as a list', JSON.stringify({ ...valid, answers: ['a'] })],
    ['a huge value', JSON.stringify({ ...valid, padding: 'x'.repeat(20_000) })],
  ])('discards %s', (_name, raw) => {
    expect(parseProgress(raw, model)).toBe(emptyProgress);
  });

  it('reopens a "finished" quiz whose answers are incomplete at the question', () => {
    const raw = JSON.stringify({ ...valid, finished: true });
    expect(screenOf(parseProgress(raw, model), model)).toEqual({ kind: 'question', index: 1 });
  });
});
