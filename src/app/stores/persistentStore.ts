// One JSON value in localStorage, kept in memory and shared with every subscriber. Storage
// that throws (private mode, quota exceeded, blocked by policy) or holds damaged JSON never
// breaks the page: the value lives on in memory and `health` says what went wrong.

/** `unavailable`: storage throws, nothing is kept. `reset`: stored data was unreadable and was replaced. */
export type StoreHealth = 'ok' | 'unavailable' | 'reset';

export interface PersistentStore<T> {
  get(): T;
  health(): StoreHealth;
  set(next: T): void;
  /** Reads storage again (another tab wrote, or a test changed it). */
  reload(): void;
  subscribe(listener: () => void): () => void;
}

interface Options<T> {
  key: string;
  empty: T;
  /** The value from parsed JSON, or null when it is not one. */
  parse: (value: unknown) => T | null;
  storage?: () => Storage;
}

const browserStorage = (): Storage => window.localStorage;

export function createPersistentStore<T>({
  key,
  empty,
  parse,
  storage = browserStorage,
}: Options<T>): PersistentStore<T> {
  let value: T | undefined;
  let health: StoreHealth = 'ok';
  const listeners = new Set<() => void>();
  const emit = () => listeners.forEach((listener) => listener());

  function load(): T {
    let raw: string | null;
    try {
      raw = storage().getItem(key);
    } catch {
      health = 'unavailable';
      return empty;
    }
    if (raw === null) return empty;
    try {
      const parsed = parse(JSON.parse(raw));
      if (parsed !== null) return parsed;
    } catch {
      // Unparseable JSON: treated as damaged below.
    }
    health = 'reset';
    try {
      // Cleared now, so the notice is shown once, not on every page until the next write.
      storage().removeItem(key);
    } catch {
      // Storage that cannot remove will fail the next write too; that is reported then.
    }
    return empty;
  }

  function get(): T {
    value ??= load();
    return value;
  }

  function set(next: T): void {
    get();
    value = next;
    try {
      storage().setItem(key, JSON.stringify(next));
      if (health === 'unavailable') health = 'ok';
    } catch {
      health = 'unavailable';
    }
    emit();
  }

  function reload(): void {
    value = undefined;
    health = 'ok';
    get();
    emit();
  }

  const onStorage = (event: StorageEvent) => {
    if (event.key === key || event.key === null) reload();
  };

  function subscribe(listener: () => void): () => void {
    if (listeners.size === 0 && typeof window !== 'undefined') window.addEventListener('storage', onStorage);
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0 && typeof window !== 'undefined') window.removeEventListener('storage', onStorage);
    };
  }

  return {
    get,
    health: () => {
      get();
      return health;
    },
    set,
    reload,
    subscribe,
  };
}
