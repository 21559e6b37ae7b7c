import { NavLink } from 'react-router';
import { routePaths } from '../../model/routes';

const linkClass = ({ isActive }: { isActive: boolean }) =>
  `rounded-sm px-1 py-1 text-sm font-medium underline-offset-4 hover:underline ${
    isActive ? 'underline decoration-2' : 'text-neutral-700 dark:text-neutral-300'
  }`;

/** The reader's own pages, in the site header. */
export function ReaderNav() {
  return (
    <nav aria-label="Your reading">
      <ul className="flex items-center gap-2 sm:gap-3">
        <li>
          <NavLink to={routePaths.saved()} className={linkClass}>
            Saved
          </NavLink>
        </li>
        <li>
          <NavLink to={routePaths.history()} className={linkClass}>
            History
          </NavLink>
        </li>
        <li>
          <NavLink to={routePaths.settings()} className={linkClass}>
            Settings
          </NavLink>
        </li>
      </ul>
    </nav>
  );
}
