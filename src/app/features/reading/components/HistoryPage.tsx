import { useManifest } from '../../../api/manifest';
import { RowsArea, RowsSkeleton } from './RowsSkeleton';
import { formatCount } from '../../../lib/formatDate';
import { pageTitle } from '../../../lib/meta';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { useHydrated } from '../../../hooks/useHydrated';
import { useReaderState } from '../../../hooks/useReaderState';
import { forgetHistory } from '../../../stores/readerStore';
import { KeptList } from './KeptList';
import { ReaderPageHeading } from '../../../components/ReaderPageHeading';
import { smallButton } from '../../../components/styles';

export function HistoryPage() {
  const siteTitle = useManifest().data?.siteTitle;
  useDocumentTitle(siteTitle && pageTitle(siteTitle, 'History'));
  const hydrated = useHydrated();
  const { history } = useReaderState();
  const count = history.length;
  return (
    <>
      <ReaderPageHeading
        title="History"
        summary={
          hydrated
            ? `${formatCount(count)} ${count === 1 ? 'article' : 'articles'} opened on this device, latest first`
            : 'Articles opened on this device'
        }
      />
      {hydrated && count > 0 && (
        <p className="mb-2 text-right print:hidden">
          <button type="button" onClick={forgetHistory} className={smallButton}>
            Clear history
          </button>
        </p>
      )}
      <RowsArea>
        {hydrated ? (
          <KeptList
            entries={history}
            verb="Opened"
            empty={<p className="py-12 text-center font-serif text-xl">No articles opened yet on this device.</p>}
          />
        ) : (
          <RowsSkeleton />
        )}
      </RowsArea>
    </>
  );
}
