import { useState } from 'react';
import { Link } from 'react-router';
import { routePaths } from '../../model/routes';
import { useOnline } from '../hooks/useOnline';
import { useStoreHealth } from './useStoreHealth';
import { noticeBox } from '../components/styles';

// Live regions stay in the page even when empty, so screen readers announce what appears in them.
// aria-live rather than role="status": an empty region is no status for anyone to find.

function StorageNotice() {
  const health = useStoreHealth();
  const [dismissed, setDismissed] = useState(false);
  return (
    <div aria-live="polite">
      {health === 'unavailable' && (
        <div className={`${noticeBox} border-amber-300 bg-amber-50 dark:border-amber-800 dark:bg-amber-950/40`}>
          <p>
            <strong>Reading state is not being kept on this device.</strong> Read marks, saved articles and settings
            last only until this page closes. Reading works as usual.
          </p>
        </div>
      )}
      {health === 'reset' && !dismissed && (
        <div className={`${noticeBox} border-amber-300 bg-amber-50 dark:border-amber-800 dark:bg-amber-950/40`}>
          <p>The reading state stored on this device could not be read, so it was started afresh.</p>
          <button type="button" onClick={() => setDismissed(true)} className="font-medium underline underline-offset-4">
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}

function OfflineNotice() {
  const online = useOnline();
  return (
    <div aria-live="polite">
      {!online && (
        <div className={`${noticeBox} border-neutral-300 bg-neutral-100 dark:border-neutral-700 dark:bg-neutral-900`}>
          <p>
            <strong>You are offline.</strong> Articles you have opened or saved on this device are marked “Available
            offline” and can still be read.
          </p>
          <Link to={routePaths.saved()} className="font-medium underline underline-offset-4">
            Saved articles
          </Link>
        </div>
      )}
    </div>
  );
}

/** Notices about this device: storage that keeps nothing, and being offline. */
export function ReaderNotices() {
  return (
    <>
      <StorageNotice />
      <OfflineNotice />
    </>
  );
}
