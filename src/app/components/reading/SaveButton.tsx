import type { ArticleSummary } from '../../../model/article';
import { useIsSaved } from '../../hooks/useReaderState';
import { keepForOffline } from '../../stores/offlineCopies';
import { toggleSaved } from '../../stores/readerStore';
import { smallButton } from '../styles';

interface Props {
  article: ArticleSummary;
  /** Names the article for screen readers where many rows each have a button. */
  context?: string;
}

export function SaveButton({ article, context }: Props) {
  const saved = useIsSaved(article.id);
  const onClick = () => {
    // A saved article is one the reader means to come back to, maybe offline: keep a copy now.
    if (toggleSaved(article)) keepForOffline(article.slug);
  };
  return (
    <button type="button" data-action="save" onClick={onClick} className={smallButton}>
      <svg
        aria-hidden="true"
        viewBox="0 0 16 16"
        className={`size-3.5 stroke-current stroke-[1.5] ${saved ? 'fill-current' : 'fill-none'}`}
      >
        <path d="M4 2h8v12l-4-3-4 3z" />
      </svg>
      {saved ? 'Saved' : 'Save'}
      {context && <span className="sr-only"> {context}</span>}
    </button>
  );
}
