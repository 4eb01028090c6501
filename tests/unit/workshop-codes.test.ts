import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCode, encodeInvite, sideFromPoints } from '@/lib/quiz/codes';
import { encodeResponse, MAX_RESPONDENTS, sessionFromText, sessionText, type Respondent } from '@/lib/workshop/codes';
import { decodeWorkshopCode, encodeTeam } from '@/lib/workshop/team-codes';
import { model } from './quiz-model';

const role = fc.constantFrom('customer' as const, 'supplier' as const);
const expectations = fc.option(
  fc.array(
    fc.integer({ min: 0, max: 10 }).map((n) => n * 10),
    { minLength: 2, maxLength: 2 },
  ),
  { nil: null },
);
const id = fc.integer({ min: 0, max: 2 ** 24 - 1 });
const respondents = fc.record({
  id,
  revision: fc.integer({ min: 0, max: 255 }),
  side: fc
    .record({ role, points: fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 2, maxLength: 2 }), expectations })
    .map(({ role: r, points, expectations: e }) => sideFromPoints(model, r, points, e)),
});

const someone = (n: number, over: Partial<Respondent> = {}): Respondent => ({
  id: n,
  revision: 0,
  side: sideFromPoints(model, n % 2 ? 'supplier' : 'customer', [n % 7, (n * 3) % 7], null),
  ...over,
});

describe('workshop codes', () => {
  it('a response code carries its session, respondent, revision and side, and nothing else', () => {
    fc.assert(
      fc.property(id, respondents, (session, respondent) => {
        const decoded = decodeWorkshopCode(encodeResponse(model, session, respondent), model);
        expect(decoded).toEqual({ ok: true, code: { kind: 'response', session, respondent } });
      }),
    );
  });

  it('a team code carries every respondent in order', () => {
    fc.assert(
      fc.property(id, fc.array(respondents, { maxLength: 12 }), (session, list) => {
        const decoded = decodeWorkshopCode(encodeTeam(model, { session, respondents: list }), model);
        expect(decoded).toEqual({ ok: true, code: { kind: 'team', session, respondents: list } });
      }),
    );
  });

  it('keeps a response short enough to send in a chat, and thirty people well inside a URL', () => {
    const full = { ...someone(1), side: sideFromPoints(model, 'supplier', [3, 4], [30, 70]) };
    expect(encodeResponse(model, 99, full).length).toBeLessThanOrEqual(32);
    const thirty = Array.from({ length: 30 }, (_, n) => ({ ...someone(n), side: full.side }));
    expect(encodeTeam(model, { session: 1, respondents: thirty }).length).toBeLessThan(700);
  });

  it('refuses more respondents than a team holds, when writing and when reading', () => {
    const many = Array.from({ length: MAX_RESPONDENTS + 1 }, (_, n) => someone(n));
    expect(() => encodeTeam(model, { session: 1, respondents: many })).toThrow(RangeError);
    const code = encodeTeam(model, { session: 1, respondents: many.slice(0, MAX_RESPONDENTS) });
    expect(decodeWorkshopCode(code, model).ok).toBe(true);
  });

  it('names what is wrong with a damaged, cut-off, foreign or changed code', () => {
    const code = encodeResponse(model, 7, someone(3));
    const changed = `${code.slice(0, 10)}${code[10] === 'B' ? 'C' : 'B'}${code.slice(11)}`;
    expect(decodeWorkshopCode(changed, model)).toEqual({ ok: false, problem: 'checksum' });
    expect(decodeWorkshopCode(code.slice(0, 16), model)).toEqual({ ok: false, problem: 'length' });
    expect(decodeWorkshopCode('', model)).toEqual({ ok: false, problem: 'empty' });
    expect(decodeWorkshopCode('<b>hi</b>', model)).toEqual({ ok: false, problem: 'not-base64' });
    const invite = encodeInvite(model, someone(2).side);
    expect(decodeWorkshopCode(invite, model)).toEqual({ ok: false, problem: 'not-workshop' });
    const otherQuiz = { ...model, dimensions: [{ id: 'listening' }, { id: 'trust' }] };
    expect(decodeWorkshopCode(code, otherQuiz)).toEqual({ ok: false, problem: 'quiz-changed' });
    // The quiz's own decoder leaves workshop codes alone.
    expect(decodeCode(code, model)).toEqual({ ok: false, problem: 'kind' });
  });

  it('writes a session as four characters of a link and reads it back', () => {
    fc.assert(
      fc.property(id, (session) => {
        expect(sessionFromText(sessionText(session))).toBe(session);
      }),
    );
    expect(sessionText(0)).toMatch(/^[\w-]{4}$/);
    for (const bad of [null, '', 'abc', 'abcde', 'ab+c']) expect(sessionFromText(bad)).toBeNull();
  });
});
