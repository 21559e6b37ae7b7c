import type { FrontItem } from '../../../../model/data';
import { routePaths } from '../../../../model/routes';
import { ArticleLink } from '../../../components/ArticleLink';
import { PlainLink } from '../../../components/PlainLink';
import { RowActions } from '../../../components/reading/RowActions';
import { useIsRead } from '../../../hooks/useReaderState';
import { formatArticles, formatReadingTime } from '../../../lib/formatDate';

export type StoryLook = 'lead' | 'top' | 'block' | 'brief';

interface Props {
  item: FrontItem;
  look: StoryLook;
  headingLevel: 2 | 3;
  /** The section name above the headline; off inside a section's own block. */
  kicker?: boolean;
}

const headline: Record<StoryLook, string> = {
  lead: 'text-3xl leading-tight sm:text-4xl lg:text-5xl',
  top: 'text-lg leading-snug sm:text-xl',
  block: 'text-lg leading-snug',
  brief: 'text-base leading-snug',
};

const dekClass: Record<StoryLook, string | null> = {
  lead: 'mt-3 text-lg text-neutral-700 dark:text-neutral-300',
  top: 'mt-1 line-clamp-3 text-sm text-neutral-700 dark:text-neutral-300',
  block: 'mt-1 line-clamp-2 text-sm text-neutral-700 dark:text-neutral-300',
  brief: null,
};

/** "12 articles in this story · BBC, Reuters", or for a lone article its source and reading time. */
function coverage({ article, storySize, sources }: FrontItem): string[] {
  const parts = storySize > 1 ? [`${formatArticles(storySize)} in this story`] : [];
  if (sources.length > 0) parts.push(sources.join(', '));
  if (storySize <= 1) parts.push(formatReadingTime(article.readingMinutes));
  return parts;
}

/**
 * One story on the front page. A list row to the keys (data-article-row): j and k reach it, o
 * opens it, s and m press its buttons.
 */
export function FrontStory({ item, look, headingLevel, kicker = true }: Props) {
  const { article } = item;
  const read = useIsRead(article.id);
  const primary = article.sections[0];
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const dek = dekClass[look];
  return (
    <article data-article-row data-article-id={article.id} className="group">
      {kicker && primary && (
        <p className="mb-1 text-xs font-semibold tracking-widest uppercase">
          <PlainLink to={routePaths.topic(primary.slug)} className="text-red-700 hover:underline dark:text-red-400">
            {primary.name}
          </PlainLink>
        </p>
      )}
      <div className="flex items-start gap-2">
        <Heading
          className={`min-w-0 flex-1 font-serif ${headline[look]} ${read ? 'font-normal text-neutral-600 dark:text-neutral-400' : 'font-bold'}`}
        >
          <ArticleLink slug={article.slug} className="hover:underline hover:decoration-2 hover:underline-offset-4">
            {article.title}
          </ArticleLink>
        </Heading>
        {/* A brief's actions sit beside its headline, so an idle row has no blank line under it. */}
        {look === 'brief' && <RowActions article={article} />}
      </div>
      {dek && article.dek && <p className={dek}>{article.dek}</p>}
      {look === 'brief' ? (
        read && <p className="text-xs font-semibold text-neutral-600 dark:text-neutral-400">Read</p>
      ) : (
        <div className="mt-1 flex flex-wrap items-center gap-x-2 text-xs text-neutral-600 dark:text-neutral-400">
          <span>{coverage(item).join(' · ')}</span>
          {read && <span className="font-semibold">Read</span>}
          <span className="-my-2 ml-auto">
            <RowActions article={article} />
          </span>
        </div>
      )}
    </article>
  );
}
