// The two Vite builds a site needs: the browser bundle, and a Node build of the same app
// that prerenders HTML. Both read vite.config.ts, so plugins are configured in one place.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';

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

export async function buildClient({ projectRoot, outDir, basePath }: BundleOptions): Promise<void> {
  await build({
    root: projectRoot,
    base: basePath,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
}

export async function buildRenderer({ projectRoot, basePath }: BundleOptions): Promise<RenderModule> {
  const ssrOut = path.join(projectRoot, '.cache', 'ssr', basePath.replace(/\W+/g, '_'));
  await build({
    root: projectRoot,
    base: basePath,
    logLevel: 'warn',
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
