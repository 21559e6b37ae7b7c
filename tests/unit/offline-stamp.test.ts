// A rebuild into the folder a site is served from: readers' browsers may check the service worker
// for updates at any moment of it, so sw.js must go from one deployment's worker to the next with
// nothing in between (an unstamped worker installed mid-build was a second, spurious update).
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { installBundle } from '../../src/pipeline/incremental/bundleCache';
import { DEPLOYMENT_PLACEHOLDER, stampOfflineFiles } from '../../src/pipeline/offline/offlineStamp';

let dir: string;
let clientDir: string;
let outDir: string;
const manifestText = `${JSON.stringify({ name: 'Broadsheet', short_name: 'Broadsheet' })}\n`;
const md5 = (text: string) => createHash('md5').update(text).digest('hex');

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'broadsheet-stamp-'));
  clientDir = path.join(dir, 'client');
  outDir = path.join(dir, 'dist');
  await mkdir(path.join(clientDir, 'assets'), { recursive: true });
  await mkdir(outDir);
  await writeFile(path.join(clientDir, 'assets', 'app-abc.js'), 'app');
  await writeFile(path.join(clientDir, 'index.html'), '<html>');
  await writeFile(path.join(clientDir, 'manifest.webmanifest'), manifestText);
  await writeFile(
    path.join(clientDir, 'sw.js'),
    `precache([{url:"shell.html",revision:"r1-${DEPLOYMENT_PLACEHOLDER}"},{url:"manifest.webmanifest",revision:"${md5(manifestText)}"}])`,
  );
  // The deployment being served while the next one builds.
  await writeFile(path.join(outDir, 'sw.js'), 'the last deployment');
  await writeFile(path.join(outDir, 'manifest.webmanifest'), '{"name":"Old"}\n');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('installing the bundle, then stamping the offline files', () => {
  it('keeps the served worker and manifest while the bundle is copied, and lists them as the build’s files', async () => {
    const files = await installBundle(clientDir, outDir);
    expect(files).toEqual(['assets/app-abc.js', 'manifest.webmanifest', 'sw.js']);
    expect(await readFile(path.join(outDir, 'assets', 'app-abc.js'), 'utf8')).toBe('app');
    expect(await readFile(path.join(outDir, 'sw.js'), 'utf8')).toBe('the last deployment');
    expect(await readFile(path.join(outDir, 'manifest.webmanifest'), 'utf8')).toBe('{"name":"Old"}\n');
  });

  it('writes the stamped worker and manifest from the bundle, leaving no placeholder or temporary file', async () => {
    await installBundle(clientDir, outDir);
    await stampOfflineFiles(clientDir, outDir, { deployment: 'd3ploy', siteTitle: 'The Gazette' });

    const manifest = await readFile(path.join(outDir, 'manifest.webmanifest'), 'utf8');
    expect(JSON.parse(manifest)).toEqual({ name: 'The Gazette', short_name: 'The Gazette' });
    const stamped = await readFile(path.join(outDir, 'sw.js'), 'utf8');
    expect(stamped).toContain('revision:"r1-d3ploy"');
    expect(stamped).not.toContain(DEPLOYMENT_PLACEHOLDER);
    // The plugin precaches the manifest under the MD5 of its text: now the stamped text.
    expect(stamped).toContain(`revision:"${md5(manifest)}"`);
    // The bundle itself stays as built, for the next rebuild to stamp again.
    expect(await readFile(path.join(clientDir, 'sw.js'), 'utf8')).toContain(DEPLOYMENT_PLACEHOLDER);
    expect((await readdir(outDir)).sort()).toEqual(['assets', 'manifest.webmanifest', 'sw.js']);
  });
});
