import { Link } from 'react-router';
import type { FacetValue } from '../../../../model/data';
import { routePaths } from '../../../../model/routes';
import { formatCount } from '../../../lib/formatDate';

interface Props {
  heading: string;
  sections: readonly FacetValue[];
}

/** Every section as a link to its page: somewhere to go when a search has nothing (yet). */
export function SectionSuggestions({ heading, sections }: Props) {
  if (sections.length === 0) return null;
  return (
    <section aria-label={heading} className="mt-8">
      <h3 className="text-xs font-semibold tracking-widest uppercase">{heading}</h3>
      <ul className="mt-3 flex flex-wrap gap-2">
        {sections.map((section) => (
          <li key={section.slug}>
            <Link
              to={routePaths.topic(section.slug)}
              className="inline-flex items-baseline gap-1.5 rounded-full border border-neutral-300 px-3 py-1 text-sm hover:border-neutral-600 dark:border-neutral-700 dark:hover:border-neutral-400"
            >
              {section.name}{' '}
              <span className="text-xs text-neutral-600 tabular-nums dark:text-neutral-400">
                {formatCount(section.count)} <span className="sr-only">articles</span>
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
