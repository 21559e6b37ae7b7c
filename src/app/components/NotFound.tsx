import { Link } from 'react-router';
import { useManifest } from '../api/manifest';
import { notFoundMeta } from '../lib/meta';
import { useDocumentTitle } from '../lib/useDocumentTitle';

export function NotFound() {
  const manifest = useManifest();
  useDocumentTitle(manifest.data ? notFoundMeta(manifest.data.siteTitle).title : 'Page not found');
  return (
    <div className="mx-auto max-w-2xl py-12 text-center sm:py-20">
      <p className="text-sm font-semibold tracking-widest text-red-700 uppercase dark:text-red-400">Error 404</p>
      <h1 className="mt-3 font-serif text-4xl font-bold sm:text-5xl">Page not found</h1>
      <p className="mt-4 text-lg text-neutral-700 dark:text-neutral-300">
        There is no page at this address. The article may have been removed, or the link may be mistyped.
      </p>
      <p className="mt-8">
        <Link
          to="/"
          className="inline-block rounded-md bg-neutral-900 px-5 py-2.5 font-medium text-white hover:bg-neutral-700 dark:bg-neutral-100 dark:text-neutral-900 dark:hover:bg-neutral-300"
        >
          Go to the front page
        </Link>
      </p>
    </div>
  );
}
