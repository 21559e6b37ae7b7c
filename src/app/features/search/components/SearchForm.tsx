import { useId, useState, type FormEvent } from 'react';
import { useHref } from 'react-router';
import { routePaths } from '../../../../model/routes';
import { warmSearchEngine } from '../engine/engine';
import { leaveOnEscape } from '../lib/leaveOnEscape';

interface Props {
  q: string;
  onSearch: (q: string) => void;
}

/** The search page's own box: a new query keeps the filters and the order. */
export function SearchForm({ q, onSearch }: Props) {
  const action = useHref(routePaths.search());
  const id = useId();
  const hintId = useId();
  const [text, setText] = useState(q);
  const [shownQ, setShownQ] = useState(q);
  // Back and forward change the query under the box; the box follows.
  if (q !== shownQ) {
    setShownQ(q);
    setText(q);
  }

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSearch(text.trim());
  };

  return (
    <form role="search" aria-label="Search articles" action={action} method="get" onSubmit={submit} className="mt-4">
      <label htmlFor={id} className="mb-1 block text-sm font-medium">
        Search for
      </label>
      <div className="flex gap-2">
        <input
          id={id}
          type="search"
          name="q"
          value={text}
          onChange={(event) => setText(event.target.value)}
          data-search-page=""
          autoComplete="off"
          onFocus={warmSearchEngine}
          onKeyDown={leaveOnEscape}
          enterKeyHint="search"
          aria-describedby={hintId}
          className="min-w-0 flex-1 rounded-md border border-neutral-400 bg-white px-3 py-2 text-lg focus:border-neutral-900 dark:border-neutral-600 dark:bg-neutral-950 dark:focus:border-neutral-100"
        />
        <button
          type="submit"
          className="rounded-md bg-neutral-900 px-5 py-2 font-medium text-white hover:bg-neutral-700 dark:bg-neutral-100 dark:text-neutral-900 dark:hover:bg-neutral-300"
        >
          Search
        </button>
      </div>
      <p id={hintId} className="mt-2 text-sm text-neutral-600 dark:text-neutral-400">
        Put a phrase in &ldquo;quotes&rdquo;; put a minus before a word to leave it out (-sport).
      </p>
    </form>
  );
}
