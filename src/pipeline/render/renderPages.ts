// Renders routes to HTML files with the built prerender module; used in-process or in a worker.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { CONTENT_SECURITY_POLICY } from '../common/contentSecurityPolicy';
import { fileDigest } from '../common/fileDigest';
import type { RenderModule } from './bundle';

/** What a page was made from, so a rebuild can tell whether it would come out the same. */
export interface PageRecord {
  /** Data files the page read, under data/. */
  inputs: string[];
  /** pageKey of the page's route, renderer, template and inputs. */
  key: string;
}
export type PageRecords = Record<string, PageRecord>;

/** What every batch of routes shares: where to write, and with what. */
export interface RenderSetup {
  outDir: string;
  basePath: string;
  rendererPath: string;
  /** The client build's index.html, with its placeholders. */
  template: string;
}

/** The records of the pages the out dir holds from the last build: unchanged ones are kept, not rendered. */
export interface PreviousPages {
  previous: PageRecords;
}

/** What a page key stands for besides its inputs: the renderer module and the template it fills. */
export function rendererDigest(setup: Pick<RenderSetup, 'rendererPath' | 'template'>): string {
  return createHash('sha256')
    .update(readFileSync(setup.rendererPath))
    .update('\u0000')
    .update(setup.template)
    .digest('hex');
}

/** Digest of a data file the page did not find: a page that missed it is remade once it appears. */
const MISSING_DIGEST = 'missing';

/**
 * Same key, same page: a rendered page depends only on the renderer, the template, its route and
 * the data files it read. Inputs are named by digest, so a rebuild that knows the digests of the
 * files it wrote checks 20,000 pages without reading any of them.
 */
export function pageKey(
  renderer: string,
  route: string,
  inputs: string[],
  digestOf: (dataPath: string) => string | undefined,
): string {
  const hash = createHash('sha256').update(renderer).update(`\u0000${route}`);
  for (const input of inputs) hash.update(`\u0000${input}\u0000`).update(digestOf(input) ?? MISSING_DIGEST);
  return hash.digest('hex');
}

/**
 * Splits routes into pages the out dir already holds as this build would make them (the last
 * build's pages, updated in place: previousBuild.ts) and the routes still to render.
 */
export function reusePages(
  setup: RenderSetup & PreviousPages,
  routes: string[],
  digestOf: (dataPath: string) => string | undefined,
): { records: PageRecords; rest: string[] } {
  const records: PageRecords = {};
  const rest: string[] = [];
  const rendererId = rendererDigest(setup);
  for (const route of routes) {
    const before = setup.previous[route];
    if (before && pageKey(rendererId, route, before.inputs, digestOf) === before.key) records[route] = before;
    else rest.push(route);
  }
  return { records, rest };
}

export interface RenderJob extends RenderSetup, PreviousPages {
  routes: string[];
}

export interface RenderOutcome {
  records: PageRecords;
  reused: number;
  /** The prerender's own time, from when its inputs were ready. */
  seconds: number;
}

type PageParts = { head: string; lang: string; html: string; state: string };

export function fillTemplate(template: string, page: PageParts): string {
  return templateFiller(template)(page);
}

const PLACEHOLDERS = ['<!--app-head-->', '<!--app-html-->', '<!--app-state-->'] as const;

/**
 * fillTemplate for one template and many pages: the template is prepared and cut at its
 * placeholders once per language, so a page costs one concatenation, not five searches through
 * its own (large) markup. The page's text goes in literally, never read as a replacement pattern.
 */
export function templateFiller(template: string): (page: PageParts) => string {
  let cut: { lang: string; pieces: string[]; slots: number[] } | null = null;
  return (page) => {
    if (cut?.lang !== page.lang) cut = { lang: page.lang, ...cutAtPlaceholders(prepareTemplate(template, page.lang)) };
    const fill = [page.head, page.html, `<script type="application/json" id="bs-state">${page.state}</script>`];
    let out = cut.pieces[0]!;
    for (let i = 0; i < cut.slots.length; i++) out += fill[cut.slots[i]!]! + cut.pieces[i + 1]!;
    return out;
  };
}

function prepareTemplate(template: string, lang: string): string {
  const csp = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`;
  // Replacer functions, because a replacement string would read "$$" or "$&" as patterns.
  // The language tag was checked when the build read SITE_LANG (build/config.ts).
  return template
    .replace(/<html lang="[^"]*"/, () => `<html lang="${lang}"`)
    .replace('<head>', () => `<head>\n    ${csp}`);
}

/** The template between its placeholders (the first of each, in the order they stand), and which stands where. */
function cutAtPlaceholders(template: string): { pieces: string[]; slots: number[] } {
  const found = PLACEHOLDERS.map((placeholder, slot) => ({ slot, at: template.indexOf(placeholder) }))
    .filter(({ at }) => at >= 0)
    .sort((a, b) => a.at - b.at);
  const pieces: string[] = [];
  let from = 0;
  for (const { slot, at } of found) {
    pieces.push(template.slice(from, at));
    from = at + PLACEHOLDERS[slot]!.length;
  }
  pieces.push(template.slice(from));
  return { pieces, slots: found.map(({ slot }) => slot) };
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

export type RenderBatch = (routes: string[], onProgress: (done: number) => void) => Promise<PageRecords>;

/** Loads the renderer once; the function it gives renders one batch of routes after another. */
export async function openRenderer(setup: RenderSetup): Promise<RenderBatch> {
  const renderer = loadRenderer(setup.rendererPath);
  const basename = setup.basePath === '/' ? '' : setup.basePath.replace(/\/$/, '');
  const dataDir = path.join(setup.outDir, 'data');
  const rendererId = rendererDigest(setup);
  // The manifest and list chunks are read by many pages; read each once. Postings and
  // articles are read by few, so keeping them would only grow memory on a large site.
  const texts = new Map<string, string>();
  // Their digests too: hashing a list chunk again for each of the pages that show it cost more than reading it.
  const digests = new Map<string, string | undefined>();
  const digestOf = (dataPath: string, text: string | undefined): string | undefined => {
    if (!texts.has(dataPath)) return digestOfText(text);
    if (!digests.has(dataPath)) digests.set(dataPath, digestOfText(text));
    return digests.get(dataPath);
  };
  const fill = templateFiller(setup.template);
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
  const made = new Set<string>();

  return async (routes, onProgress) => {
    const records: PageRecords = {};
    for (let i = 0; i < routes.length; i++) {
      const route = routes[i]!;
      const file = outputFile(setup.outDir, route);
      const dir = path.dirname(file);
      if (!made.has(dir)) {
        mkdirSync(dir, { recursive: true });
        made.add(dir);
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
      writeFileSync(file, fill(page));
      const inputs = [...read.keys()].sort();
      records[route] = { inputs, key: pageKey(rendererId, route, inputs, (input) => digestOf(input, read.get(input))) };
      if (i % 50 === 49) onProgress(i + 1);
    }
    onProgress(routes.length);
    return records;
  };
}

function digestOfText(text: string | undefined): string | undefined {
  return text === undefined || text === MISSING ? undefined : fileDigest(text);
}

/** Renders a job in this thread, keeping the pages that are already as they would be made. */
export async function renderRoutes(job: RenderJob, onProgress: (done: number) => void): Promise<RenderOutcome> {
  const started = Date.now();
  const dataDir = path.join(job.outDir, 'data');
  const digestOf = (dataPath: string) => {
    try {
      return fileDigest(readFileSync(path.join(dataDir, dataPath), 'utf8'));
    } catch {
      return undefined;
    }
  };
  const reused = reusePages(job, job.routes, digestOf);
  const render = await openRenderer(job);
  const rendered = await render(reused.rest, (done) => onProgress(Object.keys(reused.records).length + done));
  const records: PageRecords = {};
  // In route order, whichever way each page was made.
  for (const route of job.routes) records[route] = reused.records[route] ?? rendered[route]!;
  return { records, reused: Object.keys(reused.records).length, seconds: (Date.now() - started) / 1000 };
}
