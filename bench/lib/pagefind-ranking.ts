// Pagefind's ranking of the same documents, for comparison: each document becomes an HTML page
// (headline as <h1>, then its paragraphs), Pagefind's Node API indexes them, and Pagefind's own
// browser library answers the queries in Chromium, served from a scratch folder.
import { readFile, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { Browser } from 'playwright-core';
import { makeTmpDir } from '../../tests/harness/paths';

export interface RankedDoc {
  title: string;
  dek: string | null;
  paragraphs: string[];
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function page(doc: RankedDoc): string {
  const paragraphs = [doc.dek, ...doc.paragraphs].filter((p): p is string => !!p);
  return [
    '<!doctype html><html lang="en"><head><meta charset="utf-8">',
    `<title>${escapeHtml(doc.title)}</title></head><body><main>`,
    `<h1>${escapeHtml(doc.title)}</h1>`,
    ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    '</main></body></html>',
  ].join('');
}

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
};

function serve(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((request, response) => {
    const asked = path.join(dir, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    if (!asked.startsWith(dir)) {
      response.writeHead(403).end();
      return;
    }
    const file = asked.endsWith('/') ? path.join(asked, 'index.html') : asked;
    readFile(file).then(
      (body) =>
        response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(body),
      () => response.writeHead(404).end(),
    );
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
        close: () => new Promise((done) => server.close(() => done())),
      }),
    ),
  );
}

/** For each query, the indexes (into `docs`) of Pagefind's first `k` results, best first. */
export async function pagefindRankings(
  browser: Browser,
  docs: readonly RankedDoc[],
  queries: readonly string[],
  k: number,
): Promise<number[][]> {
  const dir = makeTmpDir('relevance-pagefind');
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index) throw new Error(`pagefind could not start: ${errors.join('; ')}`);
    for (let i = 0; i < docs.length; i++) {
      const added = await index.addHTMLFile({ url: `/d/${i}/`, content: page(docs[i]!) });
      if (added.errors.length > 0) throw new Error(`pagefind rejected document ${i}: ${added.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath: path.join(dir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`pagefind could not write its index: ${written.errors.join('; ')}`);
    await pagefind.close();
    await writeFile(path.join(dir, 'index.html'), '<!doctype html><title>pagefind</title>');
    const site = await serve(dir);
    const context = await browser.newContext();
    try {
      const tab = await context.newPage();
      await tab.goto(site.url);
      const urls = await tab.evaluate(
        async ({ queries, k }) => {
          const module = '/pagefind/pagefind.js';
          const pf = (await import(module)) as {
            init: () => Promise<void>;
            search: (q: string) => Promise<{ results: { data: () => Promise<{ url: string }> }[] }>;
          };
          await pf.init();
          const out: string[][] = [];
          for (const query of queries) {
            const found = await pf.search(query);
            out.push(await Promise.all(found.results.slice(0, k).map(async (r) => (await r.data()).url)));
          }
          return out;
        },
        { queries: [...queries], k },
      );
      return urls.map((list) => list.map((url) => Number(/^\/d\/(\d+)\//.exec(url)?.[1] ?? NaN)));
    } finally {
      await context.close();
      await site.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
