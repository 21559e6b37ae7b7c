// Renders routes to HTML files with the built prerender module; used in-process or in a worker.
import { createHash } from 'node:crypto';
import { link, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { RenderModule } from './bundle';

/** Shipped with every page: no inline script or style, and Pagefind's WebAssembly allowed. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' https: data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** What a page was made from, so a rebuild can tell whether it would come out the same. */
export interface PageRecord {
  /** Data files the page read, under data/. */
  inputs: string[];
  key: string;
}
export type PageRecords = Record<string, PageRecord>;

export interface RenderJob {
  outDir: string;
  basePath: string;
  rendererPath: string;
  /** The client build's index.html, with its placeholders. */
  template: string;
  routes: string[];
  /** The last build's output and records: unchanged pages are linked from there, not rendered. */
  previousDir: string | null;
  previous: PageRecords;
}

export interface RenderOutcome {
  records: PageRecords;
  reused: number;
}

export function fillTemplate(template: string, page: { head: string; html: string; state: string }): string {
  const csp = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`;
  return template
    .replace('<head>', `<head>\n    ${csp}`)
    .replace('<!--app-head-->', page.head)
    .replace('<!--app-html-->', page.html)
    .replace('<!--app-state-->', `<script type="application/json" id="bs-state">${page.state}</script>`);
}

export function outputFile(outDir: string, route: string): string {
  if (route === '/404') return path.join(outDir, '404.html');
  return path.join(outDir, route, 'index.html');
}

// Workers import this file, so it must not pull in the Vite side of the build.
async function loadRenderer(modulePath: string): Promise<RenderModule> {
  return (await import(pathToFileURL(modulePath).href)) as RenderModule;
}

const MISSING = '\u0000missing';

export async function renderRoutes(job: RenderJob, onProgress: (done: number) => void): Promise<RenderOutcome> {
  const renderer = await loadRenderer(job.rendererPath);
  const basename = job.basePath === '/' ? '' : job.basePath.replace(/\/$/, '');
  const dataDir = path.join(job.outDir, 'data');
  const templateHash = createHash('sha256').update(job.template).digest('hex');
  // The manifest and list chunks are read by many pages; read each once. Postings and
  // articles are read by few, so keeping them would only grow memory on a large site.
  const texts = new Map<string, string>();
  const readText = async (dataPath: string): Promise<string> => {
    const cacheable = dataPath === 'manifest.json' || dataPath.startsWith('chunks/');
    const cached = cacheable ? texts.get(dataPath) : undefined;
    if (cached !== undefined) return cached;
    const text = await readFile(path.join(dataDir, dataPath), 'utf8').catch(() => MISSING);
    if (cacheable) texts.set(dataPath, text);
    return text;
  };
  const keyOf = async (route: string, inputs: string[]): Promise<string> => {
    const hash = createHash('sha256').update(templateHash).update(`\u0000${route}`);
    for (const input of inputs) hash.update(`\u0000${input}\u0000`).update(await readText(input));
    return hash.digest('hex');
  };

  const records: PageRecords = {};
  let reused = 0;
  const made = new Set<string>();
  for (let i = 0; i < job.routes.length; i++) {
    const route = job.routes[i]!;
    const file = outputFile(job.outDir, route);
    const dir = path.dirname(file);
    if (!made.has(dir)) {
      await mkdir(dir, { recursive: true });
      made.add(dir);
    }
    const before = job.previous[route];
    if (before && job.previousDir && (await keyOf(route, before.inputs)) === before.key) {
      // '/' lands on the client build's index.html, so make way for the link first.
      if (route === '/') await rm(file, { force: true });
      const linked = await link(outputFile(job.previousDir, route), file).then(() => true, () => false);
      if (linked) {
        records[route] = before;
        reused++;
        continue;
      }
    }
    const inputs = new Set<string>();
    const readData = async (dataPath: string): Promise<unknown> => {
      inputs.add(dataPath);
      const text = await readText(dataPath);
      if (text === MISSING) throw new Error(`no data file ${dataPath}`);
      return JSON.parse(text) as unknown;
    };
    const page = await renderer.renderRoute(route, { basename, readData });
    await writeFile(file, fillTemplate(job.template, page));
    const sorted = [...inputs].sort();
    records[route] = { inputs: sorted, key: await keyOf(route, sorted) };
    if (i % 50 === 49 || i === job.routes.length - 1) onProgress(i + 1);
  }
  onProgress(job.routes.length);
  return { records, reused };
}
