// The offline, installable reader: a web app manifest and a Workbox service worker (src/app/sw.ts),
// built by vite-plugin-pwa during the client build, then stamped once the pages and data exist.
//
// The client build runs before the seeds are read, so the worker cannot list pages or data.
// It precaches only the app shell (hashed assets, icons, and shell.html: index.html before any
// page is prerendered into it) and caches pages, data and search files as they are fetched,
// network first, so an online reader always sees the current deployment. A deployment that
// changes only articles must still reach readers as an update: the build hashes every data file
// and writes that hash into the worker (stampOfflineFiles, in offlineStamp.ts), so new content
// means new worker bytes, and the app offers a reload.
import type { ConfigEnv, Plugin, UserConfig } from 'vite';
import { VitePWA, type VitePWAOptions } from 'vite-plugin-pwa';
import { SEARCH_DIR } from '../../model/searchIndex';
import { DEPLOYMENT_PLACEHOLDER } from './offlineStamp';

const SHELL_FILE = 'shell.html';

/** Fixes NODE_ENV for the worker's build, whatever the environment says. */
function productionWorkbox(): Plugin {
  return {
    name: 'broadsheet:production-workbox',
    config: () => ({ logLevel: 'warn', define: { 'process.env.NODE_ENV': JSON.stringify('production') } }),
  };
}

function pwaOptions(): Partial<VitePWAOptions> {
  const options: Partial<VitePWAOptions> = {
    mode: 'production',
    // The app registers the worker itself (features/offline/lib/serviceWorker.ts): the page CSP
    // allows no inline script, and a new worker must wait for the reader's consent.
    injectRegister: false,
    registerType: 'prompt',
    manifest: {
      name: 'Broadsheet',
      short_name: 'Broadsheet',
      description: 'The news, fast, on any device.',
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: '#171717',
      icons: [
        { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    // The worker's source is src/app/sw.ts, bundled like the app (see there for why).
    strategies: 'injectManifest',
    srcDir: 'src/app',
    filename: 'sw.ts',
    injectManifest: {
      // A classic worker, as the app registers it.
      rollupFormat: 'iife',
      // Workbox's own checks and logs are for development; a build under NODE_ENV=test (the e2e
      // suite) would otherwise ship them.
      buildPlugins: { vite: [productionWorkbox()] },
      // The plugin adds the web app manifest and its icons itself.
      globPatterns: ['**/*.{js,css,html}'],
      // Pages are prerendered after this build; the copies here would be stale templates.
      globIgnores: ['index.html', '404.html', 'sw.js', 'data/**', `${SEARCH_DIR}/**`],
      manifestTransforms: [
        // Files without a hash in their name carry the deployment in their revision.
        async (entries) => ({
          manifest: entries.map((entry) =>
            entry.revision ? { ...entry, revision: `${entry.revision}-${DEPLOYMENT_PLACEHOLDER}` } : entry,
          ),
          warnings: [],
        }),
      ],
    },
  };
  return options;
}

/** Writes shell.html: the client build's index.html, before prerendering fills it with a page. */
function appShell(): Plugin {
  return {
    name: 'broadsheet:app-shell',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const index = bundle['index.html'];
      if (index?.type === 'asset') this.emitFile({ type: 'asset', fileName: SHELL_FILE, source: index.source });
    },
  };
}

const isSsrBuild = (config: UserConfig, env: ConfigEnv) => env.command === 'build' && Boolean(config.build?.ssr);

/** Gives a plugin to the browser build (and dev server) only, never to the prerender (SSR) build. */
function browserOnly(plugin: Plugin): Plugin {
  const { apply } = plugin;
  return {
    ...plugin,
    apply: (config, env) => {
      if (isSsrBuild(config, env)) return false;
      if (typeof apply === 'function') return apply(config, env);
      return apply === undefined || apply === env.command;
    },
  };
}

export function offlinePlugins(): Plugin[] {
  return [...VitePWA(pwaOptions()), appShell()].map(browserOnly);
}
