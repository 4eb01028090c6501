import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  codeFromHash,
  decodeCode,
  encodeInvite,
  encodeReply,
  encodeResult,
  otherRole,
  quizFingerprint,
  sideFromPoints,
  type Side,
} from '@/lib/quiz/codes';
import type { Answers } from '@/lib/quiz/scoring';
import { model } from './quiz-model';

const role = fc.constantFrom('customer' as const, 'supplier' as const);
const expectations = fc.option(
  fc.array(
    fc.integer({ min: 0, max: 10 }).map((n) => n * 10),
    { minLength: 2, maxLength: 2 },
  ),
  {
    nil: null,
  },
);
const sides = fc
  .record({ role, points: fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 2, maxLength: 2 }), expectations })
  .map(({ role: r, points, expectations: e }) => sideFromPoints(model, r, points, e));
const answers = fc
  .array(fc.constantFrom('a', 'b', 'c', 'd'), { minLength: 4, maxLength: 4 })
  .map((ids) => Object.fromEntries(ids.map((id, i) => [`q${i + 1}`, id])) as Answers);

/** Base64url of raw bytes, to build tampered codes by hand. */
const raw = (bytes: number[]) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
const bytesOf = (text: string) => Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
function fletcher(bytes: number[]) {
  let a = 0;
  let b = 0;
  for (const byte of bytes) {
    a = (a + byte) % 255;
    b = (b + a) % 255;
  }
  return [a, b];
}
/** Re-signs changed bytes, so a test reaches the checks behind the checksum. */
const signed = (body: number[]) => raw([...body, ...fletcher(body)]);

const side: Side = sideFromPoints(model, 'customer', [4, 1], [30, 80]);

/** A model without editions is its own first edition. */
const current = { edition: 1, current: true };

describe('codes', () => {
  it('round-trip every result, invite and reply', () => {
    fc.assert(
      fc.property(role, answers, expectations, (r, a, e) => {
        expect(decodeCode(encodeResult(model, { role: r, answers: a, expectations: e }), model)).toEqual({
          ok: true,
          code: { kind: 'result', result: { role: r, answers: a, expectations: e } },
          edition: current,
        });
      }),
    );
    fc.assert(
      fc.property(sides, (s) => {
        expect(decodeCode(encodeInvite(model, s), model)).toEqual({
          ok: true,
          code: { kind: 'invite', side: s },
          edition: current,
        });
      }),
    );
    fc.assert(
      fc.property(sides, sides, (a, b) => {
        expect(decodeCode(encodeReply(model, a, b), model)).toEqual({
          ok: true,
          code: { kind: 'reply', inviter: a, replier: b },
          edition: current,
        });
      }),
    );
  });

  it('derive the overall score from the dimensions, so the two can never disagree', () => {
    expect(side.overall).toBe(Math.round(((4 + 1) / 12) * 100));
    expect(side.dimensions).toEqual([67, 17]);
  });

  it('stay short enough for any chat message', () => {
    expect(encodeReply(model, side, side).length).toBeLessThan(40);
  });

  it('give a reason for every kind of broken input, never an exception', () => {
    const invite = encodeInvite(model, side);
    const body = bytesOf(invite).slice(0, -2);
    const cases: [string, string][] = [
      ['empty', ''],
      ['too-long', 'A'.repeat(500)],
      ['not-base64', 'not a code!'],
      ['checksum', raw([...body, 0, 0])],
      ['newer-version', signed([3, ...body.slice(1)])],
      ['quiz-changed', signed([body[0]!, body[1]!, body[2]! ^ 0xff, body[3]!, ...body.slice(4)])],
      ['kind', signed([body[0]!, 9, ...body.slice(2)])],
      ['inconsistent', signed([...body.slice(0, 5), 7, ...body.slice(6)])],
      ['length', signed([...body, 0])],
    ];
    for (const [problem, text] of cases) expect(decodeCode(text, model), problem).toEqual({ ok: false, problem });
  });

  it('refuse random input with a reason', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        const decoded = decodeCode(text, model);
        if (!decoded.ok) expect(typeof decoded.problem).toBe('string');
      }),
    );
  });

  it('still read version 1 invites, and refuse inconsistent ones', () => {
    const legacy = (bytes: number[]) =>
      raw([...bytes, bytes.reduce((sum, byte, i) => (sum + byte * (i + 1)) % 251, 7)]);
    expect(decodeCode(legacy([1, 1, 50, 40, 60]), model)).toEqual({
      ok: true,
      code: { kind: 'invite', side: { role: 'supplier', overall: 50, dimensions: [40, 60], expectations: null } },
      edition: current,
    });
    // Overall 0 with every dimension at 100: the checksum holds, the content does not.
    expect(decodeCode(legacy([1, 0, 0, 100, 100]), model)).toEqual({ ok: false, problem: 'inconsistent' });
  });

  it('change their fingerprint when the quiz changes', () => {
    const changed = { ...model, questions: model.questions.map((q, i) => (i === 0 ? { ...q, id: 'q1-new' } : q)) };
    expect(quizFingerprint(changed)).not.toBe(quizFingerprint(model));
    expect(decodeCode(encodeInvite(model, side), changed)).toEqual({ ok: false, problem: 'quiz-changed' });
  });

  it('are found in a fragment under any language’s key', () => {
    const keys = ['spiegel', 'mirror', 'antwoord'];
    expect(codeFromHash('#spiegel=AbC', keys)).toBe('AbC');
    expect(codeFromHash('#antwoord=XyZ', keys)).toBe('XyZ');
    expect(codeFromHash('#reeks', keys)).toBeNull();
    expect(codeFromHash('', keys)).toBeNull();
    expect(otherRole('customer')).toBe('supplier');
  });
});
