/**
 * Links and stored results made with an earlier edition of the questions
 * open with their own figures, scored by their own edition, and say so; they
 * are never refused as damaged and never read against the new wording.
 */
import { describe, expect, it } from 'vitest';
import { decodeCode, encodeInvite, encodeResult, sideFromPoints } from '@/lib/quiz/codes';
import { defaultLocale } from '@/i18n/locales';
import {
  contentFingerprint,
  SOURCE_LOCALE,
  structureFingerprint,
  structureOf,
  type Edition,
} from '@/lib/quiz/editions';
import { emptyProgress, finishedProgress } from '@/lib/quiz/progress';
import type { ScoringModel } from '@/lib/quiz/scoring';
import { asideKey, encodeState, keptAside, openLink, parseState, withProgress, emptyState } from '@/lib/quiz/state';
import { findEditionProblems } from '@/lib/quiz/validate';
import { editionSchema, type DimensionData, type QuestionData } from '@/lib/quiz/schema';
import { model as firstEdition } from './quiz-model';

// Edition 2 rewrote the questions: new ids, and each option's score reversed.
const reversed = ['a', 'b', 'c', 'd'].map((id, i) => ({ id, score: 3 - i }));
const editions: Edition[] = [
  { edition: 2, date: '2026-12-05', fingerprint: 4242, questions: [] },
  {
    edition: 1,
    date: '2026-11-27',
    fingerprint: structureFingerprint(firstEdition),
    questions: firstEdition.questions,
  },
];
const secondEdition: ScoringModel = {
  ...firstEdition,
  questions: firstEdition.questions.map((q) => ({ ...q, id: `${q.id}-v2`, options: reversed })),
  editions,
};
const keys = ['uitslag'];
// In edition 1, answers d,d,c,c are 3+3 and 2+2 points: listening 100, tension 67.
const oldAnswers = { q1: 'd', q2: 'd', q3: 'c', q4: 'c' };
const oldSide = sideFromPoints(firstEdition, 'customer', [6, 4], [50, 50]);

describe('editions of the questions', () => {
  it('read a code of an earlier edition with that edition’s scores, and say which edition', () => {
    const code = encodeResult(firstEdition, { role: 'customer', answers: oldAnswers, expectations: [50, 50] });
    const decoded = decodeCode(code, secondEdition);
    expect(decoded).toMatchObject({ ok: true, edition: { edition: 1, current: false } });
  });

  it('open an earlier result link as an earlier result with its own figures, never as the reader’s answers', () => {
    const code = encodeResult(firstEdition, { role: 'customer', answers: oldAnswers, expectations: [50, 50] });
    const opened = openLink(emptyState, `#uitslag=${code}`, keys, secondEdition);
    expect(opened.outcome).toEqual({ kind: 'earlier', edition: 1 });
    expect(opened.state.progress).toBe(emptyState.progress);
    expect(opened.state.earlier).toEqual([{ id: code, edition: 1, side: oldSide }]);
    expect(oldSide.dimensions).toEqual([100, 67]);
    // The same link twice adds it once.
    expect(openLink(opened.state, `#uitslag=${code}`, keys, secondEdition).state.earlier).toHaveLength(1);
  });

  it('mark an invite of an earlier edition, and the comparison it becomes', () => {
    const code = encodeInvite(firstEdition, oldSide);
    const opened = openLink(emptyState, `#uitslag=${code}`, keys, secondEdition);
    expect(opened.outcome).toEqual({ kind: 'invited', side: oldSide, edition: 1 });
    const answered = withProgress(
      opened.state,
      finishedProgress('supplier', { 'q1-v2': 'a', 'q2-v2': 'a', 'q3-v2': 'a', 'q4-v2': 'a' }, null),
      secondEdition,
    );
    expect(answered.comparisons).toHaveLength(1);
    expect(answered.comparisons[0]).toMatchObject({ them: oldSide, edition: 1 });
  });

  it('refuse a code of an edition nobody recorded, as changed rather than damaged', () => {
    const unknown = { ...firstEdition, questions: firstEdition.questions.map((q) => ({ ...q, id: `${q.id}-x` })) };
    const code = encodeInvite(unknown, oldSide);
    expect(decodeCode(code, secondEdition)).toEqual({ ok: false, problem: 'quiz-changed' });
  });
});

describe('a stored state of an earlier edition', () => {
  // What version 2 of the site stored: the first edition, without an edition field.
  const storedV2 = JSON.stringify({
    v: 2,
    progress: finishedProgress('customer', oldAnswers, [50, 50]),
    invitations: [],
    comparisons: [{ id: 'x', me: oldSide, them: oldSide, reply: null }],
    undo: { ...emptyProgress, role: 'supplier', answers: { q1: 'a' }, index: 1 },
  });

  it('keeps a finished result as an earlier result with its figures, and comparisons as they were, marked', () => {
    const state = parseState(storedV2, secondEdition);
    expect(state.progress).toEqual(emptyProgress);
    expect(state.earlier).toHaveLength(1);
    expect(state.earlier[0]).toMatchObject({ edition: 1, side: oldSide });
    expect(state.comparisons).toEqual([{ id: 'x', me: oldSide, them: oldSide, reply: null, edition: 1 }]);
  });

  it('is kept aside whole before the first write, under a key no other text shares', () => {
    expect(keptAside(storedV2, secondEdition)).toBe(true);
    expect(keptAside('{not json', secondEdition)).toBe(true);
    expect(keptAside(JSON.stringify({ v: 9 }), secondEdition)).toBe(true);
    const current = encodeState(parseState(storedV2, secondEdition), secondEdition);
    expect(keptAside(current, secondEdition)).toBe(false);
    expect(asideKey(storedV2)).not.toBe(asideKey(current));
  });

  it('reads the same state unchanged while its edition is still the current one', () => {
    const state = parseState(storedV2, firstEdition);
    expect(state.progress.finished).toBe(true);
    expect(state.earlier).toEqual([]);
    expect(parseState(encodeState(state, firstEdition), firstEdition)).toEqual(state);
  });

  it('reads a newer format as empty, so the store keeps it aside rather than reading it wrong', () => {
    expect(parseState(JSON.stringify({ v: 4, edition: 3 }), secondEdition)).toEqual(emptyState);
  });
});

describe('the source language of the questions', () => {
  it('is the site’s first language, whose wording an edition fixes', () => {
    expect(SOURCE_LOCALE).toBe(defaultLocale);
  });

  it('makes a new fingerprint for changed source wording, not for a translation or a new language', () => {
    const dimensionIds = ['listening'];
    const question = (nl: string, en: string, extra = {}) =>
      ({
        id: 'q1',
        dimension: 'listening',
        prompt: { nl, en, ...extra },
        options: reversed.map((o) => ({ ...o, label: { nl, en, ...extra } })),
      }) as unknown as QuestionData;
    const base = contentFingerprint(dimensionIds, [question('Wat gebeurde er?', 'What happened?')]);
    expect(contentFingerprint(dimensionIds, [question('Wat gebeurde er toen?', 'What happened?')])).not.toBe(base);
    expect(contentFingerprint(dimensionIds, [question('Wat gebeurde er?', 'What happened then?')])).toBe(base);
    expect(contentFingerprint(dimensionIds, [question('Wat gebeurde er?', 'What happened?', { de: 'Was?' })])).toBe(
      base,
    );
  });
});

describe('the editions file', () => {
  const dimensions = [{ id: 'listening' }, { id: 'tension' }] as DimensionData[];
  const text = { nl: 'x', en: 'x' };
  const questions = [
    { id: 'q1', dimension: 'listening', prompt: text, options: reversed.map((o) => ({ ...o, label: text })) },
  ] as QuestionData[];

  it('tells an editor who changed a question what to add, with the new fingerprint', () => {
    const problems = findEditionProblems(
      [{ edition: 2, date: '2026-12-05', fingerprint: 1, questions: structureOf(questions) }],
      dimensions,
      questions,
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]!.file).toBe('content/quiz/editions.yaml');
    expect(problems[0]!.field).toBe('edition 2.fingerprint');
    expect(problems[0]!.message).toMatch(
      /fingerprint is now \d+\)\. Run npm run quiz:edition: it adds edition 3 at the top/,
    );
  });

  it('asks every edition for its structure, and the current one for the structure of the questions as they are', () => {
    const missing = editionSchema.safeParse({ edition: 1, date: '2026-11-27', fingerprint: 2 });
    expect(missing.success).toBe(false);
    expect(missing.error?.issues[0]?.path).toEqual(['questions']);
    const now = contentFingerprint(['listening', 'tension'], questions);
    const stale = structureOf(questions).map((q) => ({ ...q, options: { ...q.options, a: 0 } }));
    const problems = findEditionProblems(
      [{ edition: 2, date: '2026-12-05', fingerprint: now, questions: stale }],
      dimensions,
      questions,
    ).map((p) => p.field);
    expect(problems).toEqual(['edition 2.questions']);
  });
});
