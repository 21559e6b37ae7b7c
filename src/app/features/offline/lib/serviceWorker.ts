// Registers the service worker (src/app/sw.ts, built by src/pipeline/offline/pwa.ts), and holds back a new
// deployment's worker until the reader agrees to reload: a page never runs half old, half new.

const UPDATE_CHECK_MS = 60 * 60 * 1000;

let waiting: ServiceWorker | null = null;
let started = false;
const listeners = new Set<() => void>();

function offer(worker: ServiceWorker | null): void {
  // Without a controller this is the first install, not an update: nothing to reload for.
  if (!worker || !navigator.serviceWorker.controller) return;
  waiting = worker;
  listeners.forEach((listener) => listener());
}

/**
 * The page that installed the worker loaded before the worker could see it. Workbox's router
 * answers a CACHE_URLS message by fetching each URL through its routes; the Accept header
 * sends this one to the pages route, so the landing page is there offline too.
 */
async function keepLandingPage(): Promise<void> {
  const registration = await navigator.serviceWorker.ready;
  registration.active?.postMessage({
    type: 'CACHE_URLS',
    payload: { urlsToCache: [[window.location.href, { headers: { Accept: 'text/html' } }]] },
  });
}

async function register(base: string): Promise<void> {
  const uncontrolled = navigator.serviceWorker.controller === null;
  const registration = await navigator.serviceWorker.register(`${base}sw.js`, { scope: base });
  if (uncontrolled) void keepLandingPage();
  offer(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed') offer(installing);
    });
  });
  // A tab left open for hours still hears of a new deployment.
  window.setInterval(() => void registration.update().catch(() => undefined), UPDATE_CHECK_MS);
}

/** Once per page, in production builds only (the dev server has no service worker). */
export function startServiceWorker(): void {
  // MODE, not PROD: a production build made under NODE_ENV=test (the e2e suite) still has PROD false.
  if (started || import.meta.env.MODE !== 'production' || !('serviceWorker' in navigator)) return;
  started = true;
  // A site without a service worker still works; it is just not available offline.
  register(import.meta.env.BASE_URL).catch(() => undefined);
}

export function updateWaiting(): boolean {
  return waiting !== null;
}

export function subscribeToUpdate(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Lets the new worker take over, then reloads so every file comes from the new deployment. */
export function applyUpdate(): void {
  if (!waiting) {
    window.location.reload();
    return;
  }
  navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
  // The worker (src/app/sw.ts) calls skipWaiting() on this message.
  waiting.postMessage({ type: 'SKIP_WAITING' });
}
