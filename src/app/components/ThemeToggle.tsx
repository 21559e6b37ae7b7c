import { setTheme, useTheme } from '../lib/theme';

/** Says what a click will do ("Switch to dark theme"), and shows the icon of the theme it switches to. */
export function ThemeToggle() {
  const theme = useTheme();
  const next = theme === 'dark' ? 'light' : 'dark';
  return (
    <button
      type="button"
      onClick={() => setTheme(next)}
      title={`Switch to ${next} theme`}
      className="inline-flex items-center gap-2 rounded-md border border-neutral-300 px-2 py-1.5 text-sm font-medium hover:bg-neutral-100 sm:px-3 dark:border-neutral-700 dark:hover:bg-neutral-800"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="size-4 fill-none stroke-current stroke-2">
        {next === 'dark' ? (
          <path d="M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8z" />
        ) : (
          <>
            <circle cx="12" cy="12" r="4" />
            <path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" />
          </>
        )}
      </svg>
      {/* Icon only on a phone, where the header keeps to one row; the name stays for screen readers. */}
      <span className="sr-only sm:not-sr-only">Switch to {next} theme</span>
    </button>
  );
}
