import { Link } from 'react-router';
import type { Manifest } from '../../../../model/data';
import { routePaths } from '../../../../model/routes';
import { ENTITY_KINDS } from '../../../../model/article';
import { facetLabels } from '../../../lib/facetLabels';
import { SectionSuggestions } from './SectionSuggestions';

interface Props {
  manifest: Manifest;
}

const PER_KIND = 5;

/** Before a search: how to search, and where to start without one. Needs only the manifest, so it prerenders. */
export function SearchEmptyState({ manifest }: Props) {
  const kinds = ENTITY_KINDS.filter((kind) => manifest.topEntities[kind].length > 0);
  return (
    <div className="py-6">
      <h2 className="font-serif text-2xl font-semibold">Search every article</h2>
      <p className="mt-2 text-neutral-700 dark:text-neutral-300">
        Headlines and full text, best matches first. Press{' '}
        <kbd className="rounded border border-neutral-400 px-1.5 font-mono text-sm">/</kbd> on any page to start typing.
      </p>
      <ul className="mt-4 list-disc space-y-1 pl-5 text-neutral-700 dark:text-neutral-300">
        <li>
          <span className="font-medium">&ldquo;interest rates&rdquo;</span> finds the words side by side.
        </li>
        <li>
          <span className="font-medium">election -local</span> leaves out articles that mention &ldquo;local&rdquo;.
        </li>
        <li>Tick a section, person or place to search within it, or to list its articles without a word.</li>
      </ul>
      <SectionSuggestions heading="Browse a section" sections={manifest.sections} />
      {kinds.length > 0 && (
        <section aria-label="In the news" className="mt-8">
          <h3 className="text-xs font-semibold tracking-widest uppercase">In the news</h3>
          <dl className="mt-3 space-y-2">
            {kinds.map((kind) => (
              <div key={kind} className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
                <dt className="w-28 text-sm text-neutral-600 dark:text-neutral-400">{facetLabels[kind]}</dt>
                {manifest.topEntities[kind].slice(0, PER_KIND).map((value) => (
                  <dd key={value.slug}>
                    <Link to={routePaths.entity(kind, value.slug)} className="underline-offset-4 hover:underline">
                      {value.name}
                    </Link>
                  </dd>
                ))}
              </div>
            ))}
          </dl>
        </section>
      )}
    </div>
  );
}
