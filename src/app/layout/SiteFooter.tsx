import { memo } from 'react';
import { PlainLink } from '../components/PlainLink';
import { useManifest } from '../api/manifest';
import { formatArticles } from '../lib/formatDate';
import { SubscribeLink } from '../components/SubscribeLink';
import { routePaths } from '../../model/routes';

// Memoised: the layout renders again on every navigation, and the footer has nothing from it.
export const SiteFooter = memo(function SiteFooter() {
  const manifest = useManifest();
  return (
    <footer className="mt-16 border-t border-neutral-200 dark:border-neutral-800">
      <div className="mx-auto flex max-w-6xl flex-wrap items-baseline justify-between gap-4 px-4 py-8 text-sm text-neutral-600 dark:text-neutral-400">
        <p>
          <PlainLink to="/" className="font-serif text-base font-semibold text-neutral-900 dark:text-neutral-100">
            {manifest.data?.siteTitle ?? 'Home'}
          </PlainLink>
          {manifest.data && <> · {formatArticles(manifest.data.articleCount)}</>}
          {manifest.data?.siteUrl && (
            <>
              {' · '}
              <SubscribeLink
                siteUrl={manifest.data.siteUrl}
                route={routePaths.home()}
                name={manifest.data.siteTitle}
                className="underline underline-offset-4"
              />
            </>
          )}
        </p>
        <p>Made with Broadsheet, a static news reader.</p>
      </div>
    </footer>
  );
});
