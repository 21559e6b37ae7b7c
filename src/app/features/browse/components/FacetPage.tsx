import type { FacetKind } from '../../../../model/data';
import { listPageCount } from '../../../../model/routes';
import { useFacetPostings } from '../../../api/facetPostings';
import { useManifest } from '../../../api/manifest';
import { ErrorState } from '../../../components/ErrorState';
import { NotFound } from '../../../components/NotFound';
import { facetKickers } from '../../../lib/facetLabels';
import { facetMeta } from '../../../lib/meta';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { useIsLanding } from '../../../lib/useIsLanding';
import { BrowseView } from './BrowseView';
import { PageSkeleton } from '../../../components/PageSkeleton';

interface Props {
  kind: FacetKind;
  slug: string;
  /** The numbered page the URL names (1 for the page itself). */
  page: number;
}

/** A topic or entity page: the list with one facet value fixed. */
export function FacetPage({ kind, slug, page }: Props) {
  const manifest = useManifest();
  const postings = useFacetPostings({ kind, slug });
  const landing = useIsLanding();
  const name = postings.data?.name;
  useDocumentTitle(manifest.data && name ? facetMeta(manifest.data.siteTitle, name, page).title : undefined);

  // Postings at hand stay shown when loading the rest fails (a prerendered first page, offline).
  // A missing file after an in-app link is a fault, asked for again on revisit or Try again.
  const missing = postings.data === null && !landing;
  const postingsFailed = (postings.isError && postings.data === undefined) || (missing && !postings.isFetching);
  if (manifest.isError || postingsFailed) {
    const retry = () => {
      if (manifest.isError) void manifest.refetch();
      if (postingsFailed) void postings.refetch();
    };
    return <ErrorState headingLevel={1} error={manifest.error ?? postings.error} onRetry={retry} />;
  }
  if (manifest.isPending || postings.isPending || missing) return <PageSkeleton />;
  if (postings.data === null || page > listPageCount(postings.data.count)) return <NotFound />;
  return (
    <BrowseView
      manifest={manifest.data}
      fixed={{ kind, slug }}
      kicker={facetKickers[kind]}
      title={postings.data.name}
      total={postings.data.count}
      page={page}
      within={postings.data.within}
      contains={postings.data.contains}
    />
  );
}
