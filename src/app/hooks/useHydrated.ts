import { useSyncExternalStore } from 'react';

const noSubscription = () => () => undefined;

/** False while rendering on the server and hydrating; true once the browser's own state is in. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
