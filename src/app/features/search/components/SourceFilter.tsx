import { formatCount } from '../../../lib/formatDate';

interface Props {
  /** Every source with its count under the search, when counted. */
  counts: Record<string, number> | undefined;
  selected: readonly string[];
  onToggle: (source: string) => void;
}

/** Sources come from the search index, so the group appears once counts have loaded (or a source is chosen). */
export function SourceFilter({ counts, selected, onToggle }: Props) {
  const counted = Object.entries(counts ?? {}).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const values = [
    ...selected.filter((source) => !counts || !(source in counts)).map((source): [string, number | undefined] => [source, counts ? 0 : undefined]),
    ...counted,
  ];
  if (values.length === 0) return null;
  return (
    <fieldset className="border-t border-neutral-200 py-4 dark:border-neutral-800">
      <legend className="mb-2 text-xs font-semibold tracking-widest uppercase">Source</legend>
      <ul className="space-y-1">
        {values.map(([source, count]) => (
          <li key={source}>
            <label className="flex cursor-pointer items-baseline gap-2 rounded px-1 py-1 hover:bg-neutral-100 dark:hover:bg-neutral-900">
              <input
                type="checkbox"
                checked={selected.includes(source)}
                onChange={() => onToggle(source)}
                className="size-4 shrink-0 translate-y-0.5 accent-red-700 dark:accent-red-400"
              />
              <span className="min-w-0 flex-1 break-words">{source}</span>{' '}
              {count !== undefined && (
                <span className="text-sm text-neutral-600 tabular-nums dark:text-neutral-400">
                  {formatCount(count)} <span className="sr-only">articles</span>
                </span>
              )}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
