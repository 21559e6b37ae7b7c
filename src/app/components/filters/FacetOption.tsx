import { memo } from 'react';
import { formatCount } from '../../lib/formatDate';

interface Props {
  /** What the callbacks are told: the value's slug, or a source's name. */
  value: string;
  name: string;
  checked: boolean;
  /** Articles with this value under the current filter; undefined hides the count. */
  count: number | undefined;
  onToggle: (value: string) => void;
  /** Told when the pointer or focus reaches the option, before any click: a chance to load what ticking it needs. */
  onIntent?: (value: string) => void;
}

/**
 * One checkbox row of a filter group, on list and search pages alike. Memoised, with callbacks
 * that take the value rather than closures made per option: when a ticked value's articles
 * arrive, the options whose count and state did not change need not render again.
 */
export const FacetOption = memo(function FacetOption({ value, name, checked, count, onToggle, onIntent }: Props) {
  const intent = onIntent && (() => onIntent(value));
  return (
    <li>
      <label
        onPointerEnter={intent}
        onFocus={intent}
        // A value no article under the filter has is dimmed, not hidden: the list keeps its order.
        data-empty={count === 0 && !checked ? '' : undefined}
        className={`flex cursor-pointer items-baseline gap-2 rounded px-1 py-1 hover:bg-neutral-100 dark:hover:bg-neutral-900 ${
          count === 0 && !checked ? 'text-neutral-500 dark:text-neutral-400' : ''
        }`}
      >
        <input
          type="checkbox"
          checked={checked}
          onChange={() => onToggle(value)}
          className="size-4 shrink-0 translate-y-0.5 accent-red-700 dark:accent-red-400"
        />
        <span className="min-w-0 flex-1 break-words">{name}</span>{' '}
        {count !== undefined && (
          <span className="text-sm text-neutral-600 tabular-nums dark:text-neutral-400">
            {formatCount(count)} <span className="sr-only">articles</span>
          </span>
        )}
      </label>
    </li>
  );
});
