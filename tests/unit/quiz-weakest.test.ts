import { describe, expect, it } from 'vitest';
import { weakestDimensions } from '@/lib/quiz/weakest';

describe('weakestDimensions', () => {
  it('leads with the lowest dimension, then the next lowest', () => {
    expect(weakestDimensions([67, 17, 83, 50, 100, 33])).toEqual([1, 5]);
  });

  it('keeps the quiz order between equal scores', () => {
    expect(weakestDimensions([50, 33, 83, 33, 33, 100])).toEqual([1, 3]);
  });

  it('gives one dimension when only one is below the rest', () => {
    expect(weakestDimensions([83, 83, 83, 50, 83, 83])).toEqual([3]);
  });

  it('gives none for a flat profile, low or high', () => {
    expect(weakestDimensions([50, 50, 50, 50, 50, 50])).toEqual([]);
    expect(weakestDimensions([100, 100, 100, 100, 100, 100])).toEqual([]);
  });
});
