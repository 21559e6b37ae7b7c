import { formatDate } from '../lib/formatDate';

interface Props {
  date: string | null;
}

/** The date an article carries, or nothing: an undated corpus would repeat "Undated" on every line. */
export function ArticleDate({ date }: Props) {
  if (!date) return null;
  return <time dateTime={date}>{formatDate(date)}</time>;
}
