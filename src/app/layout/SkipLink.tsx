export function SkipLink() {
  return (
    <a
      href="#main"
      className="sr-only rounded-md bg-neutral-900 px-4 py-2 text-white focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 dark:bg-neutral-100 dark:text-neutral-900"
    >
      Skip to content
    </a>
  );
}
