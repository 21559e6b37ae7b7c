import { formatCount } from '../lib/formatDate';

interface Props {
  name: string;
  checked: boolean;
  /** Articles with this value under the current filter; undefined hides the count. */
  count: number | undefined;
  onToggle: () => void;
  /** Told when the pointer or focus reaches the option, before any click: a chance to load what ticking it needs. */
  onIntent?: () => void;
}

/** One checkbox row of a filter group, on list and search pages alike. */
export function FacetOption({ name, checked, count, onToggle, onIntent }: Props) {
  return (
    <li>
      <label
        onPointerEnter={onIntent}
        onFocus={onIntent}
        className="flex cursor-pointer items-baseline gap-2 rounded px-1 py-1 hover:bg-neutral-100 dark:hover:bg-neutral-900"
      >
        <input
          type="checkbox"
          checked={checked}
          onChange={onToggle}
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
}
