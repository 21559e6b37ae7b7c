import { Link } from 'react-router';
import { routePaths, slugify } from '../../../../model/routes';

/** A way on from an article to every article of its source. */
export function MoreFrom({ source }: { source: string | null }) {
  const name = source?.replace(/\s+/g, ' ').trim();
  if (!name) return null;
  return (
    <Link
      to={routePaths.source(slugify(name))}
      className="underline underline-offset-2 hover:text-neutral-900 dark:hover:text-white"
    >
      More from {name}
    </Link>
  );
}
