import type { ArticleSummary } from '../../../model/article';
import { useIsRead } from '../../hooks/useReaderState';
import { toggleRead } from '../../stores/readerStore';
import { iconButton, smallButton } from '../styles';

interface Props {
  article: Pick<ArticleSummary, 'id' | 'sections'>;
  context?: string;
  /** A list row's quiet form: a tick alone, its words for screen readers and the tooltip. */
  iconOnly?: boolean;
}

export function ReadButton({ article, context, iconOnly = false }: Props) {
  const read = useIsRead(article.id);
  const label = read ? 'Mark unread' : 'Mark read';
  return (
    <button
      type="button"
      data-action="read"
      onClick={() => toggleRead(article)}
      title={iconOnly ? label : undefined}
      className={iconOnly ? iconButton : smallButton}
    >
      {iconOnly && (
        <svg
          aria-hidden="true"
          viewBox="0 0 16 16"
          className={`size-3.5 stroke-current stroke-[1.5] ${read ? 'fill-current' : 'fill-none'}`}
        >
          <circle cx="8" cy="8" r="6.25" />
          <path d="M5 8.2l2 2 4-4.4" className={read ? 'stroke-white dark:stroke-neutral-950' : ''} fill="none" />
        </svg>
      )}
      <span className={iconOnly ? 'sr-only' : undefined}>{label}</span>
      {context && <span className="sr-only"> {context}</span>}
    </button>
  );
}
