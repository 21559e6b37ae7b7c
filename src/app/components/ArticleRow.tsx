import { memo } from 'react';
import type { ArticleSummary } from '../../model/article';
import { routePaths } from '../../model/routes';
import { AlsoAs } from './AlsoAs';
import { ArticleDate } from './ArticleDate';
import { ArticleLink } from './ArticleLink';
import { DottedParts } from './DottedParts';
import { PlainLink } from './PlainLink';
import { Thumbnail } from './Thumbnail';
import { StoryLink } from './StoryLink';
import { formatReadingTime } from '../lib/formatDate';
import { RowActions } from './reading/RowActions';
import { useIsRead } from '../hooks/useReaderState';

interface Props {
  article: ArticleSummary;
  /** Replaces the reading time, e.g. "Saved 3 December 2025" on the saved and history pages. */
  note?: string;
  /** 3 where the list sits under a page's own h2s (the front page's blocks). */
  headingLevel?: 2 | 3;
}

// Memoised: a filter change re-renders the list, and rows it keeps need not render again.
export const ArticleRow = memo(function ArticleRow({ article, note, headingLevel = 2 }: Props) {
  const primary = article.sections[0];
  const read = useIsRead(article.id);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    // data-article-row: the j and k keys move between rows (features/keys); group: hovering or
    // focusing anywhere in the row shows its actions (RowActions).
    <article data-article-row data-article-id={article.id} className="group flex gap-4 py-3">
      <div className="min-w-0 flex-1">
        <Heading
          className={`font-serif text-lg leading-snug sm:text-xl ${read ? 'font-normal text-neutral-600 dark:text-neutral-400' : 'font-bold'}`}
        >
          <ArticleLink slug={article.slug} className="hover:underline hover:decoration-2 hover:underline-offset-4">
            {article.title}
          </ArticleLink>
        </Heading>
        {article.dek && (
          <p className="mt-0.5 line-clamp-2 text-sm text-neutral-700 dark:text-neutral-300">{article.dek}</p>
        )}
        <div className="mt-1 flex flex-wrap items-center gap-x-2 text-xs text-neutral-600 dark:text-neutral-400">
          <DottedParts
            parts={[
              primary && (
                <PlainLink
                  key="section"
                  to={routePaths.topic(primary.slug)}
                  className="font-semibold tracking-wider text-red-700 uppercase hover:underline dark:text-red-400"
                >
                  {primary.name}
                </PlainLink>
              ),
              article.date && <ArticleDate key="date" date={article.date} />,
              <span key="time">{note ?? formatReadingTime(article.readingMinutes)}</span>,
              article.story && <StoryLink key="story" story={article.story} />,
              // "Read" in words too, so the state is not shown by the headline's colour alone.
              read && (
                <span key="read" className="font-semibold">
                  Read
                </span>
              ),
            ]}
          />
          <span className="-my-2 ml-auto">
            <RowActions article={article} />
          </span>
        </div>
        <AlsoAs copies={article.alsoAs} label="Also as" className="mt-1 text-xs" />
      </div>
      {article.thumbnail && <Thumbnail src={article.thumbnail} className="sm:h-20 sm:w-32" />}
    </article>
  );
});
