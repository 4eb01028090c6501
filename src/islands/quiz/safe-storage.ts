/**
 * A storage engine for @nanostores/persistent that never throws: it uses
 * localStorage where the browser allows it and keeps everything in memory as
 * well, so private mode, a full quota or blocked storage only cost the
 * ability to resume, never the quiz itself.
 */
export interface SafeStorage {
  engine: Record<string, string>;
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
  const memory: Record<string, string> = {};
  const local = typeof window === 'undefined' ? undefined : probe();
  if (!local) return { engine: memory, persistent: false };

  const read = (key: string): string | undefined => {
    if (key in memory) return memory[key];
    try {
      return local.getItem(key) ?? undefined;
    } catch {
      return undefined;
    }
  };
  const engine = new Proxy(memory, {
    get: (_target, key) => (typeof key === 'string' ? read(key) : undefined),
    has: (_target, key) => typeof key === 'string' && read(key) !== undefined,
    set(_target, key, value) {
      if (typeof key !== 'string') return false;
      memory[key] = String(value);
      try {
        local.setItem(key, String(value));
      } catch {
        // Quota or policy: the value lives on in memory for this visit.
      }
      return true;
    },
    deleteProperty(_target, key) {
      if (typeof key !== 'string') return false;
      delete memory[key];
      try {
        local.removeItem(key);
      } catch {
        // Nothing to clean up where storage is refused.
      }
      return true;
    },
  });
  return { engine, persistent: true };
}
