import { afterEach, describe, expect, it, vi } from 'vitest';
import { takeEarlyStart } from '@/islands/quiz/early-start';

/** A page at `address`; returns the addresses the function wrote back. */
function openAt(address: string) {
  const url = new URL(address, 'https://example.org');
  const written: string[] = [];
  vi.stubGlobal('location', url);
  vi.stubGlobal('history', { state: null, replaceState: (_: unknown, __: string, to: string) => written.push(to) });
  return written;
}

describe('takeEarlyStart', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reads the role the native form sent and takes the query out, keeping the fragment', () => {
    const written = openAt('/workshop/meedoen/?role=supplier&start=#sessie=AbCd');
    expect(takeEarlyStart()).toEqual({ role: 'supplier' });
    expect(written).toEqual(['/workshop/meedoen/#sessie=AbCd']);
  });

  it('tells a Start tapped without a role', () => {
    const written = openAt('/quiz/?start=#spiegel=x');
    expect(takeEarlyStart()).toEqual({ role: null });
    expect(written).toEqual(['/quiz/#spiegel=x']);
  });

  it('takes an unknown role out of the address without choosing it', () => {
    const written = openAt('/quiz/?role=%3Cb%3Eadmin%3C%2Fb%3E&start=');
    expect(takeEarlyStart()).toEqual({ role: null });
    expect(written).toEqual(['/quiz/']);
  });

  it('leaves an address without a tap alone', () => {
    const written = openAt('/quiz/?utm_source=linkedin#uitnodiging=x');
    expect(takeEarlyStart()).toBeNull();
    expect(written).toEqual([]);
  });
});
