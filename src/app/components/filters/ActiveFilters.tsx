import { FACET_KINDS, type PanelKind, type Manifest } from '../../../model/data';
import { facetLabels } from '../../lib/facetLabels';
import { facetName } from './facetValues';
import type { PostingsByRef } from '../../lib/filter';
import { selectionSize, type Selection } from '../../lib/selection';

/** A filter outside the facet kinds (the search page's source and dates), shown as one more chip. */
export interface ExtraFilter {
  key: string;
  name: string;
  kindLabel: string;
  onRemove: () => void;
}

interface Props {
  manifest: Manifest;
  selection: Selection;
  postings: PostingsByRef;
  onRemove: (kind: PanelKind, slug: string) => void;
  onClear: () => void;
  extra?: readonly ExtraFilter[];
}

const chipClass =
  'inline-flex items-center gap-1.5 rounded-full border border-neutral-300 bg-neutral-100 py-1 pr-2 pl-3 text-sm hover:border-neutral-500 dark:border-neutral-700 dark:bg-neutral-900 dark:hover:border-neutral-500';

function RemoveIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" className="size-3.5 fill-none stroke-current stroke-2">
      <path d="M4 4l8 8M12 4l-8 8" />
    </svg>
  );
}

export function ActiveFilters({ manifest, selection, postings, onRemove, onClear, extra = [] }: Props) {
  if (selectionSize(selection) === 0 && extra.length === 0) return null;
  return (
    <div className="mb-4 flex flex-wrap items-center gap-2" aria-label="Active filters" role="group">
      {FACET_KINDS.flatMap((kind) =>
        selection[kind].map((slug) => {
          const name = facetName(kind, slug, manifest, postings);
          return (
            <button
              key={`${kind}/${slug}`}
              type="button"
              onClick={() => onRemove(kind, slug)}
              aria-label={`Remove filter: ${name} (${facetLabels[kind]})`}
              className={chipClass}
            >
              {name}
              <RemoveIcon />
            </button>
          );
        }),
      )}
      {extra.map((filter) => (
        <button
          key={filter.key}
          type="button"
          onClick={filter.onRemove}
          aria-label={`Remove filter: ${filter.name} (${filter.kindLabel})`}
          className={chipClass}
        >
          {filter.name}
          <RemoveIcon />
        </button>
      ))}
      <button
        type="button"
        onClick={onClear}
        className="px-2 text-sm font-medium underline underline-offset-4 hover:text-red-700 dark:hover:text-red-400"
      >
        Clear all
      </button>
    </div>
  );
}
