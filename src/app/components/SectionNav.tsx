import { memo } from 'react';
import { useLocation } from 'react-router';
import type { FacetValue } from '../../model/data';
import { routePaths } from '../../model/routes';
import { formatCount } from '../lib/formatDate';
import { PlainLink } from './PlainLink';

interface Props {
  sections: readonly FacetValue[];
  /** Unread counts of the sections the reader has read in; the others show their totals. */
  unread?: ReadonlyMap<string, number>;
}

const linkClass = (active: boolean) =>
  `relative inline-flex items-baseline gap-1.5 whitespace-nowrap border-b-2 px-1 py-3 text-sm font-medium ${
    active
      ? 'border-red-700 text-neutral-900 dark:border-red-400 dark:text-white'
      : 'border-transparent text-neutral-700 hover:border-neutral-400 hover:text-neutral-900 dark:text-neutral-300 dark:hover:border-neutral-500 dark:hover:text-white'
  }`;

/** Whether a link to `to` stands for the page at `pathname`, as react-router's NavLink decides it. */
function isActive(to: string, pathname: string, end: boolean): boolean {
  const here = pathname.toLowerCase();
  const target = to.toLowerCase();
  return here === target || (!end && here.startsWith(target.endsWith('/') ? target : `${target}/`));
}

interface ItemProps {
  to: string;
  active: boolean;
  name: string;
  /** Omitted for "Home" and "Latest". */
  count?: number;
  unread?: number;
}

// Memoised, with the active state worked out once by the nav: NavLink subscribes to the
// location, so every filter tick on a list page re-rendered each section's link.
const SectionLink = memo(function SectionLink({ to, active, name, count, unread }: ItemProps) {
  return (
    <li>
      <PlainLink to={to} aria-current={active ? 'page' : undefined} className={linkClass(active)}>
        {name}
        {count !== undefined && (
          <>
            {' '}
            <span className="text-xs text-neutral-600 tabular-nums dark:text-neutral-400">
              {unread !== undefined ? (
                <>
                  {formatCount(unread)} unread <span className="sr-only">of {formatCount(count)} articles</span>
                </>
              ) : (
                <>
                  {formatCount(count)} <span className="sr-only">articles</span>
                </>
              )}
            </span>
          </>
        )}
      </PlainLink>
    </li>
  );
});

export function SectionNav({ sections, unread }: Props) {
  const { pathname } = useLocation();
  return (
    <nav aria-label="Sections" className="-mx-4 overflow-x-auto px-4">
      <ul className="flex gap-4">
        <SectionLink to={routePaths.home()} active={isActive(routePaths.home(), pathname, true)} name="Home" />
        <SectionLink
          to={routePaths.latest()}
          // Its numbered pages, and their old addresses (/page/N), are the latest list too.
          active={isActive(routePaths.latest(), pathname, false) || /^\/page\/[^/]+\/?$/.test(pathname)}
          name="Latest"
        />
        {sections.map((section) => {
          const to = routePaths.topic(section.slug);
          return (
            <SectionLink
              key={section.slug}
              to={to}
              active={isActive(to, pathname, false)}
              name={section.name}
              count={section.count}
              unread={unread?.get(section.slug)}
            />
          );
        })}
      </ul>
    </nav>
  );
}
