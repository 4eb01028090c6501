import { ROLES, type Role } from '@/lib/quiz/roles';

/**
 * A Start tapped before the island was ready: the server-rendered form went
 * out natively to this same page, as ?role=…&start= (the button's name marks
 * the tap, also when no role was chosen). Read once; the query leaves the
 * address so a reload does not start again. Null when Start was not tapped.
 */
export function takeEarlyStart(): { role: Role | null } | null {
  const query = new URLSearchParams(location.search);
  if (!query.has('start') && !query.has('role')) return null;
  history.replaceState(history.state, '', location.pathname + location.hash);
  const role = query.get('role');
  return { role: ROLES.find((known) => known === role) ?? null };
}
