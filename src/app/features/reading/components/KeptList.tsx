import type { ReactNode } from 'react';
import { formatDate } from '../../../lib/formatDate';
import type { KeptArticle } from '../../../stores/readerState';
import { ArticleRow } from '../../../components/ArticleRow';

interface Props {
  entries: readonly KeptArticle[];
  /** "Saved" or "Opened", before the date it happened. */
  verb: string;
  empty: ReactNode;
}

/** Saved or history entries, newest first. Stored summaries are enough: no data is fetched. */
export function KeptList({ entries, verb, empty }: Props) {
  if (entries.length === 0) return <>{empty}</>;
  return (
    <ol className="divide-y divide-neutral-200 dark:divide-neutral-800">
      {entries.map((entry) => (
        <li key={entry.article.id}>
          <ArticleRow article={entry.article} note={`${verb} ${formatDate(new Date(entry.at).toISOString())}`} />
        </li>
      ))}
    </ol>
  );
}
