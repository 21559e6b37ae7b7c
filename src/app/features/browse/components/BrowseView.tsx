import { useCallback, useMemo, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { type FacetKind, type FacetValue, type Manifest, type FacetRef, type PlaceLink } from '../../../../model/data';
import { facetPostingsQueryOptions } from '../../../api/facetPostings';
import { ErrorState } from '../../../components/ErrorState';
import { formatArticles, formatCount } from '../../../lib/formatDate';
import { useMatches } from '../hooks/useMatches';
import { useSelection } from '../hooks/useSelection';
import { filterGroups, knownSummaries, matchCount, type KnownSummaries, type Matches } from '../../../lib/filter';
import { emptySelection, selectionSize, toggleValue } from '../../../lib/selection';
import { ActiveFilters } from '../../../components/filters/ActiveFilters';
import { ArticleList } from './ArticleList';
import { BrowseHeading } from './BrowseHeading';
import { EmptyResult } from './EmptyResult';
import { FacetPanel } from '../../../components/filters/FacetPanel';
import { ListSkeleton } from '../../../components/ListSkeleton';

interface Props {
  manifest: Manifest;
  /** The page's own facet value (a topic or entity page); null on the latest list. */
  fixed: FacetRef | null;
  kicker?: string;
  title: string;
  /** Articles on this page before the reader's filters. */
  total: number;
  /** A place page's country and state, and a country's places (BrowseHeading). */
  within?: PlaceLink[];
  contains?: FacetValue[];
}

interface ListView {
  matches: Matches;
  known: KnownSummaries;
  filtered: boolean;
}

/** A filterable article list: heading, facet panel, active filter chips and the list itself. */
export function BrowseView({ manifest, fixed, kicker, title, total, within, contains }: Props) {
  const queryClient = useQueryClient();
  const { selection, setSelection } = useSelection();
  const fixedKind = fixed?.kind;
  const fixedSlug = fixed?.slug;
  const stableFixed = useMemo(
    () => (fixedKind && fixedSlug ? { kind: fixedKind, slug: fixedSlug } : null),
    [fixedKind, fixedSlug],
  );
  const groups = useMemo(() => filterGroups(stableFixed, selection), [stableFixed, selection]);
  const { matches, postings, error, retry } = useMatches(groups, manifest.articleCount);
  const known = useMemo(() => knownSummaries(postings), [postings]);
  const filtered = selectionSize(selection) > 0;

  // While a new filter's postings load, the list last shown stays (marked busy) rather than
  // flashing a skeleton; the chips and checkboxes already show the new filter.
  const [settled, setSettled] = useState<ListView | null>(() => (matches ? { matches, known, filtered } : null));
  if (matches && (settled?.matches !== matches || settled.known !== known || settled.filtered !== filtered)) {
    setSettled({ matches, known, filtered });
  }
  const view = matches ? { matches, known, filtered } : settled;
  const stale = !matches && view !== null;

  const toggle = useCallback(
    (kind: FacetKind, slug: string) => setSelection(toggleValue(selection, kind, slug)),
    [selection, setSelection],
  );
  // Ticking a value needs its postings: start loading them once the reader points at it.
  const prefetch = useCallback(
    (kind: FacetKind, slug: string) => void queryClient.prefetchQuery(facetPostingsQueryOptions({ kind, slug })),
    [queryClient],
  );
  const clear = () => setSelection(emptySelection());
  const summary =
    view?.filtered
      ? `${formatCount(matchCount(view.matches))} of ${formatArticles(total)} match your filters`
      : `${formatArticles(total)}, newest first`;

  return (
    <>
      <BrowseHeading kicker={kicker} title={title} summary={summary} within={within} contains={contains} />
      <div className="lg:grid lg:grid-cols-[15rem_minmax(0,1fr)] lg:gap-12">
        <FacetPanel
          manifest={manifest}
          fixed={stableFixed}
          selection={selection}
          groups={groups}
          postings={postings}
          onToggle={toggle}
          onIntent={prefetch}
        />
        <section aria-label="Articles">
          <ActiveFilters
            manifest={manifest}
            selection={selection}
            postings={postings}
            onRemove={toggle}
            onClear={clear}
          />
          {error ? (
            <ErrorState error={error} onRetry={retry} />
          ) : view ? (
            <div aria-busy={stale}>
              <ArticleList
                matches={view.matches}
                known={view.known}
                empty={<EmptyResult filtered={view.filtered} onClear={clear} />}
              />
            </div>
          ) : (
            <ListSkeleton />
          )}
        </section>
      </div>
    </>
  );
}
