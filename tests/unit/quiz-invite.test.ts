import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeInvite, encodeInvite, inviteFromHash, otherRole, type Invite } from '@/lib/quiz/invite';

const DIMENSIONS = 6;
const score = fc.integer({ min: 0, max: 100 });
const invites = fc.record({
  role: fc.constantFrom('customer' as const, 'supplier' as const),
  overall: score,
  dimensions: fc.array(score, { minLength: DIMENSIONS, maxLength: DIMENSIONS }),
});
const example: Invite = { role: 'customer', overall: 58, dimensions: [50, 67, 33, 83, 50, 67] };

/** Base64url of raw bytes, to build tampered invites by hand. */
const raw = (bytes: number[]) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
const bytesOf = (text: string) => Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));

describe('invite encoding', () => {
  it('round-trips every valid invite', () => {
    fc.assert(
      fc.property(invites, (invite) => {
        expect(decodeInvite(encodeInvite(invite), DIMENSIONS)).toEqual({ ok: true, invite });
      }),
    );
  });

  it('is compact and URL-safe', () => {
    fc.assert(
      fc.property(invites, (invite) => {
        expect(encodeInvite(invite)).toMatch(/^[A-Za-z0-9_-]{14}$/);
      }),
    );
  });

  it('refuses to encode scores out of range', () => {
    expect(() => encodeInvite({ ...example, overall: 101 })).toThrow(RangeError);
    expect(() => encodeInvite({ ...example, dimensions: [1.5, 0, 0, 0, 0, 0] })).toThrow(RangeError);
  });
});

describe('invite decoding rejects bad input with a reason', () => {
  const good = encodeInvite(example);

  it.each([
    ['empty', ''],
    ['too-long', 'A'.repeat(65)],
    ['too-long', `${good}${'<script>alert(1)</script>'.repeat(4)}`],
    ['not-base64', '<img src=x onerror=alert(1)>'],
    ['not-base64', 'abc$def'],
    ['not-base64', 'A'],
    ['version', raw([2, 0, 50, 50, 50, 50, 50, 50, 50, 0])],
    ['version', raw([0, 0, 50, 50, 50, 50, 50, 50, 50, 0])],
    ['length', good.slice(0, 8)],
    ['length', raw([1, 0, 50, 50, 50, 50, 50, 50, 50, 50, 50, 0])],
  ] as const)('%s: %s', (problem, input) => {
    expect(decodeInvite(input, DIMENSIONS)).toEqual({ ok: false, problem });
  });

  it('catches a tampered score through the checksum', () => {
    fc.assert(
      fc.property(invites, fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 255 }), (invite, index, delta) => {
        const bytes = bytesOf(encodeInvite(invite));
        bytes[index] = (bytes[index]! + delta) % 256;
        const decoded = decodeInvite(raw(bytes), DIMENSIONS);
        expect(decoded.ok).toBe(false);
      }),
    );
  });

  it('rejects scores above 100 and unknown roles even with a valid checksum', () => {
    const withChecksum = (body: number[]) =>
      raw([...body, body.reduce((sum, byte, i) => (sum + byte * (i + 1)) % 251, 7)]);
    expect(decodeInvite(withChecksum([1, 0, 50, 50, 50, 200, 50, 50, 50]), DIMENSIONS)).toEqual({
      ok: false,
      problem: 'range',
    });
    expect(decodeInvite(withChecksum([1, 7, 50, 50, 50, 50, 50, 50, 50]), DIMENSIONS)).toEqual({
      ok: false,
      problem: 'role',
    });
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (input) => {
        const decoded = decodeInvite(input, DIMENSIONS);
        if (decoded.ok) expect(decoded.invite.dimensions).toHaveLength(DIMENSIONS);
      }),
    );
  });
});

describe('invite in the URL fragment', () => {
  it('reads the Dutch and the English key', () => {
    const keys = ['spiegel', 'mirror'];
    expect(inviteFromHash('#spiegel=AbC', keys)).toBe('AbC');
    expect(inviteFromHash('#mirror=XyZ', keys)).toBe('XyZ');
    expect(inviteFromHash('#reeks', keys)).toBeNull();
    expect(inviteFromHash('', keys)).toBeNull();
  });

  it('knows the other side', () => {
    expect(otherRole('customer')).toBe('supplier');
    expect(otherRole('supplier')).toBe('customer');
  });
});
