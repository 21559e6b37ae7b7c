// Article dates (YYYY-MM-DD, or a UTC ISO date-time: parse/date.ts) in the forms feeds require.
// A date alone is read as midnight UTC, the same reading the pipeline gives it everywhere.

function instant(date: string): Date {
  const parsed = new Date(/^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T00:00:00Z` : date);
  if (Number.isNaN(parsed.getTime())) throw new Error(`not an ISO date: ${date}`);
  return parsed;
}

/** RFC 822 (with a four-digit year, as RSS 2.0 readers expect): "Wed, 10 Dec 2025 00:00:00 GMT". */
export function rfc822(date: string): string {
  return instant(date).toUTCString();
}

/** RFC 3339 in UTC, to the second: "2025-12-10T00:00:00Z". */
export function rfc3339(date: string): string {
  return instant(date)
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z');
}
