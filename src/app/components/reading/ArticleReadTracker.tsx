import { useEffect, useRef } from 'react';
import type { ArticleSummary } from '../../../model/article';
import { isRead } from '../../stores/readerState';
import { markRead, readerStore, visit } from '../../stores/readerStore';
import { settingsStore } from '../../stores/settings';

/**
 * Put at the end of an article's text: records the visit in the history and marks the
 * article read when the reader gets here (or on opening, if the settings say so). It marks
 * at most once per visit, and never an article that was already read, so a reader who marks
 * it unread again is not overruled.
 */
export function ArticleReadTracker({ article }: { article: ArticleSummary }) {
  const endRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    visit(article);
    if (isRead(readerStore.get(), article.id)) return;
    if (settingsStore.get().markRead === 'open') {
      markRead([article], true);
      return;
    }
    const end = endRef.current;
    if (!end || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        observer.disconnect();
        markRead([article], true);
      }
    });
    observer.observe(end);
    return () => observer.disconnect();
  }, [article]);

  return <div ref={endRef} data-article-end aria-hidden="true" className="h-px" />;
}
