import type { ArticleSummary } from '../../../../model/article';
import { OfflineBadge } from './OfflineBadge';
import { ReadButton } from './ReadButton';
import { SaveButton } from './SaveButton';

/** The controls under a list row: the same actions as the `s` and `m` keys, for mouse and touch. */
export function RowActions({ article }: { article: ArticleSummary }) {
  return (
    <div className="mt-3 flex flex-wrap items-center gap-2 print:hidden">
      <SaveButton article={article} context={article.title} />
      <ReadButton article={article} context={article.title} />
      <OfflineBadge slug={article.slug} />
    </div>
  );
}
