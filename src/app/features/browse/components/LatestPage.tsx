import { listPageCount } from '../../../../model/routes';
import { useManifest } from '../../../api/manifest';
import { ErrorState } from '../../../components/ErrorState';
import { NotFound } from '../../../components/NotFound';
import { latestMeta } from '../../../lib/meta';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { BrowseView } from './BrowseView';
import { PageSkeleton } from '../../../components/PageSkeleton';

/** The latest list from numbered page `page` (1 for `/latest`). */
export function LatestPage({ page }: { page: number }) {
  const manifest = useManifest();
  useDocumentTitle(manifest.data && latestMeta(manifest.data.siteTitle, page).title);
  if (manifest.isPending) return <PageSkeleton />;
  if (manifest.isError) {
    return <ErrorState headingLevel={1} error={manifest.error} onRetry={() => void manifest.refetch()} />;
  }
  if (page > listPageCount(manifest.data.articleCount)) return <NotFound />;
  return (
    <BrowseView
      manifest={manifest.data}
      fixed={null}
      title="Latest news"
      total={manifest.data.articleCount}
      page={page}
    />
  );
}
