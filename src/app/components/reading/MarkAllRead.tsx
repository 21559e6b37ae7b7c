import { useState } from 'react';
import type { ArticleSummary } from '../../../model/article';
import { formatCount } from '../../lib/formatDate';
import { useReaderState } from '../../hooks/useReaderState';
import { isRead } from '../../stores/readerState';
import { markRead } from '../../stores/readerStore';
import { smallButton } from '../styles';

interface Props {
  /** The rows the list shows now. */
  articles: readonly ArticleSummary[];
}

interface Done {
  count: number;
  undo: () => void;
}

/**
 * Marks the unread rows on screen read, with an undo that restores exactly what was there. Its
 * label says how many ("Mark 20 shown as read"): the list may go on past the rows shown.
 */
export function MarkAllRead({ articles }: Props) {
  const state = useReaderState();
  const [done, setDone] = useState<Done | null>(null);
  const unread = articles.filter((article) => !isRead(state, article.id));

  const markAll = () => {
    const undo = markRead(unread, true);
    setDone({ count: unread.length, undo });
  };
  const undo = () => {
    done?.undo();
    setDone(null);
  };

  return (
    <div className="mb-2 flex flex-wrap items-center justify-end gap-3 print:hidden">
      <p aria-live="polite" className="text-sm text-neutral-700 dark:text-neutral-300">
        {done && `Marked ${formatCount(done.count)} ${done.count === 1 ? 'article' : 'articles'} as read.`}
      </p>
      {done ? (
        <button type="button" onClick={undo} className={smallButton}>
          Undo
        </button>
      ) : (
        <button
          type="button"
          onClick={markAll}
          disabled={unread.length === 0}
          className={`${smallButton} disabled:opacity-60`}
        >
          {unread.length === 0 ? 'All shown are read' : `Mark ${formatCount(unread.length)} shown as read`}
        </button>
      )}
    </div>
  );
}
