// The two Vite builds a site needs: the browser bundle, and a Node build of the same app
// that prerenders HTML. Both read vite.config.ts, so plugins are configured in one place.
import path from 'node:path';
import { build, type InlineConfig } from 'vite';
import { appPlugins } from './appPlugins';
import { routeChunks, type RouteChunks } from './routeChunks';

export interface RenderResult {
  status: number;
  head: string;
  lang: string;
  html: string;
  state: string;
}

export interface RenderModule {
  renderRoute(
    url: string,
    options: { basename: string; readData: (dataPath: string) => Promise<unknown> },
  ): Promise<RenderResult>;
}

interface BundleOptions {
  projectRoot: string;
  outDir: string;
  basePath: string;
}

/**
 * Rolldown's warning that plugins took long names plugins of Vite and Tailwind: nothing a user of
 * the build can act on.
 */
const checks = { bundlerTimings: false };

interface RendererOptions extends BundleOptions {
  /** From buildClient: the prerender links a page's route chunks with modulepreload. */
  routeChunks: RouteChunks;
}

function baseConfig({ projectRoot, basePath }: BundleOptions): InlineConfig {
  // Production mode always: under vitest NODE_ENV is "test", which would otherwise give a
  // development React build, several times slower to prerender.
  return {
    root: projectRoot,
    base: basePath,
    mode: 'production',
    configFile: false,
    logLevel: 'warn',
    plugins: appPlugins(),
  };
}

const VENDOR_MODULES = /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack)[\\/]/;

/**
 * The search page's own code: its route, the search feature less what the header's search box (on
 * every page) imports, and the model code and stemmer only search reads. One chunk, so a first
 * search waits for one file rather than a waterfall of ten.
 */
const SEARCH_MODULES =
  /[\\/]src[\\/](app[\\/](routes[\\/]search\.tsx|features[\\/]search[\\/](?!components[\\/]SearchBox|hooks[\\/]useSlashToFocus|lib[\\/](searchState|leaveOnEscape)\.))|model[\\/]search(Index|Text)\.ts)|[\\/]node_modules[\\/]porter2[\\/]/;

/** Builds the browser bundle and returns the chunks each route file needs. */
export async function buildClient({ projectRoot, outDir, basePath }: BundleOptions): Promise<RouteChunks> {
  const output = await build({
    ...baseConfig({ projectRoot, outDir, basePath }),
    // A folder of its own, copied into the site afterwards: a rebuild with the same app copies it
    // again instead of bundling (bundleCache.ts), and the service worker's precache list can only
    // see the app's own files, never data files being written beside them.
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      assetsInlineLimit: 0,
      // Every page needs React, React Router and TanStack Query: one chunk, cached across deployments
      // that change only the app. The app's own code splits by route (src/app/routes/lazyRoute.ts).
      rolldownOptions: {
        checks,
        output: {
          codeSplitting: {
            groups: [
              { name: 'vendor', test: VENDOR_MODULES },
              // Without their dependencies: what they share with other pages stays in those pages' chunks.
              { name: 'search', test: SEARCH_MODULES, includeDependenciesRecursively: false },
            ],
          },
        },
      },
    },
  });
  if (!('output' in output)) throw new Error('the client build gave no single output to read its chunks from');
  return routeChunks(projectRoot, output);
}

/** Builds the prerender module into options.outDir (emptied first) and returns its file path. */
export async function buildRenderer(options: RendererOptions): Promise<string> {
  const ssrOut = options.outDir;
  await build({
    ...baseConfig(options),
    // Bundle React in too, so prerendering uses its production build whatever NODE_ENV says,
    // and the module runs from a folder with no node_modules.
    ssr: { noExternal: true },
    // Vite leaves process.env.NODE_ENV in server builds to be read at run time, where the prerender
    // workers may not have it (or, under vitest, have "test"): React and react-query would then run
    // their development builds, twice as slow. Fixed at build time instead, for the JSX output too.
    // The route chunks go in as a constant, so the renderer (and the digest of its pages) changes with them.
    define: {
      'process.env.NODE_ENV': JSON.stringify('production'),
      __BROADSHEET_ROUTE_CHUNKS__: JSON.stringify(options.routeChunks),
    },
    oxc: { jsx: { development: false } },
    build: {
      ssr: 'src/app/entry-server.tsx',
      outDir: ssrOut,
      emptyOutDir: true,
      // CommonJS, so workers load it with require(): an ES module import would pass through tsx's
      // loader hooks, which take over a second per worker on this one large file.
      // One file (the routes' lazy imports inlined), so the renderer's digest covers all its code.
      rolldownOptions: { checks, output: { format: 'cjs', entryFileNames: 'entry-server.cjs', codeSplitting: false } },
    },
  });
  return path.join(ssrOut, 'entry-server.cjs');
}
