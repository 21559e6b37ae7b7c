import { Link } from 'react-router';
import { useManifest } from '../api/manifest';
import { SearchBox } from '../features/search/components/SearchBox';
import { InTheNews } from './InTheNews';
import { SectionNav } from './SectionNav';
import { SkeletonBar } from './SkeletonBar';
import { ThemeToggle } from './ThemeToggle';

export function SiteHeader() {
  const manifest = useManifest();
  return (
    <header className="border-b border-neutral-200 dark:border-neutral-800">
      <div className="mx-auto max-w-6xl px-4">
        <div className="flex items-center justify-between gap-4 border-b-4 border-double border-neutral-900 py-4 sm:py-6 dark:border-neutral-100">
          {manifest.isPending ? (
            <SkeletonBar className="h-9 w-48 sm:h-12" />
          ) : (
            <Link to="/" className="font-serif text-3xl font-bold tracking-tight sm:text-5xl">
              {manifest.data?.siteTitle ?? 'Home'}
            </Link>
          )}
          {/* Header tools: the search box first, the theme toggle last. */}
          <div className="flex items-center gap-3">
            <SearchBox />
            <ThemeToggle />
          </div>
        </div>
        {manifest.data && (
          <>
            <SectionNav sections={manifest.data.sections} />
            <InTheNews topEntities={manifest.data.topEntities} />
          </>
        )}
      </div>
    </header>
  );
}
