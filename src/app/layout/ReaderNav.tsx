import type { ReactNode } from 'react';
import { useLocation } from 'react-router';
import { routePaths } from '../../model/routes';
import { PlainLink } from '../components/PlainLink';

const linkClass = (isActive: boolean) =>
  `inline-flex items-center rounded-sm p-1.5 text-sm font-medium underline-offset-4 hover:underline sm:px-1 sm:py-1 ${
    isActive ? 'underline decoration-2' : 'text-neutral-700 dark:text-neutral-300'
  }`;

/** On a phone an icon (the header keeps to one row), from sm up the word; the word is the name either way. */
function Item({ to, label, icon, pathname }: { to: string; label: string; icon: ReactNode; pathname: string }) {
  // As NavLink decides it (the page or one below it, any case), worked out here rather than by
  // NavLink: each NavLink resolves its path on every navigation, and the header is on every page.
  const here = pathname.toLowerCase();
  const active = here === to || here.startsWith(`${to}/`);
  return (
    <li>
      <PlainLink to={to} aria-current={active ? 'page' : undefined} className={linkClass(active)}>
        <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5 fill-none stroke-current stroke-2 sm:hidden">
          {icon}
        </svg>
        <span className="sr-only sm:not-sr-only">{label}</span>
      </PlainLink>
    </li>
  );
}

/** The reader's own pages, in the site header. */
export function ReaderNav() {
  const { pathname } = useLocation();
  return (
    <nav aria-label="Your reading">
      <ul className="flex items-center gap-0 sm:gap-3">
        <Item pathname={pathname} to={routePaths.saved()} label="Saved" icon={<path d="M6 3h12v18l-6-4-6 4z" />} />
        <Item
          pathname={pathname}
          to={routePaths.history()}
          label="History"
          icon={
            <>
              <circle cx="12" cy="12" r="9" />
              <path d="M12 7v5l3 2" />
            </>
          }
        />
        <Item
          pathname={pathname}
          to={routePaths.settings()}
          label="Settings"
          icon={
            <>
              {/* Sliders, not a cog: a cog drawn this small reads as the theme button's sun. */}
              <path d="M4 6h9M17 6h3M4 12h3M11 12h9M4 18h11M19 18h1" />
              <circle cx="15" cy="6" r="2" />
              <circle cx="9" cy="12" r="2" />
              <circle cx="17" cy="18" r="2" />
            </>
          }
        />
      </ul>
    </nav>
  );
}
