/**
 * The short codes that carry quiz results between people and browsers, in
 * a URL fragment (never sent to a server). Every code is bytes, encoded as
 * unpadded base64url:
 *
 *   [version, kind, fingerprint (2), ...payload, checksum (2)]
 *
 * Kinds:
 *   result  my own result: role, the option chosen per question, expectations
 *   invite  one side of a relationship: role, points per dimension, expectations
 *   reply   both sides: the inviter's side as it came, then the replier's
 *
 * A side carries points per dimension, not percentages, so its overall score
 * is derived and can never disagree with its dimensions. The fingerprint
 * names the edition of the questions the code was made with (editions.ts):
 * a code of an earlier edition is read with that edition's scores, and says
 * so, rather than against today's wording; one of an unknown edition is
 * refused rather than misread. Version 1 invites (role, overall and dimension
 * percentages) are still read, as made with the first edition.
 */
import { currentEdition, editionByFingerprint, type EditionModel } from './editions';
import { ROLES, type Role } from './roles';
import type { Answers, ScoringModel } from './scoring';

export const CODE_VERSION = 2;
const LEGACY_INVITE_VERSION = 1;
/** Far longer than any valid code; longer input is refused unread. */
const MAX_INPUT = 200;
/** Every kind of code, in byte order; the workshop's codes (lib/workshop/codes) share the format. */
const KINDS = ['result', 'invite', 'reply', 'response', 'team'] as const;
export type CodeKind = (typeof KINDS)[number];
/** The byte that names a kind in a code. */
export const kindByte = (kind: CodeKind) => KINDS.indexOf(kind);

/** One side of a relationship as a comparison needs it. Scores are 0-100. */
export interface Side {
  role: Role;
  overall: number;
  /** One score per dimension, in the quiz's dimension order. */
  dimensions: number[];
  /** What this side expects the other side to answer, per dimension; null when skipped. */
  expectations: number[] | null;
}

/** A reader's own result, complete enough to restore it anywhere. */
export interface ResultRecord {
  role: Role;
  answers: Answers;
  expectations: number[] | null;
}

export type Code =
  | { kind: 'result'; result: ResultRecord }
  | { kind: 'invite'; side: Side }
  | { kind: 'reply'; inviter: Side; replier: Side };

export type CodeProblem =
  | 'empty'
  | 'too-long'
  | 'not-base64'
  | 'checksum'
  | 'newer-version'
  | 'quiz-changed'
  | 'kind'
  | 'length'
  | 'inconsistent';

/** A decoded code and the edition of the questions it was made with. */
export type DecodedCode =
  { ok: true; code: Code; edition: { edition: number; current: boolean } } | { ok: false; problem: CodeProblem };

// ---------------------------------------------------------------- bytes

function toBase64Url(bytes: number[]): string {
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

function fromBase64Url(text: string): number[] | null {
  if (!/^[A-Za-z0-9_-]+$/.test(text) || text.length % 4 === 1) return null;
  try {
    return Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

/** Two bytes of Fletcher-16: catches a changed, swapped or dropped byte. */
function checksum(bytes: number[]): [number, number] {
  let a = 0;
  let b = 0;
  for (const byte of bytes) {
    a = (a + byte) % 255;
    b = (b + a) % 255;
  }
  return [a, b];
}

/** The version 1 invite's one-byte checksum. */
function legacyChecksum(bytes: number[]): number {
  return bytes.reduce((sum, byte, i) => (sum + byte * (i + 1)) % 251, 7);
}

// ---------------------------------------------------------------- the quiz's shape

/** The fingerprint a code made now carries: the current edition's. */
export function quizFingerprint(model: ScoringModel): number {
  return currentEdition(model).fingerprint;
}

const maxOf = (question: ScoringModel['questions'][number]) => Math.max(...question.options.map((o) => o.score));
const percentage = (points: number, max: number) => (max === 0 ? 0 : Math.round((points / max) * 100));

/** The most points each dimension can earn, in dimension order. */
function dimensionMaxima(model: ScoringModel): number[] {
  return model.dimensions.map((d) =>
    model.questions.filter((q) => q.dimension === d.id).reduce((sum, q) => sum + maxOf(q), 0),
  );
}

/** A side from points per dimension: the scores the scoring model would give. */
export function sideFromPoints(model: ScoringModel, role: Role, points: number[], expectations: number[] | null): Side {
  const maxima = dimensionMaxima(model);
  const total = maxima.reduce((a, b) => a + b, 0);
  return {
    role,
    overall: percentage(
      points.reduce((a, b) => a + b, 0),
      total,
    ),
    dimensions: points.map((p, i) => percentage(p, maxima[i]!)),
    expectations,
  };
}

/** Points per dimension earned by a complete set of answers. */
export function pointsOf(model: ScoringModel, answers: Answers): number[] {
  return model.dimensions.map((d) =>
    model.questions
      .filter((q) => q.dimension === d.id)
      .reduce((sum, q) => sum + (q.options.find((o) => o.id === answers[q.id])?.score ?? 0), 0),
  );
}

/** Expectations are whole tens from 0 to 100, so a code spends one byte on each. */
export const EXPECTATION_STEP = 10;
const isExpectation = (n: number) => Number.isInteger(n) && n >= 0 && n <= 100 && n % EXPECTATION_STEP === 0;

// ---------------------------------------------------------------- encoding

function expectationBytes(expectations: number[] | null, dimensionCount: number): number[] {
  if (expectations === null) return [0];
  if (expectations.length !== dimensionCount || !expectations.every(isExpectation)) {
    throw new RangeError(`expectations must be ${dimensionCount} multiples of ${EXPECTATION_STEP} from 0 to 100`);
  }
  return [1, ...expectations.map((e) => e / EXPECTATION_STEP)];
}

/** A side as bytes: its role, the points per dimension and its expectations. */
export function sideBytes(model: ScoringModel, side: { role: Role; points: number[]; expectations: number[] | null }) {
  const maxima = dimensionMaxima(model);
  if (
    side.points.length !== maxima.length ||
    side.points.some((p, i) => !Number.isInteger(p) || p < 0 || p > maxima[i]!)
  ) {
    throw new RangeError('points must be whole numbers within each dimension’s maximum');
  }
  return [ROLES.indexOf(side.role), ...side.points, ...expectationBytes(side.expectations, maxima.length)];
}

/** Points per dimension back from a side's scores (exact: scores were made from points). */
export function pointsFromSide(model: ScoringModel, side: Side): number[] {
  const maxima = dimensionMaxima(model);
  return side.dimensions.map((score, i) => Math.round((score / 100) * maxima[i]!));
}

/** A code of any kind: header, payload and checksum, as base64url. */
export function wrapCode(model: ScoringModel, kind: CodeKind, payload: number[]): string {
  const fingerprint = quizFingerprint(model);
  const bytes = [CODE_VERSION, KINDS.indexOf(kind), fingerprint >> 8, fingerprint & 0xff, ...payload];
  return toBase64Url([...bytes, ...checksum(bytes)]);
}

/** A result code: everything needed to show this result again, in any browser. */
export function encodeResult(model: ScoringModel, result: ResultRecord): string {
  const choices = model.questions.map((q) => {
    const index = q.options.findIndex((o) => o.id === result.answers[q.id]);
    if (index < 0) throw new RangeError(`no answer for ${q.id}`);
    return index;
  });
  return wrapCode(model, 'result', [
    ROLES.indexOf(result.role),
    ...choices,
    ...expectationBytes(result.expectations, model.dimensions.length),
  ]);
}

/** An invite code: one side, for the other side of the relationship. */
export function encodeInvite(model: ScoringModel, side: Side): string {
  return wrapCode(model, 'invite', sideBytes(model, { ...side, points: pointsFromSide(model, side) }));
}

/** A reply code: the inviter's side as it arrived and the replier's, so the inviter sees both anywhere. */
export function encodeReply(model: ScoringModel, inviter: Side, replier: Side): string {
  return wrapCode(model, 'reply', [
    ...sideBytes(model, { ...inviter, points: pointsFromSide(model, inviter) }),
    ...sideBytes(model, { ...replier, points: pointsFromSide(model, replier) }),
  ]);
}

// ---------------------------------------------------------------- decoding

/** Reads bytes from the front; every read checks its range and says so when it fails. */
export class Reader {
  private position = 0;
  constructor(private readonly bytes: number[]) {}
  get done() {
    return this.position === this.bytes.length;
  }
  next(max: number): number | null {
    const value = this.bytes[this.position];
    if (value === undefined || value > max) return null;
    this.position += 1;
    return value;
  }
}

function readExpectations(reader: Reader, count: number): number[] | null | undefined {
  const flag = reader.next(1);
  if (flag === null) return undefined;
  if (flag === 0) return null;
  const values: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const value = reader.next(100 / EXPECTATION_STEP);
    if (value === null) return undefined;
    values.push(value * EXPECTATION_STEP);
  }
  return values;
}

export function readSide(reader: Reader, model: ScoringModel): Side | null {
  const role = reader.next(ROLES.length - 1);
  if (role === null) return null;
  const points: number[] = [];
  for (const max of dimensionMaxima(model)) {
    const value = reader.next(max);
    if (value === null) return null;
    points.push(value);
  }
  const expectations = readExpectations(reader, model.dimensions.length);
  if (expectations === undefined) return null;
  return sideFromPoints(model, ROLES[role]!, points, expectations);
}

function readResult(reader: Reader, model: ScoringModel): ResultRecord | null {
  const role = reader.next(ROLES.length - 1);
  if (role === null) return null;
  const answers: Record<string, string> = {};
  for (const question of model.questions) {
    const index = reader.next(question.options.length - 1);
    if (index === null) return null;
    answers[question.id] = question.options[index]!.id;
  }
  const expectations = readExpectations(reader, model.dimensions.length);
  if (expectations === undefined) return null;
  return { role: ROLES[role]!, answers, expectations };
}

/**
 * A version 1 invite: [1, role, overall, ...dimension scores, checksum].
 * It carried its overall score beside the dimensions, so that pair must agree.
 */
function decodeLegacyInvite(bytes: number[], model: ScoringModel): DecodedCode {
  const count = model.dimensions.length;
  if (bytes.length !== count + 4) return { ok: false, problem: 'length' };
  if (legacyChecksum(bytes.slice(0, -1)) !== bytes.at(-1)) return { ok: false, problem: 'checksum' };
  const role = ROLES[bytes[1]!];
  const [overall, ...dimensions] = bytes.slice(2, -1);
  if (!role || overall === undefined || ![overall, ...dimensions].every((n) => n <= 100)) {
    return { ok: false, problem: 'inconsistent' };
  }
  // With equal weights, the overall score is the mean of the dimensions, give or take rounding.
  const mean = dimensions.reduce((a, b) => a + b, 0) / count;
  if (Math.abs(mean - overall) > 2) return { ok: false, problem: 'inconsistent' };
  // Made before editions were named: with the first edition's questions, or older ones.
  const first = model.editions.at(-1)?.edition ?? 1;
  return {
    ok: true,
    code: { kind: 'invite', side: { role, overall, dimensions, expectations: null } },
    edition: { edition: first, current: first === currentEdition(model).edition },
  };
}

/** A code's bytes, or why the text cannot be one. `maxInput` caps what is read at all. */
export function codeBytes(text: string, maxInput = MAX_INPUT): number[] | CodeProblem {
  if (!text) return 'empty';
  if (text.length > maxInput) return 'too-long';
  const bytes = fromBase64Url(text);
  return !bytes || bytes.length < 2 ? 'not-base64' : bytes;
}

export type OpenedCode =
  { ok: true; kind: CodeKind; reader: Reader; edition: EditionModel } | { ok: false; problem: CodeProblem };

/** The checks every version 2 code passes: version, checksum, a known edition and kind. Read it with the edition's model. */
export function openCode(bytes: number[], model: ScoringModel): OpenedCode {
  if (bytes[0]! > CODE_VERSION) return { ok: false, problem: 'newer-version' };
  if (bytes[0] !== CODE_VERSION || bytes.length < 7) return { ok: false, problem: 'length' };
  const body = bytes.slice(0, -2);
  const [a, b] = checksum(body);
  if (bytes.at(-2) !== a || bytes.at(-1) !== b) return { ok: false, problem: 'checksum' };
  const edition = editionByFingerprint(model, (body[2]! << 8) | body[3]!);
  if (!edition) return { ok: false, problem: 'quiz-changed' };
  const kind = KINDS[body[1]!];
  if (!kind) return { ok: false, problem: 'kind' };
  return { ok: true, kind, reader: new Reader(body.slice(4)), edition };
}

/** Decodes any code for this quiz. Every way input can be wrong gives a reason, never an exception. */
export function decodeCode(text: string, quiz: ScoringModel): DecodedCode {
  const bytes = codeBytes(text);
  if (typeof bytes === 'string') return { ok: false, problem: bytes };
  if (bytes[0] === LEGACY_INVITE_VERSION) return decodeLegacyInvite(bytes, quiz);
  const opened = openCode(bytes, quiz);
  if (!opened.ok) return opened;
  const { kind, reader } = opened;
  // Read with the scores of the edition the code was made with.
  const { model, edition, current } = opened.edition;
  let code: Code | null = null;
  if (kind === 'result') {
    const result = readResult(reader, model);
    code = result && { kind, result };
  } else if (kind === 'invite') {
    const side = readSide(reader, model);
    code = side && { kind, side };
  } else if (kind === 'reply') {
    const inviter = readSide(reader, model);
    const replier = inviter && readSide(reader, model);
    code = inviter && replier && { kind, inviter, replier };
  } else {
    // A workshop code: read on the workshop page, not here.
    return { ok: false, problem: 'kind' };
  }
  if (!code) return { ok: false, problem: 'inconsistent' };
  if (!reader.done) return { ok: false, problem: 'length' };
  return { ok: true, code, edition: { edition, current } };
}

/**
 * The code in a URL fragment such as "#spiegel=AQE…", and its key, if there is
 * one. `keys` are the fragment keys of every language and kind: a link made
 * on the Dutch page opens on the English one too. The code says its own kind.
 */
export function codeFromHash(hash: string, keys: readonly string[]): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  for (const key of keys) {
    const value = params.get(key);
    if (value !== null) return value;
  }
  return null;
}

/** The other side of the relationship. */
export function otherRole(role: Role): Role {
  return role === 'customer' ? 'supplier' : 'customer';
}
