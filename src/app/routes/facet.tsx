// Topic pages (/topics/:slug) and entity pages (/people|places|organisations/:slug), with their
// numbered pages (/topics/:slug/page/2, …).
import { useParams } from 'react-router';
import type { FacetKind } from '../../model/data';
import { facetRoute, parseListPage } from '../../model/routes';
import { NotFound } from '../components/NotFound';
import { FacetPage } from '../features/browse/components/FacetPage';
import { listBase, pageLinks } from '../features/browse/lib/pageLinks';
import { prefetchBrowse } from '../features/browse/lib/prefetchBrowse';
import { facetMeta, notFoundMeta } from '../lib/meta';
import type { RouteHandle } from '../lib/routeHandle';

export function FacetRoute({ kind }: { kind: FacetKind }) {
  const { slug = '', page: segment } = useParams();
  const page = parseListPage(segment);
  if (page === null) return <NotFound />;
  // Keyed by value so moving between two topic pages starts each with fresh panel state; not by
  // page, so "Load more" (which puts the next page in the URL) keeps the list it appends to.
  return <FacetPage key={`${kind}/${slug}`} kind={kind} slug={slug} page={page} />;
}

export function facetHandle(kind: FacetKind): RouteHandle {
  return {
    async prefetch({ params, search, queryClient }) {
      const slug = params.slug ?? '';
      const page = parseListPage(params.page);
      const { manifest, fixedPostings, pageFound } = await prefetchBrowse(
        queryClient,
        { kind, slug },
        search,
        page ?? 1,
      );
      if (!fixedPostings || page === null || !pageFound) return { status: 404, ...notFoundMeta(manifest.siteTitle) };
      const meta = facetMeta(manifest.siteTitle, fixedPostings.name, page);
      return {
        status: 200,
        ...meta,
        // The feed follows the value's page, whichever numbered page links it.
        feed: { route: facetRoute(kind, slug), title: facetMeta(manifest.siteTitle, fixedPostings.name).title },
        share: { kind: 'facet', facet: kind, slug, name: fixedPostings.name },
        ...(search === '' && pageLinks(listBase({ kind, slug }), fixedPostings.count, page)),
      };
    },
  };
}
