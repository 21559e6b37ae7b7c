import type { Article } from '../../../../model/article';
import { ArticleBody } from './ArticleBody';
import { ArticleChips } from './ArticleChips';
import { ArticleFigure } from './ArticleFigure';
import { ArticleHeader } from './ArticleHeader';
import { PrevNext } from './PrevNext';

interface Props {
  article: Article;
}

export function ArticleView({ article }: Props) {
  return (
    <div className="mx-auto max-w-3xl">
      <article>
        <ArticleHeader article={article} />
        {article.caption && <ArticleFigure caption={article.caption} />}
        <div className="prose prose-lg mt-8 max-w-[65ch] font-serif prose-neutral dark:prose-invert prose-a:underline-offset-2">
          <ArticleBody blocks={article.body} />
        </div>
        <ArticleChips article={article} />
      </article>
      <PrevNext prev={article.prev} next={article.next} />
    </div>
  );
}
