import type { ArticleSummary } from '../../../model/article';
import { useOnline } from '../../hooks/useOnline';
import { OfflineBadge } from './OfflineBadge';
import { ReadButton } from './ReadButton';
import { SaveButton } from './SaveButton';

/** The controls under a list row: the same actions as the `s` and `m` keys, for mouse and touch. */
export function RowActions({ article }: { article: ArticleSummary }) {
  // The badge, and its look-up of the offline copies, only while offline: a list renders many rows.
  const online = useOnline();
  return (
    <div className="mt-3 flex flex-wrap items-center gap-2 print:hidden">
      <SaveButton article={article} context={article.title} />
      <ReadButton article={article} context={article.title} />
      {!online && <OfflineBadge slug={article.slug} />}
    </div>
  );
}
