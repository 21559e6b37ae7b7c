import { useParams } from 'react-router';
import { articleQueryOptions } from '../api/article';
import { manifestQueryOptions } from '../api/manifest';
import { ArticlePage } from '../features/article/components/ArticlePage';
import { articleMeta, notFoundMeta } from '../lib/meta';
import type { RouteHandle } from '../lib/routeHandle';

export function ArticleRoute() {
  const { slug = '' } = useParams();
  return <ArticlePage slug={slug} />;
}

export const articleHandle: RouteHandle = {
  async prefetch({ params, queryClient }) {
    const [manifest, article] = await Promise.all([
      queryClient.fetchQuery(manifestQueryOptions()),
      queryClient.fetchQuery(articleQueryOptions(params.slug ?? '')),
    ]);
    if (!article) return { status: 404, ...notFoundMeta(manifest.siteTitle) };
    return {
      status: 200,
      ...articleMeta(manifest.siteTitle, article.title, article.dek),
      share: { kind: 'article', article },
    };
  },
};
