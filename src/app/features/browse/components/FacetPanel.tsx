import { useId, useState } from 'react';
import { FACET_KINDS, type FacetKind, type Manifest } from '../../../../model/data';
import type { FacetRef } from '../../../api/facetPostings';
import type { FilterGroup, PostingsByRef } from '../lib/filter';
import { facetValuesFor } from '../lib/facetValues';
import type { Selection } from '../lib/selection';
import { FacetGroup } from './FacetGroup';

interface Props {
  manifest: Manifest;
  fixed: FacetRef | null;
  selection: Selection;
  groups: readonly FilterGroup[];
  postings: PostingsByRef;
  onToggle: (kind: FacetKind, slug: string) => void;
}

export function FacetPanel({ manifest, fixed, selection, groups, postings, onToggle }: Props) {
  const [open, setOpen] = useState(false);
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
            values={facetValuesFor(kind, manifest, fixed, selection[kind], postings)}
            selected={selection[kind]}
            groups={groups}
            postings={postings}
            total={manifest.articleCount}
            onToggle={onToggle}
          />
        ))}
      </div>
    </aside>
  );
}
