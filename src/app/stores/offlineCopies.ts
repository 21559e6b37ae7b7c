// Which articles this device can show offline. The service worker keeps a copy of every data
// file the app fetched and every page loaded (src/pipeline/offline/pwa.ts); an article can be read
// offline when either is there, since any other page falls back to the cached app shell. A saved
// article's images are kept too, in a cache of their own (lib/savedImages.ts).
import type { Article } from '../../model/article';
import { dataPaths } from '../../model/data';
import { routePaths } from '../../model/routes';
import { SAVED_IMAGES_CACHE, savedImageUrls } from '../lib/savedImages';

function articleDataUrl(slug: string): string {
  return `${import.meta.env.BASE_URL}data/${dataPaths.article(slug)}`;
}

function articlePageUrl(slug: string): string {
  return `${import.meta.env.BASE_URL}${routePaths.article(slug).slice(1)}`;
}

export async function isAvailableOffline(slug: string): Promise<boolean> {
  if (typeof caches === 'undefined') return false;
  try {
    for (const url of [articleDataUrl(slug), articlePageUrl(slug)]) {
      if ((await caches.match(url)) !== undefined) return true;
    }
    return false;
  } catch {
    return false;
  }
}

const hasWorker = () => typeof navigator !== 'undefined' && Boolean(navigator.serviceWorker?.controller);

/**
 * Fetches an article's data through the service worker, which keeps it for offline reading, and
 * keeps its images beside it. Best effort: a failure leaves the article readable, only without
 * images offline.
 */
export function keepForOffline(slug: string): void {
  if (!hasWorker()) return;
  void (async () => {
    const response = await fetch(articleDataUrl(slug));
    if (!response.ok) return;
    const cache = await caches.open(SAVED_IMAGES_CACHE);
    for (const url of savedImageUrls((await response.json()) as Article)) {
      if ((await cache.match(url)) === undefined) await cache.add(url);
    }
  })().catch(() => undefined);
}

/**
 * After an article is unsaved: drops the kept images that no article still in `saved` shows. When
 * a saved article's data is not at hand its images are unknown, so nothing is dropped.
 */
export function releaseOffline(saved: readonly string[]): void {
  if (!hasWorker()) return;
  void (async () => {
    const wanted = new Set<string>();
    for (const slug of saved) {
      const data = await caches.match(articleDataUrl(slug));
      if (data === undefined) return;
      for (const url of savedImageUrls((await data.json()) as Article)) wanted.add(new URL(url, location.href).href);
    }
    const cache = await caches.open(SAVED_IMAGES_CACHE);
    for (const request of await cache.keys()) if (!wanted.has(request.url)) await cache.delete(request);
  })().catch(() => undefined);
}
