import type { ArticleSummary } from '../../../model/article';
import { useIsRead } from '../../hooks/useReaderState';
import { toggleRead } from '../../stores/readerStore';
import { smallButton } from '../styles';

interface Props {
  article: Pick<ArticleSummary, 'id' | 'sections'>;
  context?: string;
}

export function ReadButton({ article, context }: Props) {
  const read = useIsRead(article.id);
  return (
    <button type="button" data-action="read" onClick={() => toggleRead(article)} className={smallButton}>
      {read ? 'Mark unread' : 'Mark read'}
      {context && <span className="sr-only"> {context}</span>}
    </button>
  );
}
