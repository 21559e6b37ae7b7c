import { useSyncExternalStore } from 'react';
import { DEFAULT_SETTINGS, settingsStore, type ReadingSettings } from '../../../stores/settings';

export function useSettings(): ReadingSettings {
  return useSyncExternalStore(settingsStore.subscribe, settingsStore.get, () => DEFAULT_SETTINGS);
}
