import type { Manifest } from '../../../../model/data';
import { SectionSuggestions } from './SectionSuggestions';

interface Props {
  manifest: Manifest;
  q: string;
  /** Whether the reader's filters are part of why nothing matched. */
  filtered: boolean;
  /** Whether the query uses phrases or exclusions. */
  strict: boolean;
  onClearFilters: () => void;
}

export function SearchNoResults({ manifest, q, filtered, strict, onClearFilters }: Props) {
  return (
    <div className="py-8">
      <h2 className="font-serif text-2xl font-semibold">
        {q ? (
          <>
            No results for &ldquo;{q}&rdquo;{filtered && ' with these filters'}
          </>
        ) : (
          'No articles match these filters'
        )}
      </h2>
      <ul className="mt-4 list-disc space-y-2 pl-5 text-neutral-700 dark:text-neutral-300">
        {filtered && (
          <li>
            Remove some filters, or{' '}
            <button
              type="button"
              onClick={onClearFilters}
              className="font-medium underline underline-offset-4 hover:text-red-700 dark:hover:text-red-400"
            >
              search without any filters
            </button>
            .
          </li>
        )}
        {q && <li>Check the spelling, or try fewer or more general words.</li>}
        {strict && <li>Loosen the query: drop the quotes or the words with a minus.</li>}
      </ul>
      <SectionSuggestions heading="Or browse a section" sections={manifest.sections} />
    </div>
  );
}
