import { ROLES, type Role } from '@/lib/quiz/roles';

/**
 * The role of a Start tapped before the island was ready: the server-rendered
 * form went out natively, as ?role=…, to this same page. Read once; the query
 * leaves the address so a reload does not start again.
 */
export function takeEarlyRole(): Role | null {
  const query = new URLSearchParams(location.search);
  if (!query.has('role')) return null;
  history.replaceState(history.state, '', location.pathname + location.hash);
  const role = query.get('role');
  return ROLES.find((known) => known === role) ?? null;
}
