import { describe, expect, it } from 'vitest';
import {
  answer,
  chooseRole,
  emptyProgress,
  goBack,
  goNext,
  reviewAnswers,
  screenOf,
  setExpectations,
  type Progress,
} from '@/lib/quiz/progress';
import { emptyState, encodeState, parseState } from '@/lib/quiz/state';
import { model } from './quiz-model';

const answerAll = (progress: Progress, option: string) =>
  model.questions.reduce((p, q) => goNext(answer(p, q.id, option), model), progress);

describe('quiz progress', () => {
  it('walks from introduction through the questions and the expectations to the result', () => {
    let progress: Progress = emptyProgress;
    expect(screenOf(progress, model)).toEqual({ kind: 'intro' });
    progress = chooseRole(progress, 'supplier');
    expect(screenOf(progress, model)).toEqual({ kind: 'question', index: 0 });
    progress = goNext(answer(progress, 'q1', 'b'), model);
    expect(screenOf(progress, model)).toEqual({ kind: 'question', index: 1 });
    progress = answerAll(progress, 'd');
    expect(screenOf(progress, model)).toEqual({ kind: 'expectations' });
    progress = setExpectations(progress, [40, 60]);
    expect(screenOf(progress, model)).toEqual({ kind: 'result' });
    expect(progress.expectations).toEqual([40, 60]);
  });

  it('skips the expectations with null and still reaches the result', () => {
    const done = setExpectations(answerAll(chooseRole(emptyProgress, 'customer'), 'a'), null);
    expect(screenOf(done, model)).toEqual({ kind: 'result' });
    expect(done.expectations).toBeNull();
  });

  it('goes back one step: expectations to the last question, the first question to the introduction', () => {
    const atExpectations = answerAll(chooseRole(emptyProgress, 'customer'), 'a');
    expect(screenOf(goBack(atExpectations, model), model)).toEqual({
      kind: 'question',
      index: model.questions.length - 1,
    });
    const atSecond = goNext(answer(chooseRole(emptyProgress, 'customer'), 'q1', 'a'), model);
    expect(goBack(atSecond, model).index).toBe(0);
    expect(screenOf(goBack(goBack(atSecond, model), model), model)).toEqual({ kind: 'intro' });
    expect(goBack(goBack(atSecond, model), model).answers).toEqual({ q1: 'a' });
  });

  it('reviews answers from the first question, keeping them', () => {
    const done = setExpectations(answerAll(chooseRole(emptyProgress, 'customer'), 'b'), [50, 50]);
    const review = reviewAnswers(done);
    expect(screenOf(review, model)).toEqual({ kind: 'question', index: 0 });
    expect(review.answers).toEqual(done.answers);
    expect(review.expectations).toEqual([50, 50]);
  });
});

describe('stored state', () => {
  const progress: Progress = { ...emptyProgress, role: 'customer', answers: { q1: 'c' }, index: 1 };
  const stored = (value: unknown) => JSON.stringify(value);

  it('restores what it stored', () => {
    const state = { ...emptyState, progress };
    expect(parseState(encodeState(state, model), model)).toEqual(state);
  });

  it('migrates version 1 (the progress alone), finished results included', () => {
    const v1 = { v: 1, role: 'customer', answers: { q1: 'c' }, index: 1, finished: false };
    expect(parseState(stored(v1), model).progress).toEqual(progress);
    const finished = {
      v: 1,
      role: 'supplier',
      answers: { q1: 'a', q2: 'b', q3: 'c', q4: 'd' },
      index: 3,
      finished: true,
    };
    const migrated = parseState(stored(finished), model);
    expect(screenOf(migrated.progress, model)).toEqual({ kind: 'result' });
    expect(migrated.comparisons).toEqual([]);
  });

  it.each([
    ['nothing', null],
    ['an empty string', ''],
    ['corrupt JSON', '{"v":2,"progress":'],
    ['a number', '42'],
    ['an array', '[1,2]'],
    ['an older version', stored({ v: 0, role: 'customer', answers: {}, index: 0, finished: false })],
    ['a newer version', stored({ v: 3, progress })],
    ['a huge value', stored({ v: 2, progress, padding: 'x'.repeat(200_000) })],
  ])('reads %s as nothing stored', (_name, raw) => {
    expect(parseState(raw, model)).toBe(emptyState);
  });

  it.each([
    ['an unknown role', { ...progress, role: 'king' }],
    ['an unknown question', { ...progress, answers: { q9: 'a' } }],
    ['an unknown option', { ...progress, answers: { q1: 'z' } }],
    ['markup as an option', { ...progress, answers: { q1: '<img src=x onerror=alert(1)>' } }],
    ['an index past the end', { ...progress, index: 99 }],
    ['a negative index', { ...progress, index: -1 }],
    ['a fractional index', { ...progress, index: 0.5 }],
    ['a non-boolean finished', { ...progress, finished: 'yes' }],
    ['answers as a list', { ...progress, answers: ['a'] }],
    ['expectations off the scale', { ...progress, expectations: [120, 50] }],
  ])('discards progress with %s', (_name, bad) => {
    expect(parseState(stored({ v: 2, progress: bad }), model).progress).toBe(emptyProgress);
  });

  it('drops a malformed comparison on its own and keeps the others', () => {
    const side = { role: 'customer', overall: 50, dimensions: [50, 50], expectations: null };
    const good = { id: 'a', me: side, them: { ...side, role: 'supplier' }, reply: null };
    const bad = { id: 'b', me: side, them: { ...side, dimensions: [50, 999] }, reply: null };
    expect(parseState(stored({ v: 2, progress, comparisons: [good, bad] }), model).comparisons).toEqual([good]);
  });

  it('reopens a "finished" quiz whose answers are incomplete at the question', () => {
    const raw = stored({ v: 2, progress: { ...progress, finished: true } });
    expect(screenOf(parseState(raw, model).progress, model)).toEqual({ kind: 'question', index: 1 });
  });
});
