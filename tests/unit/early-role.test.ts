import { afterEach, describe, expect, it, vi } from 'vitest';
import { takeEarlyRole } from '@/islands/quiz/early-role';

/** A page at `address`; returns the addresses the function wrote back. */
function openAt(address: string) {
  const url = new URL(address, 'https://example.org');
  const written: string[] = [];
  vi.stubGlobal('location', url);
  vi.stubGlobal('history', { state: null, replaceState: (_: unknown, __: string, to: string) => written.push(to) });
  return written;
}

describe('takeEarlyRole', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reads the role the native form sent and takes the query out, keeping the fragment', () => {
    const written = openAt('/workshop/meedoen/?role=supplier#sessie=AbCd');
    expect(takeEarlyRole()).toBe('supplier');
    expect(written).toEqual(['/workshop/meedoen/#sessie=AbCd']);
  });

  it('takes an unknown role out of the address without starting', () => {
    const written = openAt('/quiz/?role=%3Cb%3Eadmin%3C%2Fb%3E');
    expect(takeEarlyRole()).toBeNull();
    expect(written).toEqual(['/quiz/']);
  });

  it('leaves an address without a role alone', () => {
    const written = openAt('/quiz/#uitnodiging=x');
    expect(takeEarlyRole()).toBeNull();
    expect(written).toEqual([]);
  });
});
