// `npm run dev`: the open page follows the seeds folder without a restart.
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../harness/browser';
import { buildEnv } from '../harness/build-site';
import { makeTmpDir, repoRoot, seedsDir } from '../harness/paths';
import { SEED_HEADLINE } from './lib/seed-facts';

const SEED_FILE = '000_b8ec4b7f77a3a021.txt';

const viteBin = path.join(repoRoot, 'node_modules/.bin/vite');

function startDev(seeds: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(viteBin, ['--port', '0', '--host', '127.0.0.1'], {
    cwd: repoRoot,
    env: { ...buildEnv(), SEEDS_DIR: seeds },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`dev server did not start:\n${output}`)), 120_000);
    const onData = (chunk: Buffer) => {
      // Vite colours its banner; strip the escapes before looking for the URL.
      // eslint-disable-next-line no-control-regex -- ESC is what the pattern strips
      output += chunk.toString().replace(/\x1b\[[0-9;]*m/g, '');
      const match = /Local:\s+(http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1]! });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`dev server exited with ${code}:\n${output}`)));
  });
}

function seedText(headline: string): string {
  return `${headline}\n\nA standfirst for the live reload test.\n\nThe body of a story written while the dev server runs.\n`;
}

describe('npm run dev', () => {
  let browser: Browser;
  let dev: { child: ChildProcess; url: string };
  let page: Page;
  const seeds = makeTmpDir('dev-seeds');

  beforeAll(async () => {
    copyFileSync(path.join(seedsDir, SEED_FILE), path.join(seeds, SEED_FILE));
    dev = await startDev(seeds);
    browser = await launchBrowser();
    page = await (await browser.newContext()).newPage();
  });

  afterAll(async () => {
    await browser?.close();
    if (dev?.child.pid) process.kill(-dev.child.pid, 'SIGTERM');
  });

  it('shows added, edited and deleted seeds on the open page', async () => {
    await page.goto(`${dev.url}latest`);
    const headline = (name: string) => page.getByRole('link', { name });
    await expect.poll(() => headline(SEED_HEADLINE).count(), { timeout: 60_000 }).toBe(1);

    const added = path.join(seeds, 'added.txt');
    writeFileSync(added, seedText('Harbour ferry returns after winter repairs'));
    await expect
      .poll(() => headline('Harbour ferry returns after winter repairs').count(), { timeout: 60_000 })
      .toBe(1);

    writeFileSync(added, seedText('Harbour ferry delayed by spring storms'));
    await expect.poll(() => headline('Harbour ferry delayed by spring storms').count(), { timeout: 60_000 }).toBe(1);
    await expect.poll(() => headline('Harbour ferry returns after winter repairs').count()).toBe(0);

    rmSync(added);
    // Both at once: a page mid-reload shows neither headline.
    const shown = async () => [
      await headline('Harbour ferry delayed by spring storms').count(),
      await headline(SEED_HEADLINE).count(),
    ];
    await expect.poll(shown, { timeout: 60_000 }).toEqual([0, 1]);
  });

  it('searches the seeds as they are now, after a seed is added and edited', async () => {
    const region = page.getByRole('region', { name: 'Search results' });
    /** Headlines found for `q`, once the page has an answer (results or the no-results state). */
    const found = async (q: string) => {
      await page.goto(`${dev.url}search?q=${encodeURIComponent(q)}`);
      await region
        .getByRole('article')
        .first()
        .or(page.getByRole('heading', { name: /^No results/ }))
        .waitFor({ timeout: 30_000 });
      return region.getByRole('article').getByRole('heading').allInnerTexts();
    };
    // Each edit is searched for until the dev server has rebuilt the index (no live reload needed).
    const settle = { timeout: 90_000, interval: 1_000 };
    expect(await found('Bondi')).toEqual([SEED_HEADLINE]);

    const added = path.join(seeds, 'lighthouse.txt');
    writeFileSync(added, seedText('Lighthouse keeper retires after forty years'));
    await expect
      .poll(() => found('lighthouse keeper'), settle)
      .toEqual(['Lighthouse keeper retires after forty years']);

    writeFileSync(added, seedText('Lighthouse keeper stays on for one more winter'));
    await expect
      .poll(() => found('"one more winter"'), settle)
      .toEqual(['Lighthouse keeper stays on for one more winter']);
    expect(await found('retires')).toEqual([]);
    await expect.poll(() => page.getByRole('heading', { name: 'No results for “retires”' }).count()).toBe(1);
  });
});
