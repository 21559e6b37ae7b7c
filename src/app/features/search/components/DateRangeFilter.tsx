import { useId, useState, type FormEvent } from 'react';
import { parseMonth } from '../lib/searchState';

interface Props {
  from: string | null;
  to: string | null;
  onChange: (from: string | null, to: string | null) => void;
}

const inputClass =
  'w-full rounded-md border border-neutral-400 bg-white px-2 py-1 text-sm dark:border-neutral-600 dark:bg-neutral-950 dark:[color-scheme:dark]';

/** A range of months, applied together; browsers without a month picker accept typed `YYYY-MM`. */
export function DateRangeFilter({ from, to, onChange }: Props) {
  const fromId = useId();
  const toId = useId();
  const [draft, setDraft] = useState({ from: from ?? '', to: to ?? '' });
  const [shown, setShown] = useState({ from, to });
  if (shown.from !== from || shown.to !== to) {
    setShown({ from, to });
    setDraft({ from: from ?? '', to: to ?? '' });
  }

  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onChange(parseMonth(draft.from, 'from'), parseMonth(draft.to, 'to'));
  };

  return (
    <fieldset className="border-t border-neutral-200 py-4 dark:border-neutral-800">
      <legend className="mb-2 text-xs font-semibold tracking-widest uppercase">Date</legend>
      <form onSubmit={apply} className="grid grid-cols-2 gap-2 lg:grid-cols-1">
        <div>
          <label htmlFor={fromId} className="block text-sm">
            From
          </label>
          <input
            id={fromId}
            type="month"
            placeholder="YYYY-MM"
            value={draft.from}
            onChange={(event) => setDraft({ ...draft, from: event.target.value })}
            className={inputClass}
          />
        </div>
        <div>
          <label htmlFor={toId} className="block text-sm">
            To
          </label>
          <input
            id={toId}
            type="month"
            placeholder="YYYY-MM"
            value={draft.to}
            onChange={(event) => setDraft({ ...draft, to: event.target.value })}
            className={inputClass}
          />
        </div>
        <div className="col-span-2 flex items-center gap-3 lg:col-span-1">
          <button
            type="submit"
            className="rounded-md border border-neutral-900 px-3 py-1 text-sm font-medium hover:bg-neutral-900 hover:text-white dark:border-neutral-100 dark:hover:bg-neutral-100 dark:hover:text-neutral-900"
          >
            Apply dates
          </button>
          {(from || to) && (
            <button type="button" onClick={() => onChange(null, null)} className="text-sm underline underline-offset-4">
              Any date
            </button>
          )}
        </div>
      </form>
    </fieldset>
  );
}
