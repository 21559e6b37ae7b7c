import { useSyncExternalStore } from 'react';
import type { StoreHealth } from '../stores/persistentStore';
import { readerStore } from '../stores/readerStore';
import { settingsStore } from '../stores/settings';

function subscribe(listener: () => void): () => void {
  const stopReader = readerStore.subscribe(listener);
  const stopSettings = settingsStore.subscribe(listener);
  return () => {
    stopReader();
    stopSettings();
  };
}

/** The worse of the two stores' health: one notice covers both. */
function combinedHealth(): StoreHealth {
  const both = [readerStore.health(), settingsStore.health()];
  if (both.includes('unavailable')) return 'unavailable';
  return both.includes('reset') ? 'reset' : 'ok';
}

export function useStoreHealth(): StoreHealth {
  return useSyncExternalStore(subscribe, combinedHealth, () => 'ok');
}
