import { useArticle } from '../../../api/article';
import { useManifest } from '../../../api/manifest';
import { ErrorState } from '../../../components/ErrorState';
import { NotFound } from '../../../components/NotFound';
import { articleMeta } from '../../../lib/meta';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { useIsLanding } from '../../../lib/useIsLanding';
import { ArticleSkeleton } from './ArticleSkeleton';
import { ArticleView } from './ArticleView';

interface Props {
  slug: string;
}

export function ArticlePage({ slug }: Props) {
  const article = useArticle(slug);
  const landing = useIsLanding();
  const siteTitle = useManifest().data?.siteTitle;
  useDocumentTitle(
    article.data && siteTitle ? articleMeta(siteTitle, article.data.title, article.data.dek).title : undefined,
  );

  // A missing file after an in-app link is asked for again (on revisit, on Try again): loading.
  const missing = article.data === null;
  if (article.isPending || (missing && !landing && article.isFetching)) return <ArticleSkeleton />;
  if (article.isError || (missing && !landing)) {
    return (
      <ErrorState
        headingLevel={1}
        title="This article could not be loaded"
        error={article.error}
        onRetry={() => void article.refetch()}
      />
    );
  }
  if (article.data === null) return <NotFound />;
  return <ArticleView article={article.data} />;
}
