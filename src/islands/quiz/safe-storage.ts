/**
 * Storage that never throws: localStorage where the browser allows it, and
 * memory as well, so private mode, a full quota or blocked storage only cost
 * the ability to resume, never the quiz itself. Reads go to localStorage
 * first, so a value another tab wrote is seen, except for a key whose last
 * write failed there: memory holds the newer value then.
 */
export interface SafeStorage {
  get(key: string): string | undefined;
  set(key: string, value: string): void;
  /** False when nothing will survive a reload. */
  persistent: boolean;
}

function probe(): Storage | undefined {
  try {
    const storage = window.localStorage;
    storage.setItem('dlk-probe', '1');
    storage.removeItem('dlk-probe');
    return storage;
  } catch {
    return undefined;
  }
}

export function createSafeStorage(): SafeStorage {
  const memory = new Map<string, string>();
  const unsaved = new Set<string>();
  const local = typeof window === 'undefined' ? undefined : probe();
  return {
    persistent: Boolean(local),
    get(key) {
      if (!local || unsaved.has(key)) return memory.get(key);
      try {
        return local.getItem(key) ?? memory.get(key);
      } catch {
        return memory.get(key);
      }
    },
    set(key, value) {
      memory.set(key, value);
      try {
        local?.setItem(key, value);
        unsaved.delete(key);
      } catch {
        // Quota or policy: the value lives on in memory for this visit.
        unsaved.add(key);
      }
    },
  };
}
