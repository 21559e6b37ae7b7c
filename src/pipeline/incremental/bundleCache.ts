// The app bundle of an out dir's last build, kept beside its page records. A rebuild whose app
// sources and bundle options are unchanged uses it again instead of running Vite twice (about
// 4 s of CPU whatever the corpus size); anything that could change the bundle changes the key.
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BuildOptions } from '../build/config';
import { STAMPED_FILES } from '../offline/offlineStamp';
import { cacheRoot } from './cacheLayout';
import { sourceKey } from './sourceKey';

export interface AppBundle {
  /** The client build: copied into the site, never written to there. */
  clientDir: string;
  rendererPath: string;
  reused: boolean;
}

/** Bump when the folder's layout or what the key covers changes. */
const FORMAT = 'bundle-1';

/**
 * Everything Vite reads. Tailwind scans every file in the project that git would keep (seeds
 * inside it too) for class names, so the key covers the whole project, not only src/app; the
 * build's own output and caches are left out, as are node_modules (package-lock.json stands
 * for them). Vite also reads .env files and VITE_* variables.
 */
async function bundleKey(options: BuildOptions): Promise<string> {
  const env = Object.entries(process.env)
    .filter(([name]) => name.startsWith('VITE_') || name === 'NODE_ENV')
    .map(([name, value]) => `${name}=${value ?? ''}`)
    .sort();
  return sourceKey({
    root: options.projectRoot,
    include: [''],
    exclude: [options.outDir, cacheRoot(options.projectRoot)],
    extra: [FORMAT, process.version, options.basePath, ...env],
  });
}

/** The bundle for these options: the cached one when allowed and still current, else a new one. */
export async function appBundle(options: BuildOptions, cacheDir: string, allowReuse: boolean): Promise<AppBundle> {
  const key = await bundleKey(options);
  const keyFile = path.join(cacheDir, 'key');
  const clientDir = path.join(cacheDir, 'client');
  const serverDir = path.join(cacheDir, 'server');
  if (allowReuse && (await readFile(keyFile, 'utf8').catch(() => null)) === key) {
    return { clientDir, rendererPath: path.join(serverDir, 'entry-server.cjs'), reused: true };
  }
  // The key is written last, so a bundle that failed half way is never taken for a good one.
  await rm(cacheDir, { recursive: true, force: true });
  // Loaded only when bundling: Vite and its plugins take seconds to import.
  const { buildClient, buildRenderer } = await import('../render/bundle');
  const bundleOptions = { projectRoot: options.projectRoot, basePath: options.basePath };
  const routeChunks = await buildClient({ ...bundleOptions, outDir: clientDir });
  const rendererPath = await buildRenderer({ ...bundleOptions, outDir: serverDir, routeChunks });
  await writeFile(keyFile, key);
  return { clientDir, rendererPath, reused: false };
}

/**
 * Copies the client build into outDir, over what the last build put there, and returns the files'
 * paths (relative, forward slashes). index.html is not copied: the '/' page is prerendered from it.
 * The service worker and the web app manifest are listed but not copied: stampOfflineFiles writes
 * them once the build is done.
 */
export async function installBundle(clientDir: string, outDir: string): Promise<string[]> {
  const entries = await readdir(clientDir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(clientDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((file) => file !== 'index.html')
    .sort();
  for (const file of files) {
    if (STAMPED_FILES.has(file)) continue;
    const target = path.join(outDir, file);
    await mkdir(path.dirname(target), { recursive: true });
    await copyFile(path.join(clientDir, file), target);
  }
  return files;
}
