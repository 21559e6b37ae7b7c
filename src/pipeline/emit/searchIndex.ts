// The full-text index, built by Pagefind (a kept engine: chunked, loaded on demand in the
// browser, with filters and sorting), one shard at a time so memory stays bounded. A shard whose
// records are unchanged since the last build is linked from it instead of being rebuilt.
import { readFileSync } from 'node:fs';
import { link, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import type { Article } from '../../model/article';
import { SEARCH_SHARDS_FILE, type SearchShardList } from '../../model/data';
import type { Progress } from '../progress';
import { planShards, type ShardPlan } from './searchShards';

/** Records in flight at once: the Pagefind service answers faster when it is never idle. */
const IN_FLIGHT = 64;
/** Pagefind writes these into every index; only the first shard's copy is loaded. */
const SHARD_FILES = new Set(['pagefind-entry.json', 'index', 'filter', 'fragment']);
const isIndexFile = (name: string) => SHARD_FILES.has(name) || name.endsWith('.pf_meta');
const SHARD_FILTER = 'shard';

/** Keys change with the engine, whose output format may. */
function engineVersion(): string {
  const entry = fileURLToPath(import.meta.resolve('pagefind'));
  const manifest = path.join(path.dirname(entry), '..', 'package.json');
  return `pagefind ${(JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version}`;
}

type PagefindIndex = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

/** Builds one shard's index in a fresh Pagefind service, so its memory is freed before the next. */
async function withShardIndex<T>(plan: ShardPlan, onAdded: () => void, use: (index: PagefindIndex) => Promise<T>): Promise<T> {
  const created = await pagefind.createIndex({ forceLanguage: 'en', keepIndexUrl: true });
  const index = created.index;
  if (!index) throw new Error(`search index: ${created.errors.join('; ')}`);
  try {
    const pending = new Set<Promise<void>>();
    for (const record of plan.records) {
      const added: Promise<void> = index.addHTMLFile({ url: record.url, content: record.html }).then((result) => {
        if (result.errors.length > 0) throw new Error(`search index: ${record.url}: ${result.errors.join('; ')}`);
        pending.delete(added);
        onAdded();
      });
      pending.add(added);
      if (pending.size >= IN_FLIGHT) await Promise.race(pending);
    }
    await Promise.all(pending);
    return await use(index);
  } finally {
    await pagefind.close();
  }
}

async function readShardList(dir: string): Promise<SearchShardList | null> {
  try {
    return JSON.parse(await readFile(path.join(dir, SEARCH_SHARDS_FILE), 'utf8')) as SearchShardList;
  } catch {
    return null;
  }
}

/** Hard-links a directory tree (a reused shard), which costs no copying and no space. */
async function linkTree(from: string, to: string, keep: (name: string) => boolean = () => true): Promise<void> {
  await mkdir(to, { recursive: true });
  for (const entry of await readdir(from, { withFileTypes: true })) {
    if (!keep(entry.name)) continue;
    const source = path.join(from, entry.name);
    if (entry.isDirectory()) await linkTree(source, path.join(to, entry.name));
    else await link(source, path.join(to, entry.name));
  }
}

function shardList(plans: ShardPlan[]): SearchShardList {
  return { shards: plans.map((p) => ({ dir: p.dir, key: p.key, count: p.records.length })), filter: SHARD_FILTER };
}

export interface SearchIndexOutcome {
  shards: number;
  reused: number;
}

/**
 * Writes dist/pagefind/: shards.json and one Pagefind index per shard. `previousDir` is the last
 * build's output (or null): shards with the same key are linked from there.
 */
export async function writeSearchIndex(
  articles: Article[],
  outDir: string,
  basePath: string,
  bar: Progress,
  previousDir: string | null = null,
  shardSize?: number,
): Promise<SearchIndexOutcome> {
  const plans = planShards(articles, basePath, engineVersion(), shardSize);
  const root = path.join(outDir, 'pagefind');
  const previousRoot = previousDir ? path.join(previousDir, 'pagefind') : null;
  const previous = previousRoot ? await readShardList(previousRoot) : null;
  const previousKeys = new Map(previous?.shards.map((s) => [s.key, s.dir]));
  await rm(root, { recursive: true, force: true });
  let done = 0;
  let reused = 0;
  for (const [k, plan] of plans.entries()) {
    const target = path.join(root, plan.dir);
    const runtimeToo = k === 0;
    const from = previousKeys.get(plan.key);
    const linked =
      previousRoot !== null &&
      from === plan.dir &&
      (await linkTree(path.join(previousRoot, from), target, (name) => runtimeToo || isIndexFile(name)).then(
        () => true,
        () => false,
      ));
    if (linked) {
      reused++;
      done += plan.records.length;
      bar.tick(done);
      continue;
    }
    await rm(target, { recursive: true, force: true });
    await withShardIndex(plan, () => bar.tick(++done), async (index) => {
      const written = await index.writeFiles({ outputPath: target });
      if (written.errors.length > 0) throw new Error(`search index: ${written.errors.join('; ')}`);
    });
    if (!runtimeToo) await dropRuntime(target);
  }
  await writeFile(path.join(root, SEARCH_SHARDS_FILE), JSON.stringify(shardList(plans)));
  bar.end();
  return { shards: plans.length, reused };
}

/** Every shard but the first loses its copy of Pagefind's scripts and UI, which nothing loads. */
async function dropRuntime(dir: string): Promise<void> {
  for (const name of await readdir(dir)) {
    if (!isIndexFile(name)) await rm(path.join(dir, name), { recursive: true, force: true });
  }
}

/** The index as in-memory files (path under pagefind/ → bytes), for the dev server. */
export async function searchIndexFiles(articles: Article[], basePath: string): Promise<Map<string, Uint8Array>> {
  const plans = planShards(articles, basePath, engineVersion());
  const files = new Map<string, Uint8Array>();
  for (const plan of plans) {
    await withShardIndex(plan, () => undefined, async (index) => {
      const got = await index.getFiles();
      if (got.errors.length > 0) throw new Error(`search index: ${got.errors.join('; ')}`);
      for (const file of got.files) files.set(`${plan.dir}/${file.path.replace(/^\/+/, '')}`, file.content);
    });
  }
  files.set(SEARCH_SHARDS_FILE, new TextEncoder().encode(JSON.stringify(shardList(plans))));
  return files;
}
