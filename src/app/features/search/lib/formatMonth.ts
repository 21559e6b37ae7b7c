const monthYear = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "Mar 2024" from "2024-03". */
export function formatMonth(month: string): string {
  const [year, m] = month.split('-').map(Number);
  return monthYear.format(new Date(Date.UTC(year ?? 1970, (m ?? 1) - 1, 1)));
}

/** The chip text for a date range: "Mar 2024 – Jun 2025", "From Mar 2024", "Until Jun 2025". */
export function formatMonthRange(from: string | null, to: string | null): string {
  if (from && to) return from === to ? formatMonth(from) : `${formatMonth(from)} – ${formatMonth(to)}`;
  if (from) return `From ${formatMonth(from)}`;
  return to ? `Until ${formatMonth(to)}` : '';
}
