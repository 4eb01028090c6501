/**
 * The fragment a link brought. With analytics connected, the page's head
 * script has already taken it out of the address (src/scripts/fragment.js)
 * and left it here, read once; later links pasted into the tab arrive in
 * location.hash.
 */
export function linkHash(): string {
  const holder = window as { dlkHash?: string };
  const hash = holder.dlkHash ?? location.hash;
  delete holder.dlkHash;
  return hash;
}
