/** The publisher line under every essay and on the about page: a description until the firm is named. */
import { describe, expect, it } from 'vitest';
import { publisherLine } from '@/lib/publisher';

describe('the publisher line', () => {
  it('describes the firm while no name is set', () => {
    expect(publisherLine('nl', '')).toBe('Uitgegeven door een Nederlandse leverancier van professionele diensten');
    expect(publisherLine('en', '  ')).toBe('Published by a Dutch professional-services firm');
  });

  it('names the firm once a name is set', () => {
    expect(publisherLine('nl', 'Voorbeeld B.V.')).toBe(
      'Uitgegeven door Voorbeeld B.V., een Nederlandse leverancier van professionele diensten',
    );
    expect(publisherLine('en', 'Voorbeeld B.V.')).toBe(
      'Published by Voorbeeld B.V., a Dutch professional-services firm',
    );
  });
});
