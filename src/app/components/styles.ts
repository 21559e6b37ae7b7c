// Class names shared by the reader's small controls, so rows, the article toolbar and the
// settings page look like one family.
export const smallButton =
  'inline-flex items-center gap-1.5 rounded-md border border-neutral-300 px-2.5 py-1 text-sm font-medium hover:border-neutral-900 hover:bg-neutral-100 dark:border-neutral-700 dark:hover:border-neutral-100 dark:hover:bg-neutral-900';

export const primaryButton =
  'rounded-md bg-neutral-900 px-4 py-2 font-medium text-white hover:bg-neutral-700 dark:bg-neutral-100 dark:text-neutral-900 dark:hover:bg-neutral-300';

export const noticeBox =
  'my-4 flex flex-wrap items-center justify-between gap-3 rounded-md border px-4 py-3 text-sm print:hidden';

/** A list row's quiet control: an icon with no border, a 32 px target. */
export const iconButton =
  'inline-flex size-8 items-center justify-center rounded-md text-neutral-600 hover:bg-neutral-100 hover:text-neutral-900 dark:text-neutral-400 dark:hover:bg-neutral-800 dark:hover:text-white';
