import type { ReactNode } from 'react';

interface Props {
  title?: string;
  /** The page's h1 when nothing else on the page names it. */
  headingLevel?: 1 | 2;
  error?: unknown;
  onRetry: () => void;
  retryLabel?: string;
  children?: ReactNode;
}

export function ErrorState({
  title = 'Something went wrong',
  headingLevel = 2,
  error,
  onRetry,
  retryLabel = 'Try again',
  children,
}: Props) {
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  return (
    <div
      role="alert"
      className="my-8 rounded-md border border-red-200 bg-red-50 p-6 dark:border-red-900 dark:bg-red-950/40"
    >
      <Heading className="font-serif text-2xl font-semibold">{title}</Heading>
      <p className="mt-2 text-neutral-700 dark:text-neutral-300">
        {children ?? 'This part of the page could not be loaded. Check your connection and try again.'}
      </p>
      {error instanceof Error && <p className="mt-1 text-sm text-neutral-600 dark:text-neutral-400">{error.message}</p>}
      <button
        type="button"
        onClick={onRetry}
        className="mt-4 rounded-md bg-neutral-900 px-4 py-2 font-medium text-white hover:bg-neutral-700 dark:bg-neutral-100 dark:text-neutral-900 dark:hover:bg-neutral-300"
      >
        {retryLabel}
      </button>
    </div>
  );
}
