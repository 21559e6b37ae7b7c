import { memo } from 'react';
import type { ArticleSummary } from '../../model/article';
import { routePaths } from '../../model/routes';
import { AlsoAs } from './AlsoAs';
import { ArticleDate } from './ArticleDate';
import { ArticleLink } from './ArticleLink';
import { PlainLink } from './PlainLink';
import { Thumbnail } from './Thumbnail';
import { formatReadingTime } from '../lib/formatDate';
import { RowActions } from './reading/RowActions';
import { useIsRead } from '../hooks/useReaderState';

interface Props {
  article: ArticleSummary;
  /** Replaces the reading time, e.g. "Saved 3 December 2025" on the saved and history pages. */
  note?: string;
}

// Memoised: a filter change re-renders the list, and rows it keeps need not render again.
export const ArticleRow = memo(function ArticleRow({ article, note }: Props) {
  const primary = article.sections[0];
  const read = useIsRead(article.id);
  return (
    // data-article-row: the j and k keys move between rows (features/keys).
    <article data-article-row data-article-id={article.id} className="py-6">
      {article.thumbnail && <Thumbnail src={article.thumbnail} className="float-right mb-2 ml-4" />}
      {primary && (
        <p className="mb-1 text-xs font-semibold tracking-widest uppercase">
          <PlainLink to={routePaths.topic(primary.slug)} className="text-red-700 hover:underline dark:text-red-400">
            {primary.name}
          </PlainLink>
        </p>
      )}
      <h2
        className={`font-serif text-xl leading-snug sm:text-2xl ${read ? 'font-normal text-neutral-600 dark:text-neutral-400' : 'font-bold'}`}
      >
        <ArticleLink slug={article.slug} className="hover:underline hover:decoration-2 hover:underline-offset-4">
          {article.title}
        </ArticleLink>
      </h2>
      {article.dek && <p className="mt-2 text-neutral-700 dark:text-neutral-300">{article.dek}</p>}
      <p className="mt-2 flex flex-wrap gap-x-2 text-sm text-neutral-600 dark:text-neutral-400">
        <ArticleDate date={article.date} />
        <span aria-hidden="true">·</span>
        <span>{note ?? formatReadingTime(article.readingMinutes)}</span>
        {/* "Read" in words too, so the state is not shown by the headline's colour alone. */}
        {read && (
          <>
            <span aria-hidden="true">·</span>
            <span className="font-semibold">Read</span>
          </>
        )}
      </p>
      <AlsoAs copies={article.alsoAs} label="Also as" className="mt-1" />
      <RowActions article={article} />
    </article>
  );
});
