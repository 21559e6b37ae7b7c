// Topic pages (/topics/:slug), entity pages (/people|places|organisations/:slug), author and source
// pages (/authors|sources/:slug) and archives (/archive/:year, /archive/:year/:month), with their
// numbered pages (/topics/:slug/page/2, …).
import { useParams, type Params } from 'react-router';
import type { FacetKind } from '../../model/data';
import { facetRoute, hasFeed, parseListPage } from '../../model/routes';
import { NotFound } from '../components/NotFound';
import { FacetPage } from '../features/browse/components/FacetPage';
import { listBase, pageLinks } from '../features/browse/lib/pageLinks';
import { prefetchBrowse } from '../features/browse/lib/prefetchBrowse';
import { facetMeta, notFoundMeta } from '../lib/meta';
import type { RouteHandle } from '../lib/routeHandle';

/** The value a route names: its slug, or an archive's year and month as the slug `2024-03`. */
function facetSlug(params: Params): string {
  if (params.year === undefined) return params.slug ?? '';
  return params.month === undefined ? params.year : `${params.year}-${params.month}`;
}

export function FacetRoute({ kind }: { kind: FacetKind }) {
  const params = useParams();
  const slug = facetSlug(params);
  const segment = params.page;
  const page = parseListPage(segment);
  if (page === null) return <NotFound />;
  // Keyed by value so moving between two topic pages starts each with fresh panel state; not by
  // page, so "Load more" (which puts the next page in the URL) keeps the list it appends to.
  return <FacetPage key={`${kind}/${slug}`} kind={kind} slug={slug} page={page} />;
}

export function facetHandle(kind: FacetKind): RouteHandle {
  return {
    async prefetch({ params, search, queryClient }) {
      const slug = facetSlug(params);
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
        ...(hasFeed(kind) && {
          feed: { route: facetRoute(kind, slug), title: facetMeta(manifest.siteTitle, fixedPostings.name).title },
        }),
        share: { kind: 'facet', facet: kind, slug, name: fixedPostings.name },
        ...(search === '' && pageLinks(listBase({ kind, slug }), fixedPostings.count, page)),
      };
    },
  };
}
