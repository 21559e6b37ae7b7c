import type { Manifest } from '../../../../model/data';
import { routePaths } from '../../../../model/routes';
import { ArticleDate } from '../../../components/ArticleDate';
import { ArticleLink } from '../../../components/ArticleLink';
import { PlainLink } from '../../../components/PlainLink';
import type { SearchHit } from '../api/searchQueries';
import { Highlighted } from './Highlighted';

interface Props {
  hit: SearchHit;
  manifest: Manifest;
}

export function SearchResultItem({ hit, manifest }: Props) {
  const primary = hit.sections[0];
  const section = primary ? manifest.sections.find((s) => s.slug === primary) : undefined;
  return (
    // data-article-row: j, k and o move through results as through any list (features/keys).
    <article data-article-row className="py-6">
      {section && (
        <p className="mb-1 text-xs font-semibold tracking-widest uppercase">
          <PlainLink to={routePaths.topic(section.slug)} className="text-red-700 hover:underline dark:text-red-400">
            {section.name}
          </PlainLink>
        </p>
      )}
      <h2 className="font-serif text-xl leading-snug font-bold sm:text-2xl">
        <ArticleLink slug={hit.slug} className="hover:underline hover:decoration-2 hover:underline-offset-4">
          <Highlighted segments={hit.headline} />
        </ArticleLink>
      </h2>
      {hit.snippet.length > 0 && (
        <p className="mt-2 text-neutral-700 dark:text-neutral-300">
          <Highlighted segments={hit.snippet} />
        </p>
      )}
      {hit.date && (
        <p className="mt-2 text-sm text-neutral-600 dark:text-neutral-400">
          <ArticleDate date={hit.date} />
        </p>
      )}
    </article>
  );
}
