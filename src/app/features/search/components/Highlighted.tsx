import { Fragment } from 'react';
import type { Segment } from '../lib/segments';

interface Props {
  segments: readonly Segment[];
}

/** Text with the query's matches marked; every run is a React text node. */
export function Highlighted({ segments }: Props) {
  return (
    <>
      {segments.map((segment, i) =>
        segment.mark ? (
          <mark key={i} className="rounded-sm bg-amber-200 px-0.5 text-neutral-950 dark:bg-amber-300">
            {segment.text}
          </mark>
        ) : (
          <Fragment key={i}>{segment.text}</Fragment>
        ),
      )}
    </>
  );
}
