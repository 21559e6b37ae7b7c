import { FacetOption } from '../../../components/filters/FacetOption';

interface Props {
  /** Every source with its count under the search, when counted. */
  counts: Record<string, number> | undefined;
  selected: readonly string[];
  onToggle: (source: string) => void;
  /** Offered when sources load only on request (the search index is not otherwise needed): asks for them. */
  onReveal?: () => void;
  /** The sources asked for are loading. */
  revealing?: boolean;
}

const legendClass = 'mb-2 text-xs font-semibold tracking-widest uppercase';

/** Sources come from the search index, so the group appears once counts have loaded (or a source is chosen). */
export function SourceFilter({ counts, selected, onToggle, onReveal, revealing = false }: Props) {
  const counted = Object.entries(counts ?? {}).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const values = [
    ...selected
      .filter((source) => !counts || !(source in counts))
      .map((source): [string, number | undefined] => [source, counts ? 0 : undefined]),
    ...counted,
  ];
  if (values.length === 0 && counts === undefined && onReveal) {
    return (
      <fieldset className="border-t border-neutral-200 py-4 dark:border-neutral-800">
        <legend className={legendClass}>Source</legend>
        <button
          type="button"
          onClick={onReveal}
          disabled={revealing}
          className="px-1 text-sm font-medium text-neutral-700 underline underline-offset-4 hover:text-neutral-900 disabled:no-underline dark:text-neutral-300 dark:hover:text-white"
        >
          {revealing ? 'Loading sources…' : 'Show sources'}
        </button>
      </fieldset>
    );
  }
  if (values.length === 0) return null;
  return (
    <fieldset className="border-t border-neutral-200 py-4 dark:border-neutral-800">
      <legend className={legendClass}>Source</legend>
      <ul className="space-y-1">
        {values.map(([source, count]) => (
          <FacetOption
            key={source}
            value={source}
            name={source}
            checked={selected.includes(source)}
            count={count}
            onToggle={onToggle}
          />
        ))}
      </ul>
    </fieldset>
  );
}
