import { routePaths, slugify } from '../../../../model/routes';
import { PlainLink } from '../../../components/PlainLink';

/** A way on from an article to every article of its source. */
export function MoreFrom({ source }: { source: string | null }) {
  const name = source?.replace(/\s+/g, ' ').trim();
  if (!name) return null;
  return (
    <PlainLink
      to={routePaths.source(slugify(name))}
      className="underline underline-offset-2 hover:text-neutral-900 dark:hover:text-white"
    >
      More from {name}
    </PlainLink>
  );
}
