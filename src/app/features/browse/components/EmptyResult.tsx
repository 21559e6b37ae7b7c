interface Props {
  filtered: boolean;
  onClear: () => void;
}

export function EmptyResult({ filtered, onClear }: Props) {
  return (
    <div className="py-12 text-center">
      <p className="font-serif text-xl">{filtered ? 'No articles match these filters.' : 'No articles yet.'}</p>
      {filtered && (
        <button
          type="button"
          onClick={onClear}
          className="mt-4 rounded-md border border-neutral-900 px-4 py-2 font-medium hover:bg-neutral-900 hover:text-white dark:border-neutral-100 dark:hover:bg-neutral-100 dark:hover:text-neutral-900"
        >
          Clear all filters
        </button>
      )}
    </div>
  );
}
