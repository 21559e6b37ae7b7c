import { useSyncExternalStore } from 'react';
import { DEFAULT_SETTINGS, settingsStore, type ReadingSettings } from '../lib/settings';

export function useSettings(): ReadingSettings {
  return useSyncExternalStore(settingsStore.subscribe, settingsStore.get, () => DEFAULT_SETTINGS);
}
