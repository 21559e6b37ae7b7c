import type { ReactNode } from 'react';

interface Props {
  kicker?: string;
  title: string;
  summary: string;
  /** Shown beside the heading: the page's Subscribe link, when the site has feeds. */
  aside?: ReactNode;
}

export function BrowseHeading({ kicker, title, summary, aside }: Props) {
  return (
    <header className="mb-8 border-b border-neutral-200 pb-6 dark:border-neutral-800">
      {kicker && (
        <p className="text-sm font-semibold tracking-widest text-red-700 uppercase dark:text-red-400">{kicker}</p>
      )}
      <div className="mt-1 flex flex-wrap items-baseline justify-between gap-x-4">
        <h1 className="font-serif text-3xl font-bold sm:text-4xl">{title}</h1>
        {aside}
      </div>
      <p className="mt-2 text-neutral-600 dark:text-neutral-400">{summary}</p>
    </header>
  );
}
