import { useAvailableOffline } from '../../hooks/useAvailableOffline';

/** Shown only while offline, on articles this device can still open. */
export function OfflineBadge({ slug }: { slug: string }) {
  const available = useAvailableOffline(slug);
  if (!available) return null;
  return (
    <span className="inline-flex items-center rounded-full bg-emerald-100 px-2 py-0.5 text-xs font-semibold text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200">
      Available offline
    </span>
  );
}
