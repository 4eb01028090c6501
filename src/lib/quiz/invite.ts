/**
 * The mirror invite: what one side of a relationship hands the other, inside
 * the URL fragment (never sent to a server). It carries only the inviter's
 * role, overall score and dimension scores, as bytes:
 *
 *   [version, role, overall, ...dimension scores, checksum]
 *
 * encoded as unpadded base64url. No names, no free text, no answers.
 */
import { ROLES, type Role } from './roles';

export const INVITE_VERSION = 1;
/** Far longer than any valid invite; longer input is refused unread. */
const MAX_INPUT = 64;

export interface Invite {
  role: Role;
  overall: number;
  /** One score per dimension, in the quiz's dimension order. */
  dimensions: number[];
}

export type InviteProblem = 'empty' | 'too-long' | 'not-base64' | 'version' | 'length' | 'role' | 'range' | 'checksum';
export type DecodedInvite = { ok: true; invite: Invite } | { ok: false; problem: InviteProblem };

function checksum(bytes: number[]): number {
  // A position-weighted sum: catches a changed, swapped or dropped byte.
  return bytes.reduce((sum, byte, i) => (sum + byte * (i + 1)) % 251, 7);
}

function toBase64Url(bytes: number[]): string {
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

function fromBase64Url(text: string): number[] | null {
  if (!/^[A-Za-z0-9_-]+$/.test(text) || text.length % 4 === 1) return null;
  try {
    return Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

const isScore = (n: number) => Number.isInteger(n) && n >= 0 && n <= 100;

/** Encodes an invite; throws on values that a valid quiz never produces. */
export function encodeInvite(invite: Invite): string {
  const scores = [invite.overall, ...invite.dimensions];
  if (!scores.every(isScore)) throw new RangeError('invite scores must be whole numbers from 0 to 100');
  const bytes = [INVITE_VERSION, ROLES.indexOf(invite.role), ...scores];
  return toBase64Url([...bytes, checksum(bytes)]);
}

/**
 * Decodes an invite for a quiz with `dimensionCount` dimensions. Every way
 * input can be wrong gives a reason, never an exception.
 */
export function decodeInvite(text: string, dimensionCount: number): DecodedInvite {
  if (!text) return { ok: false, problem: 'empty' };
  if (text.length > MAX_INPUT) return { ok: false, problem: 'too-long' };
  const bytes = fromBase64Url(text);
  if (!bytes) return { ok: false, problem: 'not-base64' };
  if (bytes[0] !== INVITE_VERSION) return { ok: false, problem: 'version' };
  if (bytes.length !== dimensionCount + 4) return { ok: false, problem: 'length' };
  const body = bytes.slice(0, -1);
  if (checksum(body) !== bytes.at(-1)) return { ok: false, problem: 'checksum' };
  const role = ROLES[bytes[1]!];
  if (!role) return { ok: false, problem: 'role' };
  const scores = bytes.slice(2, -1);
  if (!scores.every(isScore)) return { ok: false, problem: 'range' };
  return { ok: true, invite: { role, overall: scores[0]!, dimensions: scores.slice(1) } };
}

/**
 * The invite in a URL fragment such as "#spiegel=AQE…", if there is one.
 * `keys` are the fragment keys of every language ('route.inviteFragment'):
 * an invite made on the Dutch page opens on the English one too.
 */
export function inviteFromHash(hash: string, keys: readonly string[]): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  for (const key of keys) {
    const value = params.get(key);
    if (value !== null) return value;
  }
  return null;
}

/** The other side of the relationship. */
export function otherRole(role: Role): Role {
  return role === 'customer' ? 'supplier' : 'customer';
}
