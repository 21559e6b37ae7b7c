import type { FrontEntity } from '../../../../model/data';
import { routePaths } from '../../../../model/routes';
import { ArticleLink } from '../../../components/ArticleLink';
import { PlainLink } from '../../../components/PlainLink';
import { facetKickers } from '../../../lib/facetLabels';
import { formatArticles } from '../../../lib/formatDate';

/** The people, places and organisations most written about, each with its newest headline. */
export function InTheNewsBlock({ entities }: { entities: FrontEntity[] }) {
  if (entities.length === 0) return null;
  return (
    <section aria-labelledby="front-in-the-news" className="border-t-2 border-neutral-900 pt-3 dark:border-neutral-100">
      <h2 id="front-in-the-news" className="font-serif text-xl font-bold">
        In the news
      </h2>
      <ul className="mt-3 grid gap-x-8 gap-y-4 sm:grid-cols-2 lg:grid-cols-3">
        {entities.map((entity) => (
          <li key={`${entity.kind}/${entity.slug}`}>
            <p className="text-sm">
              <PlainLink to={routePaths.entity(entity.kind, entity.slug)} className="font-semibold hover:underline">
                {entity.name}
              </PlainLink>{' '}
              <span className="text-xs text-neutral-600 dark:text-neutral-400">
                {facetKickers[entity.kind]}, {formatArticles(entity.count)}
              </span>
            </p>
            <p className="mt-0.5 font-serif text-sm leading-snug">
              <span className="sr-only">Latest: </span>
              <ArticleLink slug={entity.latest.slug} className="hover:underline">
                {entity.latest.title}
              </ArticleLink>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
