// An archive page's heading: "2024" for a year, "March 2024" for a month, in English like the
// dates the app prints (app/lib/formatDate.ts).
import { MONTHS } from '../common/calendarNames';

export function archiveName(slug: string): string {
  const [year, month] = slug.split('-');
  if (month === undefined) return year!;
  const name = MONTHS[Number(month) - 1]!;
  return `${name[0]!.toUpperCase()}${name.slice(1)} ${year}`;
}
