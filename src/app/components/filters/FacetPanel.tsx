import { useEffect, useId, useMemo, useState, type ReactNode } from 'react';
import { FACET_KINDS, type FacetKind, type Manifest, type FacetRef } from '../../../model/data';
import type { FilterGroup, PostingsByRef } from '../../lib/filter';
import { facetValuesFor } from './facetValues';
import type { Selection } from '../../lib/selection';
import { FacetGroup } from './FacetGroup';

interface Props {
  manifest: Manifest;
  fixed: FacetRef | null;
  selection: Selection;
  groups: readonly FilterGroup[];
  postings: PostingsByRef;
  onToggle: (kind: FacetKind, slug: string) => void;
  /** Told when the reader points at or focuses a value, before ticking it. */
  onIntent?: (kind: FacetKind, slug: string) => void;
  /** Counts from elsewhere (the search index) instead of postings; undefined hides a count. */
  countOf?: (kind: FacetKind, slug: string) => number | undefined;
  /** Told once the page is up, so counts that cost a fetch load then rather than in the prerender. */
  onEngage?: () => void;
  /** More filter groups, after the facet kinds. */
  children?: ReactNode;
}

export function FacetPanel({
  manifest,
  fixed,
  selection,
  groups,
  postings,
  onToggle,
  onIntent,
  countOf,
  onEngage,
  children,
}: Props) {
  const [open, setOpen] = useState(false);
  // Filtered counts need one ids file per shown value. They load with the page once it is up
  // (an effect: never in the prerender, and useFacetCounts waits for the list's own postings),
  // so a reader sees them without first pointing at the panel.
  const [engaged, setEngaged] = useState(false);
  useEffect(() => {
    setEngaged(true);
    // Telling it again after a render is harmless: engaging only ever sets a flag.
    onEngage?.();
  }, [onEngage]);
  const values = useMemo(
    () => new Map(FACET_KINDS.map((kind) => [kind, facetValuesFor(kind, manifest, fixed, selection[kind], postings)])),
    [manifest, fixed, selection, postings],
  );
  const headingId = useId();
  const bodyId = useId();
  return (
    <aside aria-labelledby={headingId} className="mb-6 lg:mb-0">
      <div className="flex items-center justify-between gap-4">
        <h2 id={headingId} className="font-serif text-lg font-semibold">
          Filter articles
        </h2>
        {/* On narrow screens the panel folds away above the list; on wide ones it is a sidebar. */}
        <button
          type="button"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => setOpen((value) => !value)}
          className="rounded-md border border-neutral-300 px-3 py-1 text-sm font-medium lg:hidden dark:border-neutral-700"
        >
          {open ? 'Hide filters' : 'Show filters'}
        </button>
      </div>
      <div id={bodyId} className={`${open ? 'block' : 'hidden'} mt-3 lg:block`}>
        {FACET_KINDS.map((kind) => (
          <FacetGroup
            key={kind}
            kind={kind}
            values={values.get(kind) ?? []}
            selected={selection[kind]}
            groups={groups}
            postings={postings}
            total={manifest.articleCount}
            countsEnabled={engaged}
            countOf={countOf && ((slug) => countOf(kind, slug))}
            onToggle={onToggle}
            onIntent={onIntent}
          />
        ))}
        {children}
      </div>
    </aside>
  );
}
