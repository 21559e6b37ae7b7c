// Topic pages (/topics/:slug) and entity pages (/people|places|organisations/:slug).
import { useParams } from 'react-router';
import type { FacetKind } from '../../model/data';
import { facetRoute } from '../../model/routes';
import { FacetPage } from '../features/browse/components/FacetPage';
import { prefetchBrowse } from '../features/browse/lib/prefetchBrowse';
import { facetMeta, notFoundMeta } from '../lib/meta';
import type { RouteHandle } from '../lib/routeHandle';

export function FacetRoute({ kind }: { kind: FacetKind }) {
  const { slug = '' } = useParams();
  // Keyed by value so moving between two topic pages starts each with fresh panel state.
  return <FacetPage key={`${kind}/${slug}`} kind={kind} slug={slug} />;
}

export function facetHandle(kind: FacetKind): RouteHandle {
  return {
    async prefetch({ params, search, queryClient }) {
      const slug = params.slug ?? '';
      const { manifest, fixedPostings } = await prefetchBrowse(queryClient, { kind, slug }, search);
      if (!fixedPostings) return { status: 404, ...notFoundMeta(manifest.siteTitle) };
      const meta = facetMeta(manifest.siteTitle, fixedPostings.name);
      return {
        status: 200,
        ...meta,
        feed: { route: facetRoute(kind, slug), title: meta.title },
        share: { kind: 'facet', facet: kind, slug, name: fixedPostings.name },
      };
    },
  };
}
