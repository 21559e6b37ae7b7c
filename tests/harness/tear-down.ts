// What every e2e file's afterAll does: close the browser, stop the server, remove the folders it
// made. Each may be missing when beforeAll failed part way, so none is assumed.
import { rmSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import type { ServedSite } from './serve-site';

export async function tearDown(
  browser: Browser | undefined,
  site: Pick<ServedSite, 'close'> | undefined,
  ...dirs: (string | null | undefined)[]
): Promise<void> {
  await browser?.close();
  await site?.close();
  for (const dir of dirs) if (dir) rmSync(dir, { recursive: true, force: true });
}
