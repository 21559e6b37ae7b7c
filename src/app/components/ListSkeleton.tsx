import { SkeletonBar } from './SkeletonBar';

interface Props {
  rows?: number;
}

export function ListSkeleton({ rows = 6 }: Props) {
  return (
    <div role="status" className="divide-y divide-neutral-200 dark:divide-neutral-800">
      <span className="sr-only">Loading articles…</span>
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className="space-y-3 py-6">
          <SkeletonBar className="h-3 w-24" />
          <SkeletonBar className="h-6 w-4/5" />
          <SkeletonBar className="h-4 w-full" />
          <SkeletonBar className="h-3 w-40" />
        </div>
      ))}
    </div>
  );
}
