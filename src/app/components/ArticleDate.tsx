import { formatDate } from '../lib/formatDate';

interface Props {
  date: string | null;
}

export function ArticleDate({ date }: Props) {
  if (!date) return <span>Undated</span>;
  return <time dateTime={date}>{formatDate(date)}</time>;
}
