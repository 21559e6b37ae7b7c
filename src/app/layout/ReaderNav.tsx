import type { ReactNode } from 'react';
import { NavLink } from 'react-router';
import { routePaths } from '../../model/routes';

const linkClass = ({ isActive }: { isActive: boolean }) =>
  `inline-flex items-center rounded-sm p-1.5 text-sm font-medium underline-offset-4 hover:underline sm:px-1 sm:py-1 ${
    isActive ? 'underline decoration-2' : 'text-neutral-700 dark:text-neutral-300'
  }`;

/** On a phone an icon (the header keeps to one row), from sm up the word; the word is the name either way. */
function Item({ to, label, icon }: { to: string; label: string; icon: ReactNode }) {
  return (
    <li>
      <NavLink to={to} className={linkClass}>
        <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5 fill-none stroke-current stroke-2 sm:hidden">
          {icon}
        </svg>
        <span className="sr-only sm:not-sr-only">{label}</span>
      </NavLink>
    </li>
  );
}

/** The reader's own pages, in the site header. */
export function ReaderNav() {
  return (
    <nav aria-label="Your reading">
      <ul className="flex items-center gap-0 sm:gap-3">
        <Item to={routePaths.saved()} label="Saved" icon={<path d="M6 3h12v18l-6-4-6 4z" />} />
        <Item
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
