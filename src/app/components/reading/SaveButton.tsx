import type { ArticleSummary } from '../../../model/article';
import { useIsSaved } from '../../hooks/useReaderState';
import { keepForOffline, releaseOffline } from '../../stores/offlineCopies';
import { readerStore, toggleSaved } from '../../stores/readerStore';
import { iconButton, smallButton } from '../styles';

interface Props {
  article: ArticleSummary;
  /** Names the article for screen readers where many rows each have a button. */
  context?: string;
  /** A list row's quiet form: the icon alone, its words for screen readers and the tooltip. */
  iconOnly?: boolean;
}

export function SaveButton({ article, context, iconOnly = false }: Props) {
  const saved = useIsSaved(article.id);
  const onClick = () => {
    // A saved article is one the reader means to come back to, maybe offline: keep a copy now.
    if (toggleSaved(article)) keepForOffline(article.slug);
    else releaseOffline(readerStore.get().saved.map((entry) => entry.article.slug));
  };
  const label = saved ? 'Saved' : 'Save';
  return (
    <button
      type="button"
      data-action="save"
      onClick={onClick}
      title={iconOnly ? label : undefined}
      className={iconOnly ? iconButton : smallButton}
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 16 16"
        className={`size-3.5 stroke-current stroke-[1.5] ${saved ? 'fill-current' : 'fill-none'}`}
      >
        <path d="M4 2h8v12l-4-3-4 3z" />
      </svg>
      <span className={iconOnly ? 'sr-only' : undefined}>{label}</span>
      {context && <span className="sr-only"> {context}</span>}
    </button>
  );
}
