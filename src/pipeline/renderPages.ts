// Renders routes to HTML files with the built prerender module; used in-process or in a worker.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadRenderer } from './bundle';

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

export interface RenderJob {
  outDir: string;
  basePath: string;
  rendererPath: string;
  /** The client build's index.html, with its placeholders. */
  template: string;
  routes: string[];
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

export async function renderRoutes(job: RenderJob, onProgress: (done: number) => void): Promise<void> {
  const renderer = await loadRenderer(job.rendererPath);
  const basename = job.basePath === '/' ? '' : job.basePath.replace(/\/$/, '');
  const dataDir = path.join(job.outDir, 'data');
  // The manifest and list chunks are read by many pages; parse each once. Postings and
  // articles are read by few, so caching them would only grow memory on a large site.
  const cache = new Map<string, unknown>();
  const readData = async (dataPath: string): Promise<unknown> => {
    const cacheable = dataPath === 'manifest.json' || dataPath.startsWith('chunks/');
    if (cacheable && cache.has(dataPath)) return cache.get(dataPath);
    const value: unknown = JSON.parse(await readFile(path.join(dataDir, dataPath), 'utf8'));
    if (cacheable) cache.set(dataPath, value);
    return value;
  };
  const made = new Set<string>();
  for (let i = 0; i < job.routes.length; i++) {
    const route = job.routes[i]!;
    const page = await renderer.renderRoute(route, { basename, readData });
    const file = outputFile(job.outDir, route);
    const dir = path.dirname(file);
    if (!made.has(dir)) {
      await mkdir(dir, { recursive: true });
      made.add(dir);
    }
    await writeFile(file, fillTemplate(job.template, page));
    if (i % 50 === 49 || i === job.routes.length - 1) onProgress(i + 1);
  }
}
