import { PlainLink } from './PlainLink';
import { ENTITY_KINDS } from '../../model/article';
import type { Manifest } from '../../model/data';
import { routePaths } from '../../model/routes';

interface Props {
  topEntities: Manifest['topEntities'];
}

const PER_KIND = 3;

/** The most mentioned people, places and organisations, where a reader looks for "what's in the news". */
export function InTheNews({ topEntities }: Props) {
  const entries = ENTITY_KINDS.flatMap((kind) =>
    topEntities[kind].slice(0, PER_KIND).map((value) => ({ kind, value })),
  );
  if (entries.length === 0) return null;
  return (
    <nav aria-label="In the news" className="-mx-4 overflow-x-auto px-4">
      <p className="flex items-baseline gap-3 py-2 text-sm whitespace-nowrap">
        <span className="font-semibold">In the news</span>
        {entries.map(({ kind, value }) => (
          <PlainLink
            key={`${kind}/${value.slug}`}
            to={routePaths.entity(kind, value.slug)}
            className="text-neutral-700 underline-offset-4 hover:text-neutral-900 hover:underline dark:text-neutral-300 dark:hover:text-white"
          >
            {value.name}
          </PlainLink>
        ))}
      </p>
    </nav>
  );
}
