// Which articles this device can show offline. The service worker keeps a copy of every data
// file the app fetched and every page loaded (src/pipeline/offline/pwa.ts); an article can be read
// offline when either is there, since any other page falls back to the cached app shell.
import { dataPaths } from '../../model/data';
import { routePaths } from '../../model/routes';

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

/** Fetches an article's data through the service worker, which keeps it for offline reading. */
export function keepForOffline(slug: string): void {
  if (typeof navigator === 'undefined' || !navigator.serviceWorker?.controller) return;
  void fetch(articleDataUrl(slug)).catch(() => undefined);
}
