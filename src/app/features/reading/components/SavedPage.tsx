import { useEffect } from 'react';
import { useManifest } from '../../../api/manifest';
import { RowsArea, RowsSkeleton } from './RowsSkeleton';
import { formatCount } from '../../../lib/formatDate';
import { pageTitle } from '../../../lib/meta';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { useHydrated } from '../../../hooks/useHydrated';
import { useReaderState } from '../../../hooks/useReaderState';
import { keepForOffline } from '../../../stores/offlineCopies';
import { KeptList } from './KeptList';
import { ReaderPageHeading } from '../../../components/ReaderPageHeading';

export function SavedPage() {
  const siteTitle = useManifest().data?.siteTitle;
  useDocumentTitle(siteTitle && pageTitle(siteTitle, 'Saved articles'));
  const hydrated = useHydrated();
  const { saved } = useReaderState();

  // Refresh the offline copies of saved articles whenever the reader looks at them online.
  useEffect(() => {
    if (navigator.onLine) for (const entry of saved) keepForOffline(entry.article.slug);
  }, [saved]);

  const count = saved.length;
  return (
    <>
      <ReaderPageHeading
        title="Saved articles"
        summary={
          hydrated
            ? `${formatCount(count)} ${count === 1 ? 'article' : 'articles'}, kept on this device`
            : 'Kept on this device'
        }
      />
      <RowsArea>
        {hydrated ? (
          <KeptList
            entries={saved}
            verb="Saved"
            empty={
              <p className="py-12 text-center font-serif text-xl">
                Nothing saved yet. Press Save on any article (or the s key) to keep it here.
              </p>
            }
          />
        ) : (
          <RowsSkeleton />
        )}
      </RowsArea>
    </>
  );
}
