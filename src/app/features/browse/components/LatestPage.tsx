import { useManifest } from '../../../api/manifest';
import { ErrorState } from '../../../components/ErrorState';
import { homeMeta } from '../../../lib/meta';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { BrowseView } from './BrowseView';
import { PageSkeleton } from '../../../components/PageSkeleton';

export function LatestPage() {
  const manifest = useManifest();
  useDocumentTitle(manifest.data && homeMeta(manifest.data.siteTitle).title);
  if (manifest.isPending) return <PageSkeleton />;
  if (manifest.isError) {
    return <ErrorState headingLevel={1} error={manifest.error} onRetry={() => void manifest.refetch()} />;
  }
  return (
    <BrowseView
      manifest={manifest.data}
      fixed={null}
      title="Latest news"
      total={manifest.data.articleCount}
    />
  );
}
