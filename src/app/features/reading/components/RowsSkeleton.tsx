import type { ReactNode } from 'react';
import { SkeletonBar } from '../../../components/SkeletonBar';

/** Stands in for the rows until the browser has read this device's state (the server cannot). */
export function RowsSkeleton() {
  return (
    <div role="status" className="divide-y divide-neutral-200 dark:divide-neutral-800">
      <span className="sr-only">Loading…</span>
      {[0, 1, 2].map((i) => (
        <div key={i} className="space-y-3 py-6">
          <SkeletonBar className="h-6 w-4/5" />
          <SkeletonBar className="h-4 w-full" />
        </div>
      ))}
    </div>
  );
}

/**
 * Holds the skeleton, then the list or its empty message, at least as tall as the skeleton (three
 * rows, 302 px; min-h-76 is 304): a shorter empty message would pull the footer up, a layout shift.
 */
export function RowsArea({ children }: { children: ReactNode }) {
  return <div className="min-h-76">{children}</div>;
}
