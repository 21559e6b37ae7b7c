// First-load bytes as a reader's browser sees them: load a page in a fresh Chromium context and
// sum the gzip size (zlib level 9) of every response body by kind.
import { gzipSync } from 'node:zlib';
import type { Browser, Response } from 'playwright-core';

export type ResourceKind = 'html' | 'css' | 'js' | 'json' | 'other';

export interface FirstLoad {
  url: string;
  requests: number;
  /** Gzipped bytes per kind, plus their total. */
  gzip: Record<ResourceKind, number> & { total: number; jsCss: number };
  /** Each script and stylesheet the page loaded (path on the site) → its gzipped bytes. */
  chunks: Record<string, number>;
}

function kindOf(response: Response): ResourceKind {
  const type = response.headers()['content-type'] ?? '';
  const pathname = new URL(response.url()).pathname;
  if (type.includes('html')) return 'html';
  if (type.includes('css') || pathname.endsWith('.css')) return 'css';
  if (type.includes('javascript') || /\.m?js$/.test(pathname)) return 'js';
  if (type.includes('json') || pathname.endsWith('.json')) return 'json';
  return 'other';
}

export async function measureFirstLoad(browser: Browser, url: string): Promise<FirstLoad> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const pending: Promise<void>[] = [];
  const gzip = { html: 0, css: 0, js: 0, json: 0, other: 0, total: 0, jsCss: 0 };
  const chunks: Record<string, number> = {};
  let requests = 0;
  page.on('response', (response) => {
    // Failed side requests (a browser's automatic /favicon.ico, say) are not part of the page.
    if (!response.ok() && response.request().resourceType() !== 'document') return;
    pending.push(
      (async () => {
        const body = await response.body().catch(() => null);
        if (!body) return;
        requests++;
        const kind = kindOf(response);
        const bytes = gzipSync(body, { level: 9 }).length;
        gzip[kind] += bytes;
        if (kind === 'js' || kind === 'css') chunks[new URL(response.url()).pathname] = bytes;
      })(),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await Promise.all(pending);
  await context.close();
  gzip.total = gzip.html + gzip.css + gzip.js + gzip.json + gzip.other;
  gzip.jsCss = gzip.js + gzip.css;
  const sorted = Object.fromEntries(Object.entries(chunks).sort(([a], [b]) => a.localeCompare(b)));
  return { url, requests, gzip, chunks: sorted };
}
