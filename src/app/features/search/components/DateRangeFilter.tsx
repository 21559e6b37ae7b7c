import { monthNames } from '../../../lib/formatDate';
import { useId, useState, type FormEvent } from 'react';
import { parseMonth } from '../lib/searchState';

interface Props {
  from: string | null;
  to: string | null;
  onChange: (from: string | null, to: string | null) => void;
}

const inputClass =
  'w-full rounded-md border border-neutral-400 bg-white px-2 py-1 text-sm dark:border-neutral-600 dark:bg-neutral-950 dark:[color-scheme:dark]';

/**
 * One month as a month list and a year, each labelled: Chromium's `<input type="month">` shows an
 * empty value as `--------- ----`, which reads as a fault. The value is `YYYY-MM`, `YYYY` (a whole
 * year: parseMonth takes its first or last month) or empty.
 */
function MonthField({ label, value, onChange }: { label: string; value: string; onChange: (value: string) => void }) {
  const monthId = useId();
  const yearId = useId();
  const [year = '', month = ''] = value.split('-');
  // A month without a year yet is kept as `-MM`, which parseMonth reads as no date.
  const join = (y: string, m: string) => onChange(m === '' ? y : `${y}-${m}`);
  return (
    <fieldset>
      <legend className="text-sm">{label}</legend>
      <div className="flex gap-1">
        <label htmlFor={monthId} className="sr-only">
          {label} month
        </label>
        <select id={monthId} value={month} onChange={(e) => join(year, e.target.value)} className={inputClass}>
          <option value="">Any month</option>
          {monthNames.map((name, i) => (
            <option key={name} value={String(i + 1).padStart(2, '0')}>
              {name}
            </option>
          ))}
        </select>
        <label htmlFor={yearId} className="sr-only">
          {label} year
        </label>
        <input
          id={yearId}
          type="text"
          inputMode="numeric"
          pattern="[0-9]{4}"
          maxLength={4}
          placeholder="Year"
          value={year}
          onChange={(e) => join(e.target.value.replace(/\D/g, ''), month)}
          className={`${inputClass} w-20 shrink-0`}
        />
      </div>
    </fieldset>
  );
}

/** A range of months, applied together. */
export function DateRangeFilter({ from, to, onChange }: Props) {
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
        <MonthField label="From" value={draft.from} onChange={(value) => setDraft({ ...draft, from: value })} />
        <MonthField label="To" value={draft.to} onChange={(value) => setDraft({ ...draft, to: value })} />
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
