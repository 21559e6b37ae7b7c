import { NavLink } from 'react-router';
import type { FacetValue } from '../../model/data';
import { routePaths } from '../../model/routes';
import { formatCount } from '../lib/formatDate';

interface Props {
  sections: readonly FacetValue[];
  /** Unread counts of the sections the reader has read in; the others show their totals. */
  unread?: ReadonlyMap<string, number>;
}

const linkClass = ({ isActive }: { isActive: boolean }) =>
  `relative inline-flex items-baseline gap-1.5 whitespace-nowrap border-b-2 px-1 py-3 text-sm font-medium ${
    isActive
      ? 'border-red-700 text-neutral-900 dark:border-red-400 dark:text-white'
      : 'border-transparent text-neutral-700 hover:border-neutral-400 hover:text-neutral-900 dark:text-neutral-300 dark:hover:border-neutral-500 dark:hover:text-white'
  }`;

export function SectionNav({ sections, unread }: Props) {
  return (
    <nav aria-label="Sections" className="-mx-4 overflow-x-auto px-4">
      <ul className="flex gap-4">
        <li>
          <NavLink to={routePaths.home()} end className={linkClass}>
            Latest
          </NavLink>
        </li>
        {sections.map((section) => (
          <li key={section.slug}>
            <NavLink to={routePaths.topic(section.slug)} className={linkClass}>
              {section.name}{' '}
              <span className="text-xs text-neutral-600 tabular-nums dark:text-neutral-400">
                {unread?.has(section.slug) ? (
                  <>
                    {formatCount(unread.get(section.slug) ?? 0)} unread{' '}
                    <span className="sr-only">of {formatCount(section.count)} articles</span>
                  </>
                ) : (
                  <>
                    {formatCount(section.count)} <span className="sr-only">articles</span>
                  </>
                )}
              </span>
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
