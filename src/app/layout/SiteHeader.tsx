import { memo } from 'react';
import { PlainLink } from '../components/PlainLink';
import { useManifest } from '../api/manifest';
import { SearchBox } from '../features/search/components/SearchBox';
import { ReaderNav } from './ReaderNav';
import { useUnreadBySection } from '../hooks/useUnreadBySection';
import { InTheNews } from '../components/InTheNews';
import { SectionNav } from '../components/SectionNav';
import { SkeletonBar } from '../components/SkeletonBar';
import { ThemeToggle } from '../components/ThemeToggle';

const NO_SECTIONS: never[] = [];

// Memoised: the layout renders again on every navigation, and the header has nothing from it. Its
// parts that follow the page (the section and reader navs) read the location themselves.
export const SiteHeader = memo(function SiteHeader() {
  const manifest = useManifest();
  const unread = useUnreadBySection(manifest.data?.sections ?? NO_SECTIONS);
  return (
    <header className="border-b border-neutral-200 dark:border-neutral-800">
      <div className="mx-auto max-w-6xl px-4">
        {/* One row at any width: on a phone the wordmark and icon buttons, from sm up the words. */}
        <div className="flex items-center justify-between gap-x-2 border-b-4 border-double border-neutral-900 py-3 sm:flex-wrap sm:gap-x-4 sm:gap-y-3 sm:py-6 dark:border-neutral-100">
          {manifest.isPending ? (
            <SkeletonBar className="h-9 w-48 sm:h-12" />
          ) : (
            <PlainLink to="/" className="min-w-0 truncate font-serif text-2xl font-bold tracking-tight sm:text-5xl">
              {manifest.data?.siteTitle ?? 'Home'}
            </PlainLink>
          )}
          {/* Header tools: the search box first, the theme toggle last. */}
          <div className="flex shrink-0 items-center justify-end gap-1 sm:min-w-0 sm:shrink sm:flex-wrap sm:gap-3">
            <SearchBox />
            <ReaderNav />
            <ThemeToggle />
          </div>
        </div>
        {manifest.data && (
          <>
            <SectionNav sections={manifest.data.sections} unread={unread} />
            <InTheNews topEntities={manifest.data.topEntities} />
          </>
        )}
      </div>
    </header>
  );
});
