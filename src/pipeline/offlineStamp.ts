// After a build: the deployment's identity into the service worker and the site title into the
// web app manifest (see pwa.ts for why). Apart from pwa.ts so that a rebuild which reuses the
// app bundle never loads Vite or its plugins (seconds of start-up) just to stamp two files.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

export const DEPLOYMENT_PLACEHOLDER = '__BROADSHEET_DEPLOYMENT__';
const SW_FILE = 'sw.js';
const MANIFEST_FILE = 'manifest.webmanifest';

/**
 * The deployment's identity for the service worker: a hash of every data file's path and digest
 * (fileDigest), in the order written, so the files' text is not hashed a second time.
 */
export function deploymentHash(digests: ReadonlyMap<string, string>): string {
  const hash = createHash('sha256');
  for (const [file, digest] of digests) hash.update(file).update('\0').update(digest).update('\0');
  return hash.digest('hex').slice(0, 16);
}

const md5 = (text: string) => createHash('md5').update(text).digest('hex');

/** After a build: the deployment hash into the worker, the site title into the web app manifest. */
export async function stampOfflineFiles(outDir: string, { deployment, siteTitle }: { deployment: string; siteTitle: string }): Promise<void> {
  const swFile = path.join(outDir, SW_FILE);
  const sw = await readFile(swFile, 'utf8').catch(() => null);
  // A build without the PWA plugin has nothing to stamp.
  if (sw === null) return;
  const manifestFile = path.join(outDir, MANIFEST_FILE);
  const before = await readFile(manifestFile, 'utf8');
  const manifest = JSON.parse(before) as Record<string, unknown>;
  const after = `${JSON.stringify({ ...manifest, name: siteTitle, short_name: siteTitle })}\n`;
  await writeFile(manifestFile, after);
  // The plugin precaches the manifest under the MD5 of its text; keep that true of the new text.
  await writeFile(swFile, sw.replaceAll(DEPLOYMENT_PLACEHOLDER, deployment).replaceAll(md5(before), md5(after)));
}
