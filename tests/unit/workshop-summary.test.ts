import { describe, expect, it } from 'vitest';
import { sideFromPoints } from '@/lib/quiz/codes';
import type { Role } from '@/lib/quiz/roles';
import type { Respondent } from '@/lib/workshop/codes';
import { median, spread, summarise } from '@/lib/workshop/summary';
import { model } from './quiz-model';

let next = 0;
const person = (role: Role, points: [number, number], expectations: number[] | null = null): Respondent => ({
  id: (next += 1),
  revision: 0,
  side: sideFromPoints(model, role, points, expectations),
});

describe('team summary', () => {
  it('takes the middle value, and the mean of the middle two for an even count', () => {
    expect(median([])).toBeNull();
    expect(median([67, 0, 33])).toBe(33);
    expect(median([0, 33, 67, 100])).toBe(50);
    expect(spread([50, 50, 50])).toBe(0);
    expect(spread([17, 50, 83])).toBe(22);
  });

  it('gives each side’s figures per dimension and the gap between the medians, widest first', () => {
    const summary = summarise(model, [
      person('customer', [1, 6]),
      person('customer', [2, 6]),
      person('customer', [3, 5]),
      person('supplier', [5, 6]),
      person('supplier', [6, 5]),
      person('supplier', [6, 6]),
    ]);
    const [first, second] = summary.rows;
    expect(first).toMatchObject({ index: 0, gap: 67 });
    expect(first!.sides.customer).toEqual({
      scores: [17, 33, 50],
      median: 33,
      lowest: 17,
      highest: 50,
      spread: 11,
      expected: null,
    });
    expect(first!.sides.supplier!.median).toBe(100);
    expect(second).toMatchObject({ index: 1, gap: 0 });
    expect(summary.findings[0]).toEqual({ kind: 'gap', index: 0, customer: 33, supplier: 100 });
    expect(summary.sides.customer).toMatchObject({ count: 3, thin: false, predicted: 0, listening: null });
  });

  it('names a side that disagrees with itself, and a side that misread the other', () => {
    const summary = summarise(model, [
      person('customer', [0, 3], [90, 50]),
      person('customer', [6, 3], [90, 50]),
      person('customer', [3, 3], [80, 50]),
      person('supplier', [3, 3]),
      person('supplier', [3, 3]),
      person('supplier', [3, 3]),
    ]);
    expect(summary.findings).toContainEqual({ kind: 'split', role: 'customer', index: 0, lowest: 0, highest: 100 });
    expect(summary.findings).toContainEqual({
      kind: 'blind-spot',
      role: 'customer',
      index: 0,
      expected: 90,
      actual: 50,
    });
    expect(summary.findings.some((f) => f.kind === 'split' && f.role === 'supplier')).toBe(false);
    // Expected 90 and 50 against medians 50 and 50: forty and zero points off, twenty on average.
    expect(summary.sides.customer).toMatchObject({ predicted: 3, listening: 80 });
  });

  it('marks a side of fewer than three as thin, and says nothing of agreement with one side only', () => {
    const summary = summarise(model, [person('customer', [3, 3]), person('customer', [3, 4])]);
    expect(summary.sides.customer.thin).toBe(true);
    expect(summary.sides.supplier).toMatchObject({ count: 0, thin: true, overall: null, stageId: null });
    expect(summary.rows.every((row) => row.gap === null && row.sides.supplier === null)).toBe(true);
    expect(summary.findings).toEqual([]);
  });

  it('says the sides agree when nothing passes a threshold', () => {
    const summary = summarise(model, [person('customer', [3, 3]), person('supplier', [4, 3])]);
    expect(summary.findings).toEqual([{ kind: 'agree' }]);
  });
});
