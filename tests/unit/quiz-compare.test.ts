import { describe, expect, it } from 'vitest';
import { GAP_THRESHOLD, largestGaps, sideBySide } from '@/lib/quiz/compare';

const ids = ['listening', 'goals', 'tension'];

describe('side by side', () => {
  it('puts each score under the right role, whoever answered first', () => {
    const asSupplier = sideBySide(
      ids,
      { role: 'supplier', dimensions: { listening: 80, goals: 50, tension: 20 } },
      { role: 'customer', dimensions: [30, 50, 70] },
    );
    expect(asSupplier).toEqual([
      { id: 'listening', customer: 30, supplier: 80, gap: 50 },
      { id: 'goals', customer: 50, supplier: 50, gap: 0 },
      { id: 'tension', customer: 70, supplier: 20, gap: 50 },
    ]);
    const asCustomer = sideBySide(
      ids,
      { role: 'customer', dimensions: { listening: 30, goals: 50, tension: 70 } },
      { role: 'supplier', dimensions: [80, 50, 20] },
    );
    expect(asCustomer).toEqual(asSupplier);
  });

  it('lists the largest gaps first, from the threshold up', () => {
    const rows = [
      { id: 'a', customer: 0, supplier: GAP_THRESHOLD - 1, gap: GAP_THRESHOLD - 1 },
      { id: 'b', customer: 0, supplier: GAP_THRESHOLD, gap: GAP_THRESHOLD },
      { id: 'c', customer: 90, supplier: 10, gap: 80 },
      { id: 'd', customer: 10, supplier: 50, gap: 40 },
      { id: 'e', customer: 10, supplier: 40, gap: 30 },
    ];
    expect(largestGaps(rows).map((r) => r.id)).toEqual(['c', 'd', 'e']);
    expect(largestGaps(rows, 5).map((r) => r.id)).toEqual(['c', 'd', 'e', 'b']);
  });
});
