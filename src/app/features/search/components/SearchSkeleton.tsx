import { SkeletonBar } from '../../../components/SkeletonBar';

interface Props {
  rows?: number;
  /** The wait has been long: say so, rather than leave a reader on a slow connection guessing. */
  slow?: boolean;
}

export const SLOW_NOTICE = 'Still loading on a slow connection. Results will appear as soon as they arrive.';

export function SearchSkeleton({ rows = 4, slow = false }: Props) {
  return (
    <div role="status" className="divide-y divide-neutral-200 dark:divide-neutral-800">
      {slow ? (
        <p className="py-4 text-sm text-neutral-600 dark:text-neutral-400">{SLOW_NOTICE}</p>
      ) : (
        <span className="sr-only">Searching…</span>
      )}
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className="space-y-3 py-6">
          <SkeletonBar className="h-3 w-24" />
          <SkeletonBar className="h-6 w-4/5" />
          <SkeletonBar className="h-4 w-full" />
          <SkeletonBar className="h-4 w-2/3" />
        </div>
      ))}
    </div>
  );
}
