// Which articles this device can show offline. The service worker keeps a copy of every data
// file the app fetched (src/pipeline/pwa.ts); an article can be read offline when its data
// file is among them, since any page falls back to the cached app shell.
import { dataPaths } from '../../../../model/data';

function articleDataUrl(slug: string): string {
  return `${import.meta.env.BASE_URL}data/${dataPaths.article(slug)}`;
}

export async function isAvailableOffline(slug: string): Promise<boolean> {
  if (typeof caches === 'undefined') return false;
  try {
    return (await caches.match(articleDataUrl(slug))) !== undefined;
  } catch {
    return false;
  }
}

/** Fetches an article's data through the service worker, which keeps it for offline reading. */
export function keepForOffline(slug: string): void {
  if (typeof navigator === 'undefined' || !navigator.serviceWorker?.controller) return;
  void fetch(articleDataUrl(slug)).catch(() => undefined);
}
