// Related coverage and stories, measured; prints JSON.
//   npm run -s bench:coverage -- [--count N] [--seed S] [--no-bbc]
// On a generated corpus with stories (generate.ts --stories): B-cubed precision and recall of the
// stories against the generator's event ids, and how many of each story article's first related
// links stay in its event. On the BBC corpus (../shared, when present): the share of the first three
// related links with the article's own folder label. On both: the seconds findCoverage takes next
// to the rest of the model's work, and what it adds to the process' peak memory.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { generateCorpus, STORIES_FILE } from './generate';
import { resolveOptions } from '../src/pipeline/build/config';
import { enrichCorpus, loadEntityExtractor, readSeeds, seedParagraphs } from '../src/pipeline/build/corpus';
import { buildTermMatrix } from '../src/pipeline/enrich/termMatrix';
import { findCoverage } from '../src/pipeline/enrich/coverage';
import { findDuplicates } from '../src/pipeline/enrich/duplicates';
import { plainParagraphs } from '../src/model/plainText';
import { bbcCorpusDir, hasBbcCorpus } from '../tests/harness/shared';
import { repoRoot } from '../tests/harness/paths';

interface Measured {
  articles: number;
  /** Seconds to read, tag and classify the seeds, related articles and stories included. */
  modelSeconds: number;
  /** Seconds findCoverage alone takes on the same articles, wall clock and CPU (less noisy on a shared machine). */
  coverageSeconds: number;
  coverageCpuSeconds: number;
  modelCpuSeconds: number;
  /** Peak resident memory (MB) after the model, and how far findCoverage raised it. */
  peakMB: number;
  coveragePeakAddedMB: number;
  /** The same for finding duplicates (enrich/duplicates.ts) over every seed. */
  duplicatesSeconds: number;
  duplicatesCpuSeconds: number;
  duplicatesPeakAddedMB: number;
  stories: number;
  articlesInStories: number;
  withRelated: number;
}

async function measure(seedsDir: string) {
  const options = { ...resolveOptions(['--seeds', seedsDir], {}, repoRoot), quiet: true };
  let started = performance.now();
  let cpu = process.cpuUsage();
  const seeds = await readSeeds(options);
  const corpus = enrichCorpus(seeds, options, await loadEntityExtractor());
  const modelSeconds = (performance.now() - started) / 1000;
  const modelCpu = cpuSeconds(cpu);
  const peakBefore = process.resourceUsage().maxRSS / 1024;
  const paragraphs = seedParagraphs(seeds);
  const matrix = buildTermMatrix(
    corpus.articles.map((a, i) => ({ title: a.title, dek: a.dek, paragraphs: paragraphs[i]! })),
  );
  started = performance.now();
  cpu = process.cpuUsage();
  findCoverage(corpus.articles, matrix);
  const coverageSeconds = (performance.now() - started) / 1000;
  const coverageCpu = cpuSeconds(cpu);
  const peakAfter = process.resourceUsage().maxRSS / 1024;
  // Duplicates run while the seeds are read; timed again here on every seed, copies included.
  started = performance.now();
  cpu = process.cpuUsage();
  findDuplicates(
    [...seeds.identified, ...seeds.copies.map((copy) => copy.item)].map(({ draft }) => ({
      paragraphs: plainParagraphs(draft.body),
      date: draft.date,
      file: draft.file,
    })),
  );
  const duplicatesSeconds = (performance.now() - started) / 1000;
  const duplicatesCpu = cpuSeconds(cpu);
  const peakAfterDuplicates = process.resourceUsage().maxRSS / 1024;
  const measured: Measured = {
    articles: corpus.articles.length,
    modelSeconds: round(modelSeconds),
    coverageSeconds: round(coverageSeconds),
    coverageCpuSeconds: round(coverageCpu),
    modelCpuSeconds: round(modelCpu),
    peakMB: Math.round(peakBefore),
    coveragePeakAddedMB: Math.round(Math.max(0, peakAfter - peakBefore)),
    duplicatesSeconds: round(duplicatesSeconds),
    duplicatesCpuSeconds: round(duplicatesCpu),
    duplicatesPeakAddedMB: Math.round(Math.max(0, peakAfterDuplicates - peakAfter)),
    stories: corpus.stories.length,
    articlesInStories: corpus.stories.reduce((n, s) => n + s.members.length, 0),
    withRelated: corpus.articles.filter((a) => (a.related?.length ?? 0) > 0).length,
  };
  return { corpus, measured };
}

/** B-cubed precision and recall of predicted clusters against true ones; an unclustered item is its own. */
export function bCubed(predicted: (string | null)[], truth: (string | null)[]): { precision: number; recall: number } {
  const groups = (labels: (string | null)[]) => {
    const by = new Map<string, number[]>();
    labels.forEach((l, i) => {
      const key = l ?? `\u0000${i}`;
      by.set(key, [...(by.get(key) ?? []), i]);
    });
    return labels.map((l, i) => new Set(by.get(l ?? `\u0000${i}`)!));
  };
  const p = groups(predicted);
  const t = groups(truth);
  let precision = 0;
  let recall = 0;
  for (let i = 0; i < predicted.length; i++) {
    let both = 0;
    for (const j of p[i]!) if (t[i]!.has(j)) both++;
    precision += both / p[i]!.size;
    recall += both / t[i]!.size;
  }
  return { precision: round(precision / predicted.length), recall: round(recall / predicted.length) };
}

async function generated(count: number, seed: number) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-coverage-'));
  try {
    generateCorpus({ count, outDir: dir, seed, stories: true });
    const truthByFile = JSON.parse(readFileSync(path.join(dir, STORIES_FILE), 'utf8')) as Record<string, string>;
    const { corpus, measured } = await measure(dir);
    const truth = corpus.articles.map((a) => truthByFile[a.file] ?? null);
    const storyOf = corpus.articles.map((a) => a.story?.slug ?? null);
    // Over the articles in a story (true or found) alone: lone articles left alone would flatter the score.
    const involved = truth.flatMap((t, i) => (t !== null || storyOf[i] !== null ? [i] : []));
    const bySlug = new Map(corpus.articles.map((a, i) => [a.slug, i]));
    const size = new Map<string, number>();
    for (const t of truth) if (t !== null) size.set(t, (size.get(t) ?? 0) + 1);
    let linked = 0;
    let sameStory = 0;
    corpus.articles.forEach((a, i) => {
      const t = truth[i];
      if (!t) return;
      // Only as many links as the event has other articles can stay in it.
      for (const r of (a.related ?? []).slice(0, Math.min(3, size.get(t)! - 1))) {
        linked++;
        if (truth[bySlug.get(r.slug)!] === t) sameStory++;
      }
    });
    return {
      corpus: `generated ${count} (seed ${seed}, --stories)`,
      ...measured,
      trueStories: size.size,
      bCubed: bCubed(storyOf, truth),
      bCubedStoryArticles: bCubed(
        involved.map((i) => storyOf[i]!),
        involved.map((i) => truth[i]!),
      ),
      relatedSameStoryShare: round(sameStory / linked),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function bbc() {
  const { corpus, measured } = await measure(bbcCorpusDir);
  const folder = (file: string) => file.split('/')[0]!;
  const folderOf = new Map(corpus.articles.map((a) => [a.slug, folder(a.file)]));
  let linked = 0;
  let same = 0;
  for (const a of corpus.articles) {
    for (const r of (a.related ?? []).slice(0, 3)) {
      linked++;
      if (folderOf.get(r.slug) === folder(a.file)) same++;
    }
  }
  return { corpus: 'bbc', ...measured, relatedSameFolderShareTop3: round(same / linked) };
}

function cpuSeconds(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      count: { type: 'string', default: '3000' },
      seed: { type: 'string', default: '20250101' },
      'no-bbc': { type: 'boolean', default: false },
    },
  });
  const results: unknown[] = [await generated(Number(values.count), Number(values.seed))];
  if (values['no-bbc']) results.push({ corpus: 'bbc', skipped: '--no-bbc' });
  else if (hasBbcCorpus()) results.push(await bbc());
  else results.push({ corpus: 'bbc', skipped: `${bbcCorpusDir} not present` });
  process.stdout.write(`${JSON.stringify({ loadAverage: os.loadavg().map(round), results }, null, 2)}\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
