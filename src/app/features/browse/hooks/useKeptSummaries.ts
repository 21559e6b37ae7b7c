import { useMemo, useState } from 'react';
import { knownSummaries, type KnownSummaries, type PostingsByRef } from '../../../lib/filter';

/**
 * Summaries at hand from every postings the list has loaded, kept when those postings are
 * replaced. A prerendered numbered page's postings carry its own page's summaries; the whole file
 * that replaces them carries only the first page's, and without these kept the page's rows would
 * blank and fetch up to thirty list chunks to come back. An ordinal's summary is the same
 * whichever postings carried it.
 */
export function useKeptSummaries(postings: PostingsByRef): KnownSummaries {
  const fresh = useMemo(() => knownSummaries(postings), [postings]);
  const [kept, setKept] = useState(fresh);
  // React's pattern for state derived from the previous render: set during render, rendered again at once.
  if ([...fresh.keys()].some((ordinal) => !kept.has(ordinal))) setKept(new Map([...kept, ...fresh]));
  return kept;
}
