import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { formatArticles } from '../../lib/formatDate';
import { useHydrated } from '../../hooks/useHydrated';
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
  /** Told once the page is up, so counts that cost a fetch load then rather than in the prerender. */
  onEngage?: () => void;
  /** Articles the current filter matches, for the sheet's "Show N articles"; undefined while unknown. */
  resultCount?: number;
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
  resultCount,
  children,
}: Props) {
  const [open, setOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  // The sheet covers the page: focus goes into it when it opens, and Esc closes it.
  useEffect(() => {
    if (!open) return;
    closeRef.current?.focus();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      toggleRef.current?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [open]);
  // Filtered counts need one ids file per shown value. They load with the page once it is up
  // (an effect: never in the prerender, and useFacetCounts waits for the list's own postings),
  // so a reader sees them without first pointing at the panel.
  const engaged = useHydrated();
  useEffect(() => {
    // Telling it again after a render is harmless: engaging only ever sets a flag.
    if (engaged) onEngage?.();
  }, [engaged, onEngage]);
  const values = useMemo(
    () => new Map(FACET_KINDS.map((kind) => [kind, facetValuesFor(kind, manifest, fixed, selection[kind], postings)])),
    [manifest, fixed, selection, postings],
  );
  const headingId = useId();
  const bodyId = useId();
  const close = () => {
    setOpen(false);
    toggleRef.current?.focus();
  };
  const showLabel = resultCount === undefined ? 'Show articles' : `Show ${formatArticles(resultCount)}`;
  return (
    <aside aria-labelledby={headingId} className="mb-6 lg:mb-0">
      <div className="flex items-center justify-between gap-4">
        <h2 id={headingId} className="font-serif text-lg font-semibold">
          Filter articles
        </h2>
        {/* Below lg the panel opens as a sheet over the page; from lg up it is a sidebar. */}
        <button
          ref={toggleRef}
          type="button"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => setOpen((value) => !value)}
          className="rounded-md border border-neutral-300 px-3 py-1 text-sm font-medium lg:hidden dark:border-neutral-700"
        >
          {open ? 'Hide filters' : 'Show filters'}
        </button>
      </div>
      <div
        id={bodyId}
        data-sheet={open ? '' : undefined}
        className={`${
          open ? 'fixed inset-0 z-40 flex flex-col bg-white dark:bg-neutral-950' : 'hidden'
        } lg:static lg:z-auto lg:mt-3 lg:block lg:bg-transparent lg:dark:bg-transparent`}
      >
        <div className="flex items-center justify-between border-b border-neutral-200 px-4 py-3 lg:hidden dark:border-neutral-800">
          <p className="font-serif text-lg font-semibold">Filters</p>
          <button
            ref={closeRef}
            type="button"
            onClick={close}
            className="rounded-md px-2 py-1 text-sm font-medium underline underline-offset-4"
          >
            Close
          </button>
        </div>
        <div className="min-h-0 flex-1 overflow-y-auto px-4 lg:overflow-visible lg:px-0">
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
        <div className="border-t border-neutral-200 p-4 lg:hidden dark:border-neutral-800">
          <button
            type="button"
            onClick={close}
            className="w-full rounded-md bg-neutral-900 px-4 py-2 font-medium text-white dark:bg-neutral-100 dark:text-neutral-900"
          >
            {showLabel}
          </button>
        </div>
      </div>
    </aside>
  );
}
