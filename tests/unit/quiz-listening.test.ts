import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Side } from '@/lib/quiz/codes';
import { blindSpots, compareSides, GAP_THRESHOLD, listeningScore, mainFinding } from '@/lib/quiz/listening';

const score = fc.integer({ min: 0, max: 100 });
const scores = fc.array(score, { minLength: 6, maxLength: 6 });
const side = (dimensions: number[], expectations: number[] | null = null, role: Side['role'] = 'customer'): Side => ({
  role,
  overall: Math.round(dimensions.reduce((a, b) => a + b, 0) / dimensions.length),
  dimensions,
  expectations,
});

describe('listening score', () => {
  it('is 100 when every expectation is exact, and null when there were none', () => {
    fc.assert(
      fc.property(scores, (actual) => {
        expect(listeningScore(actual, actual)).toBe(100);
      }),
    );
    expect(listeningScore(null, [50, 50])).toBeNull();
  });

  it('stays within 0 to 100', () => {
    fc.assert(
      fc.property(scores, scores, (expected, actual) => {
        const value = listeningScore(expected, actual)!;
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(100);
      }),
    );
  });

  it('never rises when an expectation moves away from the answer', () => {
    fc.assert(
      fc.property(scores, scores, fc.nat(5), fc.integer({ min: 1, max: 50 }), (expected, actual, i, step) => {
        const further = [...expected];
        const direction = expected[i]! >= actual[i]! ? 1 : -1;
        further[i] = Math.min(100, Math.max(0, expected[i]! + direction * step));
        expect(listeningScore(further, actual)!).toBeLessThanOrEqual(listeningScore(expected, actual)!);
      }),
    );
  });

  it('is the same whichever side is called "me"', () => {
    fc.assert(
      fc.property(scores, scores, scores, scores, (a, b, ea, eb) => {
        const forward = compareSides(side(a, ea), side(b, eb, 'supplier'));
        const backward = compareSides(side(b, eb, 'supplier'), side(a, ea));
        expect(forward.map((r) => r.gap).sort()).toEqual(backward.map((r) => r.gap).sort());
        expect(blindSpots(forward).length).toBe(blindSpots(backward).length);
      }),
    );
  });
});

describe('comparison', () => {
  it('orders dimensions by the size of the gap, largest first', () => {
    fc.assert(
      fc.property(scores, scores, (a, b) => {
        const gaps = compareSides(side(a), side(b)).map((r) => r.gap);
        expect(gaps).toEqual([...gaps].sort((x, y) => y - x));
      }),
    );
  });

  it('names a blind spot: "you expected them to rate it 70; they rate it 30"', () => {
    const me = side([60, 60, 60, 60, 60, 60], [70, 60, 60, 60, 60, 60]);
    const them = side([30, 60, 60, 60, 60, 60], null, 'supplier');
    const rows = compareSides(me, them);
    expect(blindSpots(rows)).toEqual([{ index: 0, who: 'me', expected: 70, actual: 30 }]);
    expect(mainFinding(rows)).toEqual({ kind: 'blind-spot', spot: { index: 0, who: 'me', expected: 70, actual: 30 } });
  });

  it('leads with the widest gap without expectations, and with agreement when no gap is wide', () => {
    const rows = compareSides(side([80, 50, 50, 50, 50, 50]), side([20, 45, 50, 50, 50, 50], null, 'supplier'));
    expect(mainFinding(rows)).toEqual({ kind: 'gap', index: 0, mine: 80, theirs: 20 });
    const close = compareSides(side([50, 50, 50, 50, 50, 50]), side([50 + GAP_THRESHOLD - 1, 50, 50, 50, 50, 50]));
    expect(mainFinding(close)).toEqual({ kind: 'agree' });
  });
});
