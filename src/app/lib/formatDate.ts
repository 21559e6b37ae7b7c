const longDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/**
 * "6 December 2025" from an ISO date or date-time. The calendar date is taken as the source
 * wrote it (no time-zone shift), so server and browser print the same text.
 */
export function formatDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return Number.isNaN(date.getTime()) ? iso : longDate.format(date);
}

/** January to December, as the dates on the pages write them. */
export const monthNames = Array.from({ length: 12 }, (_, m) =>
  new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2000, m, 1)),
);

// One formatter for every count: toLocaleString builds a new one per call, and a facet panel
// formats dozens of counts on every toggle.
const counts = new Intl.NumberFormat('en-GB');

export function formatCount(n: number): string {
  return counts.format(n);
}

/** "1 article", "2,225 articles". */
export function formatArticles(n: number): string {
  return `${formatCount(n)} ${n === 1 ? 'article' : 'articles'}`;
}

export function formatReadingTime(minutes: number): string {
  return `${Math.max(1, Math.round(minutes))} min read`;
}
