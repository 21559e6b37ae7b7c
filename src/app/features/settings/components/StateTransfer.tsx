import { useId, useState, type ChangeEvent } from 'react';
import { setThemeChoice, themeChoice } from '../../../lib/theme';
import { buildExport, exportFileName, parseExport } from '../lib/exportFile';
import { importReaderState, readerStore } from '../../../stores/readerStore';
import { settingsStore, updateSettings } from '../../../stores/settings';
import { primaryButton, smallButton } from '../../../components/styles';

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers start reading the blob only after click() returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Export to a JSON file, and import one: merged into what this device has, nothing lost. */
export function StateTransfer() {
  const inputId = useId();
  const [message, setMessage] = useState('');

  const exportState = () => {
    const now = new Date();
    const file = buildExport(readerStore.get(), settingsStore.get(), themeChoice(), now);
    download(exportFileName(now), `${JSON.stringify(file, null, 2)}\n`);
    setMessage('Reading state exported.');
  };

  const importState = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    const parsed = parseExport(await file.text());
    input.value = '';
    if (!parsed.ok) {
      setMessage(`Nothing imported: ${parsed.error}`);
      return;
    }
    importReaderState(parsed.state);
    if (parsed.settings) updateSettings(parsed.settings);
    if (parsed.theme) setThemeChoice(parsed.theme);
    const { read, saved, history } = parsed.state;
    setMessage(
      `Imported ${Object.keys(read).length} read, ${saved.length} saved and ${history.length} history entries.`,
    );
  };

  return (
    <section
      aria-labelledby={`${inputId}-heading`}
      className="border-t border-neutral-200 py-5 dark:border-neutral-800"
    >
      <h2 id={`${inputId}-heading`} className="font-semibold">
        Your reading state
      </h2>
      <p className="mt-1 text-sm text-neutral-700 dark:text-neutral-300">
        Read marks, saved articles, history and these settings live only in this browser. Export them to a file to keep
        a copy or to move them to another browser; importing adds a file’s entries to what is here.
      </p>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <button type="button" onClick={exportState} className={primaryButton}>
          Export to a file
        </button>
        <label htmlFor={inputId} className={`${smallButton} cursor-pointer py-2 has-focus-visible:outline-2`}>
          Import from a file
        </label>
        <input
          id={inputId}
          type="file"
          accept="application/json,.json"
          onChange={(event) => void importState(event)}
          className="sr-only"
        />
      </div>
      <p aria-live="polite" className="mt-3 text-sm">
        {message}
      </p>
    </section>
  );
}
