import { useSyncExternalStore } from 'react';
import { EMPTY_READER_STATE, isRead, isSaved, type ReaderState } from '../stores/readerState';
import { readerStore } from '../stores/readerStore';

// The server knows nothing of the reader: prerendered pages show every article unread and
// unsaved, and the browser fills in its own state right after hydration.

export function useReaderState(): ReaderState {
  return useSyncExternalStore(readerStore.subscribe, readerStore.get, () => EMPTY_READER_STATE);
}

export function useIsRead(id: string): boolean {
  return useSyncExternalStore(
    readerStore.subscribe,
    () => isRead(readerStore.get(), id),
    () => false,
  );
}

export function useIsSaved(id: string): boolean {
  return useSyncExternalStore(
    readerStore.subscribe,
    () => isSaved(readerStore.get(), id),
    () => false,
  );
}
