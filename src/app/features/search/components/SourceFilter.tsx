import { FacetOption } from '../../../components/FacetOption';

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
          <FacetOption
            key={source}
            name={source}
            checked={selected.includes(source)}
            count={count}
            onToggle={() => onToggle(source)}
          />
        ))}
      </ul>
    </fieldset>
  );
}
