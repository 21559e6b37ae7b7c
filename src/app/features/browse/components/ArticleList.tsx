import { useCallback, type ReactNode } from 'react';
import type { ArticleSummary } from '../../../../model/article';
import { CHUNK_SIZE } from '../../../../model/data';
import { listPageCount, routePaths } from '../../../../model/routes';
import { useChunks } from '../../../api/chunk';
import { ErrorState } from '../../../components/ErrorState';
import { formatArticles, formatCount } from '../../../lib/formatDate';
import { useAfterPaint } from '../../../hooks/useAfterPaint';
import { chunkIndexesFor, matchCount, windowOrdinals, type KnownSummaries, type Matches } from '../../../lib/filter';
import { MarkAllRead } from '../../../components/reading/MarkAllRead';
import { ArticleRow } from '../../../components/ArticleRow';
import { ListSkeleton } from '../../../components/ListSkeleton';
import { PlainLink } from '../../../components/PlainLink';
import { useListWindow } from '../hooks/useListWindow';
import { pageLinks } from '../lib/pageLinks';

/**
 * Rows a screen shows at once, and more. When the filter changes, the new list paints these
 * first and the rest a frame later: a tick shows the rows the reader sees without waiting to
 * build and lay out thirty, most of them below the fold.
 */
const FIRST_ROWS = 10;

interface Props {
  matches: Matches;
  /** Summaries already at hand (from facet postings), by ordinal. */
  known: KnownSummaries;
  /** Shown when nothing matches. */
  empty: ReactNode;
  /** The numbered page the URL names (1 for the list itself). */
  page: number;
  /** The path of the list's first page, or null where it has no numbered pages (a filtered list). */
  base: string | null;
}

/**
 * Newest first, one chunk of rows per page, from the URL's page; "Load more" fetches only the
 * chunks the next page needs, and links lead to the pages before and after without JavaScript.
 */
export function ArticleList({ matches, known, empty, page, base }: Props) {
  const pageHref = useCallback((n: number) => routePaths.listPage(base ?? '', n), [base]);
  const [{ start, pages }, loadMore] = useListWindow(page, base === null ? null : pageHref);
  const total = matchCount(matches);
  const from = (start - 1) * CHUNK_SIZE;
  const ordinals = windowOrdinals(matches, from, pages * CHUNK_SIZE);
  const indexes = chunkIndexesFor(ordinals, known);
  const chunks = useChunks(indexes);

  const byIndex = new Map(indexes.map((index, i) => [index, chunks[i]]));
  const rows: ArticleSummary[] = [];
  for (const ordinal of ordinals) {
    const item = known.get(ordinal) ?? byIndex.get(Math.floor(ordinal / CHUNK_SIZE))?.data?.items[ordinal % CHUNK_SIZE];
    if (!item) break;
    rows.push(item);
  }
  // Cut only while a new filter's list is first painted: never on the first render, which
  // hydrates every prerendered row, nor for "Load more", nor when a topic page's whole postings
  // replace its first page (same rows, new matches).
  const whole = useAfterPaint(ordinals.slice(0, CHUNK_SIZE).join());
  const shown = whole ? rows : rows.slice(0, FIRST_ROWS);
  const failed = chunks.filter((chunk) => chunk.isError);
  const retry = () => failed.forEach((chunk) => void chunk.refetch());
  // Past the one page held of a value whose whole postings are still on their way.
  const awaitingOrdinals = ordinals.length < Math.min(total - from, pages * CHUNK_SIZE);
  const loading = awaitingOrdinals || chunks.some((chunk) => chunk.isPending && !chunk.isError);
  const links = base === null ? {} : pageLinks(base, total, start, start + pages - 1);

  // A numbered page past the end of a filtered list shows what an empty list does.
  if (total === 0 || from >= total) return <>{empty}</>;
  if (rows.length === 0) {
    return failed.length > 0 ? <ErrorState error={failed[0]?.error} onRetry={retry} /> : <ListSkeleton />;
  }
  return (
    <>
      <MarkAllRead articles={rows} />
      <ol className="divide-y divide-neutral-200 dark:divide-neutral-800">
        {shown.map((article) => (
          <li key={article.id}>
            <ArticleRow article={article} />
          </li>
        ))}
      </ol>
      {failed.length > 0 ? (
        <ErrorState error={failed[0]?.error} onRetry={retry} />
      ) : (
        loading && <ListSkeleton rows={2} />
      )}
      <div className="mt-6 flex flex-col items-center gap-3 border-t border-neutral-200 pt-6 dark:border-neutral-800">
        <p aria-live="polite" className="text-sm text-neutral-600 dark:text-neutral-400">
          Showing {start > 1 && `${formatCount(from + 1)}–`}
          {formatCount(from + rows.length)} of {formatArticles(total)}
        </p>
        {from + ordinals.length < total && (
          <button
            type="button"
            onClick={loadMore}
            className="rounded-md border border-neutral-900 px-6 py-2 font-medium hover:bg-neutral-900 hover:text-white dark:border-neutral-100 dark:hover:bg-neutral-100 dark:hover:text-neutral-900"
          >
            Load more
          </button>
        )}
        {(links.prev !== undefined || links.next !== undefined) && (
          <nav aria-label="Pages" className="flex items-center gap-6 text-sm">
            {links.prev !== undefined && (
              <PlainLink to={links.prev} rel="prev" className="underline-offset-4 hover:underline">
                <span aria-hidden="true">←</span> Previous page
              </PlainLink>
            )}
            <span className="text-neutral-600 dark:text-neutral-400">
              {pages > 1 ? `Pages ${formatCount(start)}–` : 'Page '}
              {formatCount(start + pages - 1)} of {formatCount(listPageCount(total))}
            </span>
            {links.next !== undefined && (
              <PlainLink to={links.next} rel="next" className="underline-offset-4 hover:underline">
                Next page <span aria-hidden="true">→</span>
              </PlainLink>
            )}
          </nav>
        )}
      </div>
    </>
  );
}
