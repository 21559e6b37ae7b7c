import type { ReactNode } from 'react';

/** Parts of a line of small print, with a dot between each two and none where a part is missing. */
export function DottedParts({ parts }: { parts: ReactNode[] }) {
  const present = parts.filter((part) => part !== null && part !== false && part !== undefined && part !== '');
  return present.flatMap((part, i) =>
    i === 0
      ? [part]
      : [
          <span key={`dot${i}`} aria-hidden="true">
            ·
          </span>,
          part,
        ],
  );
}
