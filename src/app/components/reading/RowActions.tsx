import type { ArticleSummary } from '../../../model/article';
import { useOnline } from '../../hooks/useOnline';
import { OfflineBadge } from './OfflineBadge';
import { ReadButton } from './ReadButton';
import { SaveButton } from './SaveButton';

// Quiet until wanted: shown while the row is pointed at, holds focus or is the keys' current row,
// and always where there is no hover (touch). Hidden by opacity, not display, so the buttons stay
// in the tab order and the row does not shift when they appear.
const reveal =
  'opacity-0 transition-opacity group-hover:opacity-100 group-focus-within:opacity-100 group-data-current:opacity-100 [@media(hover:none)]:opacity-100';

/** A list row's icon controls: the same actions as the `s` and `m` keys, for mouse and touch. */
export function RowActions({ article }: { article: ArticleSummary }) {
  // The badge, and its look-up of the offline copies, only while offline: a list renders many rows.
  const online = useOnline();
  return (
    <span className="inline-flex items-center gap-1 print:hidden">
      {!online && <OfflineBadge slug={article.slug} />}
      <span className={`inline-flex items-center ${reveal}`}>
        <SaveButton article={article} context={article.title} iconOnly />
        <ReadButton article={article} context={article.title} iconOnly />
      </span>
    </span>
  );
}
