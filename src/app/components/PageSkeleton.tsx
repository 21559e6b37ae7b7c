import { SkeletonBar } from './SkeletonBar';
import { ListSkeleton } from './ListSkeleton';

/** The whole list page while the manifest (or the page's facet) loads. */
export function PageSkeleton() {
  return (
    <div>
      <div className="mb-8 space-y-3 border-b border-neutral-200 pb-6 dark:border-neutral-800">
        <SkeletonBar className="h-3 w-20" />
        <SkeletonBar className="h-9 w-2/3" />
        <SkeletonBar className="h-4 w-48" />
      </div>
      <ListSkeleton />
    </div>
  );
}
