import { useEffect, useSyncExternalStore } from 'react';
import { applyUpdate, startServiceWorker, subscribeToUpdate, updateWaiting } from '../lib/serviceWorker';
import { primaryButton } from '../../../components/styles';

/** Registers the service worker, and offers a reload when a new deployment is ready. */
export function UpdatePrompt() {
  const ready = useSyncExternalStore(subscribeToUpdate, updateWaiting, () => false);
  useEffect(() => startServiceWorker(), []);
  return (
    <div aria-live="polite" className="print:hidden">
      {ready && (
        <aside
          aria-label="Site update"
          className="fixed inset-x-0 bottom-0 z-40 border-t border-neutral-300 bg-white px-4 py-3 shadow-lg dark:border-neutral-700 dark:bg-neutral-900"
        >
          <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3">
            <p>A new version of this site is available.</p>
            <button type="button" onClick={applyUpdate} className={primaryButton}>
              Reload
            </button>
          </div>
        </aside>
      )}
    </div>
  );
}
