import { useCallback, useMemo, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { type PanelKind, type FacetValue, type Manifest, type FacetRef, type PlaceLink } from '../../../../model/data';
import { facetPostingsQueryOptions } from '../../../api/facetPostings';
import { ErrorState } from '../../../components/ErrorState';
import { formatArticles, formatCount } from '../../../lib/formatDate';
import { listOrderPhrase } from '../../../lib/listOrder';
import { useKeptSummaries } from '../hooks/useKeptSummaries';
import { useMatches } from '../hooks/useMatches';
import { listBase } from '../lib/pageLinks';
import { useSelection } from '../hooks/useSelection';
import { filterGroups, matchCount, type KnownSummaries, type Matches } from '../../../lib/filter';
import { emptySelection, selectionSize, toggleValue } from '../../../lib/selection';
import { ActiveFilters } from '../../../components/filters/ActiveFilters';
import { ArticleList } from './ArticleList';
import { BrowseHeading } from './BrowseHeading';
import { EmptyResult } from './EmptyResult';
import { FacetPanel } from '../../../components/filters/FacetPanel';
import { ListSkeleton } from '../../../components/ListSkeleton';
import { SubscribeLink } from '../../../components/SubscribeLink';
import { facetRoute, hasFeed, routePaths } from '../../../../model/routes';

interface Props {
  manifest: Manifest;
  /** The page's own facet value (a topic or entity page); null on the latest list. */
  fixed: FacetRef | null;
  kicker?: string;
  title: string;
  /** Articles on this page before the reader's filters. */
  total: number;
  /** The numbered page the URL names (1 for the list itself). */
  page: number;
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
export function BrowseView({ manifest, fixed, kicker, title, total, page, within, contains }: Props) {
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
  const known = useKeptSummaries(postings);
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
    (kind: PanelKind, slug: string) => setSelection(toggleValue(selection, kind, slug)),
    [selection, setSelection],
  );
  // Ticking a value needs its postings: start loading them once the reader points at it.
  const prefetch = useCallback(
    (kind: PanelKind, slug: string) => void queryClient.prefetchQuery(facetPostingsQueryOptions({ kind, slug })),
    [queryClient],
  );
  const clear = () => setSelection(emptySelection());
  const summary = view?.filtered
    ? `${formatCount(matchCount(view.matches))} of ${formatArticles(total)} match your filters`
    : `${formatArticles(total)}, ${listOrderPhrase(manifest)}`;

  return (
    <>
      <BrowseHeading
        kicker={kicker}
        title={title}
        summary={summary}
        within={within}
        contains={contains}
        aside={
          manifest.siteUrl &&
          (!fixed || hasFeed(fixed.kind)) && (
            <SubscribeLink
              siteUrl={manifest.siteUrl}
              route={fixed ? facetRoute(fixed.kind, fixed.slug) : routePaths.home()}
              name={title}
              className="text-sm font-medium text-red-700 underline-offset-4 hover:underline dark:text-red-400"
            />
          )
        }
      />
      <div className="lg:grid lg:grid-cols-[15rem_minmax(0,1fr)] lg:gap-12">
        <FacetPanel
          manifest={manifest}
          fixed={stableFixed}
          selection={selection}
          groups={groups}
          postings={postings}
          onToggle={toggle}
          onIntent={prefetch}
          resultCount={view ? (view.filtered ? matchCount(view.matches) : total) : undefined}
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
                page={page}
                base={view.filtered ? null : listBase(stableFixed)}
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
