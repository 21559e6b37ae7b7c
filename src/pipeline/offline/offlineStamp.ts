// After a build: the deployment's identity into the service worker and the site title into the
// web app manifest (see pwa.ts for why). Apart from pwa.ts so that a rebuild which reuses the
// app bundle never loads Vite or its plugins (seconds of start-up) just to stamp two files.
import { createHash } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

export const DEPLOYMENT_PLACEHOLDER = '__BROADSHEET_DEPLOYMENT__';
const SW_FILE = 'sw.js';
const MANIFEST_FILE = 'manifest.webmanifest';

/**
 * Files the bundle copy leaves out: only their stamped copies reach the site. A reader's browser
 * checks sw.js for updates whenever it likes, during a build too; an unstamped or half-written
 * worker there would install as an update of its own, and the reader be offered a second one.
 */
export const STAMPED_FILES: ReadonlySet<string> = new Set([SW_FILE, MANIFEST_FILE]);

/** Replaces a file whole: a reader fetching it sees the old bytes or the new, never part of them. */
async function replaceFile(file: string, text: string): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, text);
  await rename(temporary, file);
}

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

/**
 * After a build: the deployment hash into the worker, the site title into the web app manifest,
 * read from the client bundle and written into outDir. The worker goes last, once every file its
 * deployment names is in place.
 */
export async function stampOfflineFiles(
  clientDir: string,
  outDir: string,
  { deployment, siteTitle }: { deployment: string; siteTitle: string },
): Promise<void> {
  const sw = await readFile(path.join(clientDir, SW_FILE), 'utf8').catch(() => null);
  // A build without the PWA plugin has nothing to stamp.
  if (sw === null) return;
  const before = await readFile(path.join(clientDir, MANIFEST_FILE), 'utf8');
  const manifest = JSON.parse(before) as Record<string, unknown>;
  const after = `${JSON.stringify({ ...manifest, name: siteTitle, short_name: siteTitle })}\n`;
  await replaceFile(path.join(outDir, MANIFEST_FILE), after);
  // The plugin precaches the manifest under the MD5 of its text; keep that true of the new text.
  await replaceFile(
    path.join(outDir, SW_FILE),
    sw.replaceAll(DEPLOYMENT_PLACEHOLDER, deployment).replaceAll(md5(before), md5(after)),
  );
}
