// Fills the built index.html with each route's prerendered markup, so every page a reader
// lands on shows its text before (and without) JavaScript.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { RenderModule } from './bundle';
import { progress } from './progress';

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

export interface PrerenderOptions {
  outDir: string;
  basePath: string;
  renderer: RenderModule;
  /** App paths such as `/` or `/articles/x`; '/404' is written to 404.html. */
  routes: string[];
  quiet: boolean;
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

export async function prerender({ outDir, basePath, renderer, routes, quiet }: PrerenderOptions): Promise<void> {
  const template = await readFile(path.join(outDir, 'index.html'), 'utf8');
  const basename = basePath === '/' ? '' : basePath.replace(/\/$/, '');
  const dataDir = path.join(outDir, 'data');
  // The manifest and list chunks are read by many pages; parse each once.
  const cache = new Map<string, unknown>();
  const readData = async (dataPath: string): Promise<unknown> => {
    const cacheable = !dataPath.startsWith('articles/');
    if (cacheable && cache.has(dataPath)) return cache.get(dataPath);
    const value: unknown = JSON.parse(await readFile(path.join(dataDir, dataPath), 'utf8'));
    if (cacheable) cache.set(dataPath, value);
    return value;
  };
  const bar = progress('prerender', routes.length, quiet);
  const made = new Set<string>();
  for (let i = 0; i < routes.length; i++) {
    const route = routes[i]!;
    const page = await renderer.renderRoute(route, { basename, readData });
    const file = outputFile(outDir, route);
    const dir = path.dirname(file);
    if (!made.has(dir)) {
      await mkdir(dir, { recursive: true });
      made.add(dir);
    }
    await writeFile(file, fillTemplate(template, page));
    bar.tick(i + 1);
  }
  bar.end();
}
