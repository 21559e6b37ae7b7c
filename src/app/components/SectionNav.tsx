import { memo, useEffect, useRef, useState, type RefObject } from 'react';
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

const badge = 'rounded-full bg-red-700 px-1 font-semibold text-white dark:bg-red-400 dark:text-neutral-950';

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
  const total = count === undefined ? '' : formatCount(count);
  return (
    <li>
      <PlainLink to={to} aria-current={active ? 'page' : undefined} className={linkClass(active)}>
        {name}
        {count !== undefined && (
          <>
            {' '}
            {/* An unread count is a badge, as in a mail client; a total is plain. The count keeps the
                room of its widest form (the badge with the total's digits: unread never exceeds it),
                drawn invisibly in the same grid cell, so unread counts after hydration or a read
                do not push the other sections sideways. */}
            <span className="inline-grid text-xs tabular-nums">
              <span aria-hidden="true" data-count-room="" className={`invisible [grid-area:1/1] ${badge}`}>
                {total}
              </span>
              {unread !== undefined ? (
                <span className={`[grid-area:1/1] justify-self-start ${badge}`}>
                  {formatCount(unread)} <span className="sr-only">unread of {total} articles</span>
                </span>
              ) : (
                <span className="[grid-area:1/1] text-neutral-600 dark:text-neutral-400">
                  {total} <span className="sr-only">articles</span>
                </span>
              )}
            </span>
          </>
        )}
      </PlainLink>
    </li>
  );
});

/**
 * Whether the list runs on past the right edge: the nav then fades out there and shows a "More"
 * arrow that scrolls it, so a reader sees there are more sections than fit.
 */
function useMoreToTheRight(ref: RefObject<HTMLElement | null>): boolean {
  const [more, setMore] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const update = () => setMore(element.scrollLeft + element.clientWidth < element.scrollWidth - 1);
    update();
    element.addEventListener('scroll', update, { passive: true });
    window.addEventListener('resize', update);
    return () => {
      element.removeEventListener('scroll', update);
      window.removeEventListener('resize', update);
    };
  }, [ref]);
  return more;
}

export function SectionNav({ sections, unread }: Props) {
  const { pathname } = useLocation();
  const scroller = useRef<HTMLDivElement>(null);
  const more = useMoreToTheRight(scroller);
  return (
    <nav aria-label="Sections" className="relative -mx-4">
      <div
        ref={scroller}
        data-sections-scroller=""
        data-more={more ? '' : undefined}
        className={`overflow-x-auto px-4 ${more ? '[mask-image:linear-gradient(to_right,black_calc(100%-4rem),transparent)]' : ''}`}
      >
        <ul className="flex gap-3">
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
      </div>
      {more && (
        <button
          type="button"
          aria-label="More sections"
          onClick={() => scroller.current?.scrollBy({ left: scroller.current.clientWidth * 0.8, behavior: 'smooth' })}
          className="absolute top-1/2 right-0 -translate-y-1/2 rounded-md bg-white/90 px-2 py-1 text-sm font-medium text-neutral-800 hover:text-neutral-950 dark:bg-neutral-950/90 dark:text-neutral-200 dark:hover:text-white"
        >
          More<span aria-hidden="true"> →</span>
        </button>
      )}
    </nav>
  );
}
