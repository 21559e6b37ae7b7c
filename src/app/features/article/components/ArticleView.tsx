import type { Article } from '../../../../model/article';
import { ArticleActions } from '../../../components/reading/ArticleActions';
import { ArticleReadTracker } from '../../../components/reading/ArticleReadTracker';
import { ArticleBody } from './ArticleBody';
import { ArticleChips } from './ArticleChips';
import { ArticleFigure } from './ArticleFigure';
import { ArticleHeader } from './ArticleHeader';
import { PrevNext } from './PrevNext';
import { RelatedCoverage } from './RelatedCoverage';
import { StoryLink } from '../../../components/StoryLink';

interface Props {
  article: Article;
}

export function ArticleView({ article }: Props) {
  return (
    // reader-column and reader-text follow the reading settings (text size, font, line width).
    <div className="reader-column">
      <article>
        <ArticleHeader article={article} />
        <ArticleActions article={article} />
        {article.story && (
          <p className="mt-4">
            <StoryLink story={article.story} />
          </p>
        )}
        {article.caption && <ArticleFigure caption={article.caption} />}
        <div className="reader-text article-body mt-8">
          <ArticleBody blocks={article.body} leadInBody={!article.caption?.image} />
        </div>
        <ArticleReadTracker article={article} />
        <ArticleChips article={article} />
      </article>
      <RelatedCoverage related={article.related ?? []} />
      <PrevNext prev={article.prev} next={article.next} />
    </div>
  );
}
