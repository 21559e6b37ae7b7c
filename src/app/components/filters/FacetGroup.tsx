import { memo, useCallback, useId, useState } from 'react';
import type { PanelKind, FacetValue } from '../../../model/data';
import { FacetOption } from './FacetOption';
import { facetLabels } from '../../lib/facetLabels';
import { useFacetCounts } from '../../hooks/useFacetCounts';
import type { FilterGroup, PostingsByRef } from '../../lib/filter';

interface Props {
  kind: PanelKind;
  values: readonly FacetValue[];
  selected: readonly string[];
  groups: readonly FilterGroup[];
  postings: PostingsByRef;
  total: number;
  /** Whether postings may be fetched to count values under a filter. */
  countsEnabled: boolean;
  /** Counts from elsewhere (the search index), replacing the postings-based ones; undefined hides a count. */
  countOf?: (slug: string) => number | undefined;
  onToggle: (kind: PanelKind, slug: string) => void;
  /** Told when the reader points at or focuses a value, before ticking it. */
  onIntent?: (kind: PanelKind, slug: string) => void;
}

const COLLAPSED = 6;

// Memoised: a toggle re-renders the page twice (the URL, then the postings' subscription), and
// groups whose inputs did not change need not render again.
export const FacetGroup = memo(function FacetGroup({
  kind,
  values,
  selected,
  groups,
  postings,
  total,
  countsEnabled,
  countOf,
  onToggle,
  onIntent,
}: Props) {
  const [expanded, setExpanded] = useState(false);
  const listId = useId();
  // Selected values stay visible when the group is collapsed.
  const visible = expanded ? values : values.filter((value, i) => i < COLLAPSED || selected.includes(value.slug));
  const postingsCounts = useFacetCounts(kind, visible, groups, postings, total, countsEnabled);
  const counts = countOf ? visible.map((value) => countOf(value.slug)) : postingsCounts;
  const toggle = useCallback((slug: string) => onToggle(kind, slug), [onToggle, kind]);
  const intent = useCallback((slug: string) => onIntent?.(kind, slug), [onIntent, kind]);
  if (values.length === 0) return null;

  return (
    <fieldset className="border-t border-neutral-200 py-4 dark:border-neutral-800">
      <legend className="mb-2 text-xs font-semibold tracking-widest uppercase">{facetLabels[kind]}</legend>
      <ul id={listId} className="space-y-1">
        {visible.map((value, i) => (
          <FacetOption
            key={value.slug}
            value={value.slug}
            name={value.name}
            checked={selected.includes(value.slug)}
            count={counts[i]}
            onToggle={toggle}
            onIntent={onIntent && intent}
          />
        ))}
      </ul>
      {values.length > COLLAPSED && (
        <button
          type="button"
          aria-expanded={expanded}
          aria-controls={listId}
          onClick={() => setExpanded((open) => !open)}
          className="mt-2 px-1 text-sm font-medium text-neutral-700 underline underline-offset-4 hover:text-neutral-900 dark:text-neutral-300 dark:hover:text-white"
        >
          {expanded
            ? `Show fewer ${facetLabels[kind].toLowerCase()}`
            : `Show all ${values.length} ${facetLabels[kind].toLowerCase()}`}
        </button>
      )}
    </fieldset>
  );
});
