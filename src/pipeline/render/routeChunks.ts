// Which chunks each route file needs, read from the client build's output, so the prerender can
// link a page's own chunks with modulepreload and the browser fetches them beside the entry.
import path from 'node:path';
import type { Rolldown } from 'vite';

/** Route file name (src/app/routes/<name>.tsx) → chunk paths relative to the site root, the route's own chunk first. */
export type RouteChunks = Record<string, string[]>;

const ROUTES_DIR = path.join('src', 'app', 'routes');

export function routeChunks(projectRoot: string, output: Rolldown.RolldownOutput): RouteChunks {
  const chunks = output.output.filter((item): item is Rolldown.OutputChunk => item.type === 'chunk');
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  // The entry and all it imports are in the page already, through index.html's script and Vite's preloads.
  const loaded = new Set<string>();
  const load = (fileName: string) => {
    if (loaded.has(fileName)) return;
    loaded.add(fileName);
    for (const imported of byFile.get(fileName)?.imports ?? []) load(imported);
  };
  for (const chunk of chunks) if (chunk.isEntry) load(chunk.fileName);
  const out: RouteChunks = {};
  for (const chunk of chunks) {
    if (!chunk.isDynamicEntry || !chunk.facadeModuleId) continue;
    const relative = path.relative(path.join(projectRoot, ROUTES_DIR), chunk.facadeModuleId);
    if (relative.startsWith('..') || path.dirname(relative) !== '.') continue;
    const files: string[] = [];
    const visit = (fileName: string) => {
      if (loaded.has(fileName) || files.includes(fileName)) return;
      files.push(fileName);
      for (const imported of byFile.get(fileName)?.imports ?? []) visit(imported);
    };
    visit(chunk.fileName);
    out[path.basename(relative, path.extname(relative))] = files;
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}
