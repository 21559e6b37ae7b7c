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
              <circle cx="12" cy="12" r="3" />
              <path d="M12 2v3M12 19v3M2 12h3M19 12h3M4.9 4.9l2.1 2.1M17 17l2.1 2.1M4.9 19.1 7 17M17 7l2.1-2.1" />
            </>
          }
        />
      </ul>
    </nav>
  );
}
