import type { ArticleSummary } from '../../../model/article';
import { ReadButton } from './ReadButton';
import { SaveButton } from './SaveButton';
import { ShareButton } from './ShareButton';
import { smallButton } from '../styles';

/** The article page's toolbar; the `s` and `m` keys press its buttons. */
export function ArticleActions({ article }: { article: ArticleSummary }) {
  return (
    <div
      data-article-actions
      data-article-id={article.id}
      className="mt-4 flex flex-wrap items-center gap-2 print:hidden"
    >
      <SaveButton article={article} />
      <ReadButton article={article} />
      <button type="button" onClick={() => window.print()} className={smallButton}>
        Print
      </button>
      <ShareButton title={article.title} />
    </div>
  );
}
