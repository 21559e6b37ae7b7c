// The response headers the site wants from any host: one definition that `_headers`
// (emit/hosting.ts), the `npm start` server (dev/serve.ts) and the tests of
// hosting/nginx.conf all read, so a header added here reaches every one of them.
import { ENTITY_KINDS } from '../../model/article';
import { routePaths } from '../../model/routes';
import { CONTENT_SECURITY_POLICY } from './contentSecurityPolicy';

/** The page CSP plus frame-ancestors, which browsers ignore in a meta tag: only a header can forbid framing. */
export const HEADER_CONTENT_SECURITY_POLICY = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;

/** Sent with every response, the 404 page included. */
export const SECURITY_HEADERS: readonly (readonly [name: string, value: string])[] = [
  ['Content-Security-Policy', HEADER_CONTENT_SECURITY_POLICY],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  // Features a news reader never asks for; only names Chromium knows, or it logs an error per page.
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'],
  ['X-Content-Type-Options', 'nosniff'],
];

/** Vite names files under assets/ by content hash (and the build images/ by source), so a name never changes meaning. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else keeps its name across builds: browsers ask again (cheaply, by ETag) each time. */
export const REVALIDATE = 'public, max-age=0, must-revalidate';

/** Top-level folders holding prerendered pages, from the route table itself. */
const PAGE_FOLDERS = [
  routePaths.article('x'),
  routePaths.topic('x'),
  ...ENTITY_KINDS.map((kind) => routePaths.entity(kind, 'x')),
  routePaths.search(),
  routePaths.saved(),
  routePaths.history(),
  routePaths.settings(),
].map((route) => route.split('/')[1]!);

/**
 * Feeds another part of the build may write at the site root; listed so their rule exists
 * the day they do (a rule for an absent file matches nothing).
 */
const FEEDS = ['feed.xml', 'atom.xml', 'feed.json', 'sitemap.xml'];

export interface CacheRule {
  /** Relative to the site root: '' is the home page, a trailing '*' matches everything below. */
  path: string;
  cacheControl: string;
}

/**
 * Cache-Control per path group. The groups never overlap: Cloudflare Pages joins the values of
 * every rule a path matches, so an overlap would send two contradicting Cache-Controls.
 */
export const CACHE_RULES: readonly CacheRule[] = [
  { path: 'assets/*', cacheControl: IMMUTABLE },
  // Resized images are named by their source file's bytes (emit/images/resize.ts).
  { path: 'images/*', cacheControl: IMMUTABLE },
  ...['', 'index.html', '404.html', 'shell.html', 'sw.js', 'manifest.webmanifest', 'theme.js', ...FEEDS].map(
    (path) => ({ path, cacheControl: REVALIDATE }),
  ),
  ...['data', 'search-index', ...PAGE_FOLDERS].map((folder) => ({ path: `${folder}/*`, cacheControl: REVALIDATE })),
];

/** The Cache-Control for a path relative to the site root ('' for the home page). */
export function cacheControlFor(relativePath: string): string {
  const rule = CACHE_RULES.find(({ path }) =>
    path.endsWith('*') ? relativePath.startsWith(path.slice(0, -1)) : relativePath === path,
  );
  // Unlisted files (icons, the workbox runtime) change rarely but keep their names: revalidate.
  return rule?.cacheControl ?? REVALIDATE;
}
