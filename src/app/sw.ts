// The service worker's source, built by vite-plugin-pwa (src/pipeline/offline/pwa.ts) with the
// app's own bundler, which then writes the precache list into self.__WB_MANIFEST. Workbox's
// generated worker did the same through Babel, Rollup and Terser: four seconds of every build.
/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import { cleanupOutdatedCaches, precacheAndRoute, PrecacheFallbackPlugin } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';
import { SEARCH_DIR } from '../model/searchIndex';
import { imageOf, SAVED_IMAGES_CACHE } from './lib/savedImages';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<{ url: string; revision: string | null }> };

/** The app shell: index.html before any page is prerendered into it (pwa.ts writes it). */
const SHELL_FILE = 'shell.html';
const base = import.meta.env.BASE_URL;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Same-origin URLs under base + folder. */
const under = (folder: string) => new RegExp(`^https?://[^/]+${escapeRegExp(`${base}${folder}/`)}`);

// A new deployment's worker waits for the reader's consent (features/offline/lib/serviceWorker.ts).
self.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
clientsClaim();
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
// Prerendered pages: fresh when online; offline, the copy from the last visit, or the app shell,
// which renders any route from cached data. Accept: text/html also admits the landing page the
// app asks the worker to keep (a CACHE_URLS message, which registerRoute's router answers).
registerRoute(
  ({ request }) => request.mode === 'navigate' || (request.headers.get('Accept') ?? '').startsWith('text/html'),
  new NetworkFirst({
    cacheName: `broadsheet-pages:${base}`,
    plugins: [new ExpirationPlugin({ maxEntries: 300 }), new PrecacheFallbackPlugin({ fallbackURL: SHELL_FILE })],
  }),
);
registerRoute(
  under('data'),
  new NetworkFirst({ cacheName: `broadsheet-data:${base}`, plugins: [new ExpirationPlugin({ maxEntries: 5000 })] }),
);
registerRoute(
  under(SEARCH_DIR),
  new NetworkFirst({ cacheName: `broadsheet-search:${base}`, plugins: [new ExpirationPlugin({ maxEntries: 500 })] }),
);
// Images: saved articles' kept files first (stores/offlineCopies.ts; a file's name is its content,
// so a kept copy never goes stale), else the network; offline, a request for any width or format
// of a kept image gets the one copy kept of it (lib/savedImages.ts says why one).
registerRoute(under('images'), async ({ request }) => {
  const kept = await caches.open(SAVED_IMAGES_CACHE);
  const exact = await kept.match(request);
  if (exact) return exact;
  try {
    return await fetch(request);
  } catch (error) {
    const image = imageOf(request.url);
    const copy = (await kept.keys()).find((key) => imageOf(key.url) === image);
    const response = copy && (await kept.match(copy));
    if (response) return response;
    throw error;
  }
});
