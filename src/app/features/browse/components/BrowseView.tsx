import { useMemo } from 'react';
import type { FacetKind, Manifest } from '../../../../model/data';
import type { FacetRef } from '../../../api/facetPostings';
import { ErrorState } from '../../../components/ErrorState';
import { formatArticles, formatCount } from '../../../lib/formatDate';
import { useMatches } from '../hooks/useMatches';
import { useSelection } from '../hooks/useSelection';
import { filterGroups, knownSummaries, matchCount } from '../../../lib/filter';
import { emptySelection, selectionSize, toggleValue } from '../../../lib/selection';
import { ActiveFilters } from './ActiveFilters';
import { ArticleList } from './ArticleList';
import { BrowseHeading } from './BrowseHeading';
import { EmptyResult } from './EmptyResult';
import { FacetPanel } from './FacetPanel';
import { ListSkeleton } from './ListSkeleton';

interface Props {
  manifest: Manifest;
  /** The page's own facet value (a topic or entity page); null on the latest list. */
  fixed: FacetRef | null;
  kicker?: string;
  title: string;
  /** Articles on this page before the reader's filters. */
  total: number;
}

/** A filterable article list: heading, facet panel, active filter chips and the list itself. */
export function BrowseView({ manifest, fixed, kicker, title, total }: Props) {
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

  const toggle = (kind: FacetKind, slug: string) => setSelection(toggleValue(selection, kind, slug));
  const clear = () => setSelection(emptySelection());
  const summary =
    filtered && matches
      ? `${formatCount(matchCount(matches))} of ${formatArticles(total)} match your filters`
      : `${formatArticles(total)}, newest first`;

  return (
    <>
      <BrowseHeading kicker={kicker} title={title} summary={summary} />
      <div className="lg:grid lg:grid-cols-[15rem_minmax(0,1fr)] lg:gap-12">
        <FacetPanel
          manifest={manifest}
          fixed={stableFixed}
          selection={selection}
          groups={groups}
          postings={postings}
          onToggle={toggle}
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
          ) : matches ? (
            <ArticleList matches={matches} known={known} empty={<EmptyResult filtered={filtered} onClear={clear} />} />
          ) : (
            <ListSkeleton />
          )}
        </section>
      </div>
    </>
  );
}
