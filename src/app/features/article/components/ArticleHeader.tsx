import type { Article } from '../../../../model/article';
import { archiveSlugs, routePaths } from '../../../../model/routes';
import { AlsoAs } from '../../../components/AlsoAs';
import { ArticleDate } from '../../../components/ArticleDate';
import { PlainLink } from '../../../components/PlainLink';
import { formatReadingTime } from '../../../lib/formatDate';
import { ArticleSource } from './ArticleSource';
import { Byline } from './Byline';
import { MoreFrom } from './MoreFrom';

interface Props {
  article: Article;
}

export function ArticleHeader({ article }: Props) {
  const primary = article.sections[0];
  const [, month] = archiveSlugs(article.date);
  return (
    <header>
      {primary && (
        <p className="text-sm font-semibold tracking-widest uppercase">
          <PlainLink to={routePaths.topic(primary.slug)} className="text-red-700 hover:underline dark:text-red-400">
            {primary.name}
          </PlainLink>
        </p>
      )}
      <h1 className="mt-2 font-serif text-3xl leading-tight font-bold text-balance sm:text-5xl">{article.title}</h1>
      {article.dek && (
        <p className="mt-4 font-serif text-xl leading-snug text-neutral-700 sm:text-2xl dark:text-neutral-300">
          {article.dek}
        </p>
      )}
      <div className="mt-6 flex flex-wrap items-baseline gap-x-3 gap-y-1 border-y border-neutral-200 py-3 text-sm text-neutral-600 dark:border-neutral-800 dark:text-neutral-400">
        <Byline byline={article.byline} authors={article.authors} />
        {month ? (
          <PlainLink to={routePaths.archive(month)} className="underline-offset-2 hover:underline">
            <ArticleDate date={article.date} />
          </PlainLink>
        ) : (
          <ArticleDate date={article.date} />
        )}
        <ArticleSource source={article.source} url={article.url} />
        <MoreFrom source={article.source} />
        <span>{formatReadingTime(article.readingMinutes)}</span>
      </div>
      <AlsoAs copies={article.alsoAs} label="Also published as" className="mt-3" />
    </header>
  );
}
