import { useState } from 'react';
import { smallButton } from '../styles';

interface Props {
  title: string;
}

type Outcome = { kind: 'idle' } | { kind: 'copied' } | { kind: 'manual'; url: string };

async function copyLink(url: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(url);
    return true;
  } catch {
    return false;
  }
}

/** The system share sheet where the browser has one; otherwise the link goes to the clipboard. */
export function ShareButton({ title }: Props) {
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const share = async () => {
    const url = window.location.href;
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title, url });
        return;
      } catch (error) {
        // The reader closed the share sheet: that is an answer, not a failure.
        if (error instanceof DOMException && error.name === 'AbortError') return;
      }
    }
    setOutcome((await copyLink(url)) ? { kind: 'copied' } : { kind: 'manual', url });
  };
  return (
    <>
      <button type="button" data-action="share" onClick={() => void share()} className={smallButton}>
        <svg aria-hidden="true" viewBox="0 0 16 16" className="size-3.5 fill-none stroke-current stroke-[1.5]">
          <path d="M8 10V2M5 5l3-3 3 3M3 9v5h10V9" />
        </svg>
        Share
      </button>
      <span aria-live="polite" className="text-sm text-neutral-700 dark:text-neutral-300">
        {outcome.kind === 'copied' && 'Link copied to the clipboard.'}
        {outcome.kind === 'manual' && (
          <label className="inline-flex items-center gap-2">
            Copy this link:
            <input
              readOnly
              value={outcome.url}
              onFocus={(event) => event.currentTarget.select()}
              className="w-64 rounded border border-neutral-300 px-2 py-0.5 dark:border-neutral-700 dark:bg-neutral-900"
            />
          </label>
        )}
      </span>
    </>
  );
}
