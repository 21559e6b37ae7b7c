import { Fragment, useEffect, useId, useRef } from 'react';
import { closeHelp, useHelpOpen } from '../../../stores/helpOverlay';
import { SHORTCUTS } from '../lib/shortcuts';
import { primaryButton } from '../../../components/styles';

/** The `?` overlay: a modal dialog listing every key; Esc or the button closes it. */
export function HelpDialog() {
  const open = useHelpOpen();
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      // jsdom has no showModal; a real browser always does.
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    }
  }, [open]);

  return (
    <dialog
      ref={ref}
      aria-labelledby={headingId}
      onClose={closeHelp}
      onKeyDown={(event) => {
        if (event.key === 'Escape') closeHelp();
      }}
      className="m-auto w-[min(32rem,calc(100%-2rem))] rounded-lg border border-neutral-300 bg-white p-6 text-neutral-900 shadow-xl backdrop:bg-neutral-950/60 dark:border-neutral-700 dark:bg-neutral-900 dark:text-neutral-100"
    >
      <h2 id={headingId} className="font-serif text-2xl font-bold">
        Keyboard shortcuts
      </h2>
      <p className="mt-1 text-sm text-neutral-700 dark:text-neutral-300">Keys do nothing while you type in a field.</p>
      <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
        {SHORTCUTS.map((shortcut) => (
          <Fragment key={shortcut.keys.join(' ')}>
            <dt className="whitespace-nowrap">
              {shortcut.keys.map((key, i) => (
                <Fragment key={key}>
                  {i > 0 && <span className="mx-1 text-sm">then</span>}
                  <kbd className="rounded border border-neutral-400 bg-neutral-100 px-1.5 py-0.5 font-mono text-sm dark:border-neutral-600 dark:bg-neutral-800">
                    {key}
                  </kbd>
                </Fragment>
              ))}
            </dt>
            <dd>{shortcut.description}</dd>
          </Fragment>
        ))}
      </dl>
      <p className="mt-6 text-right">
        <button type="button" onClick={closeHelp} className={primaryButton}>
          Close
        </button>
      </p>
    </dialog>
  );
}
