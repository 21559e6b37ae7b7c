import type { ReactNode } from 'react';
import type { FacetValue, PlaceLink } from '../../../../model/data';
import { routePaths } from '../../../../model/routes';
import { PlainLink } from '../../../components/PlainLink';
import { formatCount } from '../../../lib/formatDate';

interface Props {
  kicker?: string;
  title: string;
  summary: string;
  /** Shown beside the heading: the page's Subscribe link, when the site has feeds. */
  aside?: ReactNode;
  /** A place's country (and state), outermost first: "United States › California › Los Angeles". */
  within?: PlaceLink[];
  /** The places inside this one, whose articles the list includes. */
  contains?: FacetValue[];
}

const link = 'underline decoration-neutral-300 underline-offset-2 hover:text-red-700 dark:hover:text-red-400';

export function BrowseHeading({ kicker, title, summary, aside, within, contains }: Props) {
  return (
    <header className="mb-8 border-b border-neutral-200 pb-6 dark:border-neutral-800">
      {within && within.length > 0 && (
        <nav aria-label="Breadcrumb" className="mb-1 text-sm text-neutral-600 dark:text-neutral-400">
          <ol className="flex flex-wrap gap-x-1">
            {within.map((place) => (
              <li key={place.slug}>
                <PlainLink to={routePaths.entity('places', place.slug)} className={link}>
                  {place.name}
                </PlainLink>
                <span aria-hidden="true"> ›</span>
              </li>
            ))}
            <li aria-current="page">{title}</li>
          </ol>
        </nav>
      )}
      {kicker && (
        <p className="text-sm font-semibold tracking-widest text-red-700 uppercase dark:text-red-400">{kicker}</p>
      )}
      <div className="mt-1 flex flex-wrap items-baseline justify-between gap-x-4">
        <h1 className="font-serif text-3xl font-bold sm:text-4xl">{title}</h1>
        {aside}
      </div>
      <p className="mt-2 text-neutral-600 dark:text-neutral-400">{summary}</p>
      {contains && contains.length > 0 && (
        <nav aria-label={`Places in ${title}`} className="mt-3 text-sm text-neutral-600 dark:text-neutral-400">
          <span className="font-semibold">Including </span>
          <ul className="inline">
            {contains.map((place, i) => (
              <li key={place.slug} className="inline">
                {i > 0 && ', '}
                <PlainLink to={routePaths.entity('places', place.slug)} className={link}>
                  {place.name}
                </PlainLink>{' '}
                ({formatCount(place.count)})
              </li>
            ))}
          </ul>
        </nav>
      )}
    </header>
  );
}
