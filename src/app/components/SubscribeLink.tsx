import { feedFile } from '../../model/routes';

interface Props {
  /** The site's absolute root (manifest.siteUrl): feeds exist only when the build had one. */
  siteUrl: string;
  /** The page whose feed this is ('/', '/topics/x'). */
  route: string;
  /** What the feed follows, for screen readers: "Subscribe to Politics (RSS)". */
  name: string;
  className?: string;
}

/** A plain link to the page's RSS feed: a file, not a route, so the browser (or a feed reader) opens it. */
export function SubscribeLink({ siteUrl, route, name, className }: Props) {
  return (
    <a href={new URL(feedFile(route, 'rss'), siteUrl).href} type="application/rss+xml" className={className}>
      Subscribe<span className="sr-only"> to {name} (RSS)</span>
    </a>
  );
}
