// Screenshots of a built site for the docs: each path at 375 and 1280 px wide, light and dark.
// npx tsx bench/screenshots.ts DIST_DIR OUT_DIR [/ /latest …]
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { launchBrowser } from '../tests/harness/browser';
import { serveSite } from '../tests/harness/serve-site';

const WIDTHS = [375, 1280];
const SCHEMES = ['light', 'dark'] as const;

const [distDir, outDir, ...paths] = process.argv.slice(2);
if (!distDir || !outDir) {
  process.stderr.write('usage: tsx bench/screenshots.ts DIST_DIR OUT_DIR [PATH …]\n');
  process.exit(2);
}

const name = (appPath: string) => appPath.replace(/^\/+|\/+$/g, '').replace(/\//g, '-') || 'front';

const site = await serveSite(path.resolve(distDir));
const browser = await launchBrowser();
try {
  await mkdir(outDir, { recursive: true });
  for (const appPath of paths.length > 0 ? paths : ['/', '/latest']) {
    for (const width of WIDTHS) {
      for (const colorScheme of SCHEMES) {
        const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
        await page.goto(site.at(appPath), { waitUntil: 'networkidle' });
        const file = path.join(outDir, `${name(appPath)}-${width}-${colorScheme}.png`);
        await page.screenshot({ path: file });
        process.stdout.write(`${file}\n`);
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  await site.close();
}
