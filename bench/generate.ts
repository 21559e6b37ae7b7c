// Deterministic synthetic corpus for scale tests: `npm run -s generate -- --count N --out DIR [--seed S]`.
// The same arguments always give byte-identical files. Besides the N plain-text articles, the command
// writes a few illustrated Markdown articles and their images (lib/synthetic-images.ts).
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { mixSeed } from './lib/prng';
import { generateIllustrated } from './lib/synthetic-images';
import { composeArticle } from './lib/synthetic-article';
import { createWorld } from './lib/synthetic-world';

export interface GenerateOptions {
  count: number;
  outDir: string;
  seed?: number;
}

export interface GenerateResult {
  files: number;
  bytes: number;
  /** Articles per primary topic key. */
  topics: Record<string, number>;
  dated: number;
}

export const DEFAULT_SEED = 20_250_101;
const FILES_PER_FOLDER = 1000;
const FOLDER_NAME = /^\d{4}$/;

/** `0000/000123.txt`: folders of 1000 so no directory gets huge. */
export function articlePath(index: number): string {
  const folder = String(Math.floor(index / FILES_PER_FOLDER)).padStart(4, '0');
  return `${folder}/${String(index).padStart(6, '0')}.txt`;
}

/** Text of article `index` in the corpus of `seed`, without touching the disk. */
export function* syntheticArticles(
  count: number,
  seed = DEFAULT_SEED,
): Generator<{ index: number; path: string; text: string; topic: string; date: string | null }> {
  const world = createWorld(seed);
  for (let index = 0; index < count; index++) {
    const article = composeArticle(world, mixSeed(seed, index));
    yield { index, path: articlePath(index), text: article.text, topic: article.topic, date: article.date };
  }
}

export function generateCorpus({ count, outDir, seed = DEFAULT_SEED }: GenerateOptions): GenerateResult {
  if (!Number.isInteger(count) || count < 0) throw new Error(`--count must be a whole number ≥ 0, got ${count}`);
  mkdirSync(outDir, { recursive: true });
  // Old numbered folders from a bigger run would leave extra articles behind; only those are removed.
  for (const entry of readdirSync(outDir, { withFileTypes: true })) {
    if (entry.isDirectory() && FOLDER_NAME.test(entry.name))
      rmSync(path.join(outDir, entry.name), { recursive: true, force: true });
  }
  const result: GenerateResult = { files: 0, bytes: 0, topics: {}, dated: 0 };
  let lastFolder = '';
  for (const article of syntheticArticles(count, seed)) {
    const folder = article.path.slice(0, 4);
    if (folder !== lastFolder) {
      mkdirSync(path.join(outDir, folder), { recursive: true });
      lastFolder = folder;
    }
    const bytes = Buffer.from(article.text, 'utf8');
    writeFileSync(path.join(outDir, article.path), bytes);
    result.files++;
    result.bytes += bytes.length;
    result.topics[article.topic] = (result.topics[article.topic] ?? 0) + 1;
    if (article.date) result.dated++;
  }
  return result;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      count: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string' },
    },
  });
  if (!values.count || !values.out) {
    process.stderr.write('usage: npm run -s generate -- --count N --out DIR [--seed S]\n');
    process.exit(2);
  }
  const count = Number(values.count);
  const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);
  if (!Number.isInteger(count) || count < 0 || !Number.isInteger(seed)) {
    process.stderr.write('generate: --count and --seed must be whole numbers\n');
    process.exit(2);
  }
  const started = performance.now();
  const result = generateCorpus({ count, outDir: path.resolve(values.out), seed });
  const illustrated = await generateIllustrated(path.resolve(values.out));
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(
    `${JSON.stringify({ out: path.resolve(values.out), seed, ...result, illustrated, seconds: Number(seconds.toFixed(2)) })}\n`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
