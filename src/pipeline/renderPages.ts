// Renders routes to HTML files with the built prerender module; used in-process or in a worker.
import { createHash } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { RenderModule } from './bundle';

/** Shipped with every page: no inline script or style, no eval of any kind. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
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

/** What every batch of routes shares: where to write, with what, and what the last build made. */
export interface RenderSetup {
  outDir: string;
  basePath: string;
  rendererPath: string;
  /** The client build's index.html, with its placeholders. */
  template: string;
  /** The last build's output and records: unchanged pages are linked from there, not rendered. */
  previousDir: string | null;
  previous: PageRecords;
}

export interface RenderJob extends RenderSetup {
  routes: string[];
}

export interface RenderOutcome {
  records: PageRecords;
  reused: number;
}

export function fillTemplate(template: string, page: { head: string; html: string; state: string }): string {
  const csp = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`;
  // Replacer functions, because a replacement string would read "$$" or "$&" in an article as patterns.
  return template
    .replace('<head>', () => `<head>\n    ${csp}`)
    .replace('<!--app-head-->', () => page.head)
    .replace('<!--app-html-->', () => page.html)
    .replace('<!--app-state-->', () => `<script type="application/json" id="bs-state">${page.state}</script>`);
}

export function outputFile(outDir: string, route: string): string {
  if (route === '/404') return path.join(outDir, '404.html');
  return path.join(outDir, route, 'index.html');
}

// Workers import this file, so it must not pull in the Vite side of the build.
function loadRenderer(modulePath: string): RenderModule {
  return createRequire(import.meta.url)(modulePath) as RenderModule;
}

const MISSING = '\u0000missing';

export type RenderBatch = (routes: string[], onProgress: (done: number) => void) => Promise<RenderOutcome>;

/** Loads the renderer once; the function it gives renders one batch of routes after another. */
export async function openRenderer(setup: RenderSetup): Promise<RenderBatch> {
  const renderer = loadRenderer(setup.rendererPath);
  const basename = setup.basePath === '/' ? '' : setup.basePath.replace(/\/$/, '');
  const dataDir = path.join(setup.outDir, 'data');
  const templateHash = createHash('sha256').update(setup.template).digest('hex');
  // The manifest and list chunks are read by many pages; read each once. Postings and
  // articles are read by few, so keeping them would only grow memory on a large site.
  const texts = new Map<string, string>();
  // Files are small and a worker renders one page at a time, so synchronous calls are the fast
  // ones here: no trip through libuv's thread pool (shared by all workers) for each of them.
  const readText = (dataPath: string): string => {
    const cacheable = dataPath === 'manifest.json' || dataPath.startsWith('chunks/');
    const cached = cacheable ? texts.get(dataPath) : undefined;
    if (cached !== undefined) return cached;
    let text = MISSING;
    try {
      text = readFileSync(path.join(dataDir, dataPath), 'utf8');
    } catch {
      // A missing file is recorded as such, so the page is remade once it appears.
    }
    if (cacheable) texts.set(dataPath, text);
    return text;
  };
  const keyOf = (route: string, inputs: string[], read: (dataPath: string) => string): string => {
    const hash = createHash('sha256').update(templateHash).update(`\u0000${route}`);
    for (const input of inputs) hash.update(`\u0000${input}\u0000`).update(read(input));
    return hash.digest('hex');
  };
  const linked = (from: string, to: string): boolean => {
    try {
      linkSync(from, to);
      return true;
    } catch {
      return false;
    }
  };
  const made = new Set<string>();

  return async (routes, onProgress) => {
    const records: PageRecords = {};
    let reused = 0;
    for (let i = 0; i < routes.length; i++) {
      const route = routes[i]!;
      const file = outputFile(setup.outDir, route);
      const dir = path.dirname(file);
      if (!made.has(dir)) {
        mkdirSync(dir, { recursive: true });
        made.add(dir);
      }
      const before = setup.previous[route];
      if (before && setup.previousDir && keyOf(route, before.inputs, readText) === before.key) {
        // '/' lands on the client build's index.html, so make way for the link first.
        if (route === '/') rmSync(file, { force: true });
        if (linked(outputFile(setup.previousDir, route), file)) {
          records[route] = before;
          reused++;
          continue;
        }
      }
      // What this page read, kept until its key is made, so no file is read twice.
      const read = new Map<string, string>();
      const readData = async (dataPath: string): Promise<unknown> => {
        const text = read.get(dataPath) ?? readText(dataPath);
        read.set(dataPath, text);
        if (text === MISSING) throw new Error(`no data file ${dataPath}`);
        return JSON.parse(text) as unknown;
      };
      const page = await renderer.renderRoute(route, { basename, readData });
      writeFileSync(file, fillTemplate(setup.template, page));
      const inputs = [...read.keys()].sort();
      records[route] = { inputs, key: keyOf(route, inputs, (input) => read.get(input) ?? MISSING) };
      if (i % 50 === 49) onProgress(i + 1);
    }
    onProgress(routes.length);
    return { records, reused };
  };
}

export async function renderRoutes(job: RenderJob, onProgress: (done: number) => void): Promise<RenderOutcome> {
  const render = await openRenderer(job);
  return render(job.routes, onProgress);
}
