import { SkeletonBar } from '../../../components/SkeletonBar';

export function ArticleSkeleton() {
  return (
    <div role="status" className="mx-auto max-w-3xl space-y-4">
      <span className="sr-only">Loading article…</span>
      <SkeletonBar className="h-3 w-24" />
      <SkeletonBar className="h-10 w-full" />
      <SkeletonBar className="h-10 w-3/4" />
      <SkeletonBar className="h-6 w-2/3" />
      <div className="space-y-3 pt-6">
        {Array.from({ length: 6 }, (_, i) => (
          <SkeletonBar key={i} className="h-4 w-full" />
        ))}
      </div>
    </div>
  );
}
