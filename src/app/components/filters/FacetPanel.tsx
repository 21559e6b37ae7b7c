import { useId, useMemo, useState, type ReactNode } from 'react';
import { FACET_KINDS, type PanelKind, type Manifest, type FacetRef } from '../../../model/data';
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
  onToggle: (kind: PanelKind, slug: string) => void;
  /** Told when the reader points at or focuses a value, before ticking it. */
  onIntent?: (kind: PanelKind, slug: string) => void;
  /** Counts from elsewhere (the search index) instead of postings; undefined hides a count. */
  countOf?: (kind: PanelKind, slug: string) => number | undefined;
  /** Told when the reader first reaches for the panel, so costly counts can load then. */
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
  // Filtered counts need one postings file per shown value; they load once the reader reaches
  // for the panel (pointer, keyboard or the mobile toggle), so a page's first load stays small.
  const [engaged, setEngaged] = useState(false);
  const engage = () => {
    if (!engaged) onEngage?.();
    setEngaged(true);
  };
  const values = useMemo(
    () => new Map(FACET_KINDS.map((kind) => [kind, facetValuesFor(kind, manifest, fixed, selection[kind], postings)])),
    [manifest, fixed, selection, postings],
  );
  const headingId = useId();
  const bodyId = useId();
  return (
    <aside aria-labelledby={headingId} className="mb-6 lg:mb-0" onPointerEnter={engage} onFocus={engage}>
      <div className="flex items-center justify-between gap-4">
        <h2 id={headingId} className="font-serif text-lg font-semibold">
          Filter articles
        </h2>
        {/* On narrow screens the panel folds away above the list; on wide ones it is a sidebar. */}
        <button
          type="button"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => {
            engage();
            setOpen((value) => !value);
          }}
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
