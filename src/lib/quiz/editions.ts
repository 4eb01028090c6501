/**
 * Editions of the quiz's questions. A code, a stored result and (later) a
 * benchmark count carry the fingerprint of the edition they were made with,
 * so a link made before the questions were rewritten opens with its own
 * figures, scored by its own edition, and is never read against new wording.
 *
 * content/quiz/editions.yaml lists every edition, newest first: the newest is
 * the one in questions.yaml; each keeps the structure (question ids,
 * dimensions, option scores) that its links need, and no text, so that after
 * a change the previous edition is already complete (npm run quiz:edition).
 */
import type { EditionData, QuestionData } from './schema';
import type { ScoringModel } from './scoring';

export interface Edition {
  edition: number;
  /** The day it went live, YYYY-MM-DD. */
  date: string;
  /** 16 bits, as codes carry it. */
  fingerprint: number;
  /** Its questions' structure, as its codes counted the options. */
  questions: ScoringModel['questions'];
}

/** A 16-bit FNV-1a hash of a text. */
export function fnv16(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return (hash ^ (hash >>> 16)) & 0xffff;
}

/**
 * The language the questions are written in and the others translate: its
 * wording is what an edition fixes. (The first of src/i18n/locales.ts; a
 * unit test holds the two together. Kept here so that the editors' tool runs
 * on plain Node.) A new language, or a corrected translation, is no new
 * edition; a changed Dutch question is.
 */
export const SOURCE_LOCALE = 'nl';

/**
 * The fingerprint of the questions as written: dimension order, questions,
 * options, scores and every word of the source language. Any change gives
 * another fingerprint, and the build then asks for a new edition.
 */
export function contentFingerprint(dimensionIds: readonly string[], questions: readonly QuestionData[]): number {
  const text = (localized: Record<string, string>) => localized[SOURCE_LOCALE] ?? '';
  return fnv16(
    JSON.stringify([
      dimensionIds,
      questions.map((q) => [q.id, q.dimension, text(q.prompt), q.options.map((o) => [o.id, o.score, text(o.label)])]),
    ]),
  );
}

/** What an edition keeps of its questions, as editions.yaml lists it: per question its dimension and each option's score. */
export function structureOf(questions: readonly QuestionData[]): NonNullable<EditionData['questions']> {
  return questions.map((q) => ({
    id: q.id,
    dimension: q.dimension,
    options: Object.fromEntries(q.options.map((o) => [o.id, o.score])),
  }));
}

/** The structure-only fingerprint that codes carried before editions were named (edition 1). */
export function structureFingerprint(model: Pick<ScoringModel, 'dimensions' | 'questions'>): number {
  return fnv16(
    [
      model.dimensions.map((d) => d.id).join(','),
      ...model.questions.map((q) => `${q.id}:${q.dimension}:${q.options.map((o) => `${o.id}${o.score}`).join('')}`),
    ].join('|'),
  );
}

/** The edition this quiz is: the newest listed, or, for a model without editions (tests), its structure. */
export function currentEdition(model: ScoringModel): { edition: number; fingerprint: number } {
  const newest = model.editions[0];
  return newest ?? { edition: 1, fingerprint: structureFingerprint(model) };
}

/** An edition's own scoring model, found by the fingerprint a code or a stored state carries. */
export interface EditionModel {
  edition: number;
  current: boolean;
  model: ScoringModel;
}

export function editionByFingerprint(model: ScoringModel, fingerprint: number): EditionModel | null {
  const current = currentEdition(model);
  if (fingerprint === current.fingerprint) return { edition: current.edition, current: true, model };
  const earlier = model.editions.find((e) => e.fingerprint === fingerprint);
  if (!earlier) return null;
  return {
    edition: earlier.edition,
    current: false,
    model: {
      dimensions: model.dimensions,
      questions: earlier.questions,
      stages: model.stages,
      editions: model.editions,
    },
  };
}

/** An edition by its number, as a stored state names it. */
export function editionByNumber(model: ScoringModel, edition: number): EditionModel | null {
  const current = currentEdition(model);
  if (edition === current.edition) return editionByFingerprint(model, current.fingerprint);
  const earlier = model.editions.find((e) => e.edition === edition);
  return earlier ? editionByFingerprint(model, earlier.fingerprint) : null;
}

/** An edition as editions.yaml writes it, as codes read it: an earlier one's options in id order, as its codes counted them. */
export function editionFromContent({ edition, date, fingerprint, questions }: EditionData): Edition {
  return {
    edition,
    date,
    fingerprint,
    questions: questions.map((q) => ({
      id: q.id,
      dimension: q.dimension,
      options: Object.entries(q.options)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([id, score]) => ({ id, score })),
    })),
  };
}
