// The two Vite builds a site needs: the browser bundle, and a Node build of the same app
// that prerenders HTML. Both read vite.config.ts, so plugins are configured in one place.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type InlineConfig } from 'vite';
import { appPlugins } from './appPlugins';

export interface RenderResult {
  status: number;
  head: string;
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

function baseConfig({ projectRoot, basePath }: BundleOptions): InlineConfig {
  // Production mode always: under vitest NODE_ENV is "test", which would otherwise give a
  // development React build, several times slower to prerender.
  return { root: projectRoot, base: basePath, mode: 'production', configFile: false, logLevel: 'warn', plugins: appPlugins() };
}

export async function buildClient({ projectRoot, outDir, basePath }: BundleOptions): Promise<void> {
  await build({
    ...baseConfig({ projectRoot, outDir, basePath }),
    build: { outDir, emptyOutDir: true, target: 'es2022', assetsInlineLimit: 0 },
  });
}

export async function buildRenderer({ projectRoot, outDir, basePath }: BundleOptions): Promise<RenderModule> {
  const ssrOut = path.join(projectRoot, '.cache', 'ssr', basePath.replace(/\W+/g, '_'));
  await build({
    ...baseConfig({ projectRoot, outDir, basePath }),
    build: {
      ssr: 'src/app/entry-server.tsx',
      outDir: ssrOut,
      emptyOutDir: true,
      rollupOptions: { output: { entryFileNames: 'entry-server.js' } },
    },
  });
  const url = pathToFileURL(path.join(ssrOut, 'entry-server.js')).href;
  // A fresh URL per build so a long-lived process (dev, tests) never reuses an old module.
  return (await import(`${url}?v=${Date.now()}`)) as RenderModule;
}
