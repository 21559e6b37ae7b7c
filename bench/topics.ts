// Measures section tagging against labelled articles and prints JSON: a folder of labelled
// subfolders (DIR/<label>/*.txt) or a file of short items (label<TAB>headline<TAB>text a line):
// (a) the default IPTC taxonomy, its sections mapped onto the labels by a mapping file;
// (b) a names-only taxonomy made from the labels. Plus tagging speed for sections and entities.
//   npm run -s bench:topics -- DIR|FILE.tsv [--mapping FILE] [--short]
// --short cuts every article to its headline and first sentence.
import fs from 'node:fs';
import path from 'node:path';
import { assignSections } from '../src/pipeline/enrich/sections';
import { installedEntityExtractor } from '../src/pipeline/enrich/entities';
import { defaultTaxonomy, taxonomyFromLabels, type Taxonomy } from '../src/pipeline/enrich/taxonomy';
import { readLabelled, shortened, type Labelled } from './lib/labelled';

interface ModeResult {
  accuracy: number;
  macroF1: number;
  perLabel: Record<string, { precision: number; recall: number; f1: number }>;
  /** confusion[trueLabel][predictedLabel] = articles. */
  confusion: Record<string, Record<string, number>>;
  unclassified: number;
  timing: Timing;
}

/**
 * Tagging speed over the whole corpus. `cold` is the first pass in a fresh process, as in a build
 * (JIT warm-up, lexicon look-ups filling their caches); `warm` is the best of a few more passes,
 * the steady rate with the least interference from other work on the machine.
 */
interface Timing {
  cold: Rate;
  warm: Rate;
}

/** Wall-clock and CPU seconds of one pass, and the articles per second they give. */
interface Rate {
  seconds: number;
  cpuSeconds: number;
  articlesPerSecond: number;
  articlesPerCpuSecond: number;
}

const WARM_PASSES = 3;

const UNMAPPED = '(other)';

function score(
  truth: string[],
  predicted: string[],
  labels: string[],
  timing: Timing,
  unclassified: number,
): ModeResult {
  const columns = [...labels, UNMAPPED];
  const confusion: Record<string, Record<string, number>> = {};
  for (const t of labels) confusion[t] = Object.fromEntries(columns.map((c) => [c, 0]));
  let correct = 0;
  truth.forEach((t, i) => {
    const p = labels.includes(predicted[i]!) ? predicted[i]! : UNMAPPED;
    confusion[t]![p]! += 1;
    if (p === t) correct++;
  });
  const perLabel: ModeResult['perLabel'] = {};
  let f1Sum = 0;
  for (const label of labels) {
    const tp = confusion[label]![label]!;
    const predictedAs = labels.reduce((s, t) => s + confusion[t]![label]!, 0);
    const actual = columns.reduce((s, c) => s + confusion[label]![c]!, 0);
    const precision = predictedAs ? tp / predictedAs : 0;
    const recall = actual ? tp / actual : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    perLabel[label] = { precision: round(precision), recall: round(recall), f1: round(f1) };
    f1Sum += f1;
  }
  return {
    accuracy: round(correct / truth.length),
    macroF1: round(f1Sum / labels.length),
    perLabel,
    confusion,
    unclassified,
    timing,
  };
}

function timed<T>(articles: number, run: () => T): { value: T; timing: Timing } {
  const pass = (): { value: T; rate: Rate } => {
    const wall = performance.now();
    const cpu = cpuSeconds();
    const value = run();
    const cpuUsed = cpuSeconds() - cpu;
    const seconds = (performance.now() - wall) / 1000;
    return {
      value,
      rate: {
        seconds: round(seconds),
        cpuSeconds: round(cpuUsed),
        articlesPerSecond: Math.round(articles / seconds),
        articlesPerCpuSecond: Math.round(articles / cpuUsed),
      },
    };
  };
  const first = pass();
  let warm = pass().rate;
  for (let i = 1; i < WARM_PASSES; i++) {
    const next = pass().rate;
    if (next.seconds < warm.seconds) warm = next;
  }
  return { value: first.value, timing: { cold: first.rate, warm } };
}

function tag(corpus: Labelled[], taxonomy: Taxonomy): { primary: string[]; timing: Timing; unclassified: number } {
  const docs = corpus.map((c) => c.doc);
  const { value: sections, timing } = timed(corpus.length, () => assignSections(docs, taxonomy));
  const primary = sections.map((s) => s[0]?.slug ?? '');
  return { primary, timing, unclassified: sections.filter((s) => s[0]?.confidence === 0).length };
}

/**
 * CPU time of this process (user + system). On a busy machine the wall-clock rate drops with other
 * work; the CPU rate does not (but it also counts V8's background GC and compiler threads).
 */
function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}

function readMapping(file: string): Map<string, string> {
  const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  const slugToLabel = new Map<string, string>();
  for (const [label, slugs] of Object.entries(raw)) {
    if (!Array.isArray(slugs)) throw new Error(`${file}: "${label}" must map to a list of section slugs`);
    for (const slug of slugs) slugToLabel.set(String(slug), label);
  }
  return slugToLabel;
}

async function main(argv: string[]): Promise<void> {
  const dir = argv.find((a, i) => !a.startsWith('--') && argv[i - 1] !== '--mapping');
  if (!dir) {
    process.stderr.write('usage: npm run -s bench:topics -- DIR|FILE.tsv [--mapping FILE] [--short]\n');
    process.exit(2);
  }
  const mi = argv.indexOf('--mapping');
  const mappingFile = mi >= 0 ? argv[mi + 1]! : path.join(import.meta.dirname, 'mappings', 'five-news-sections.json');
  const read = readLabelled(dir);
  const corpus = argv.includes('--short') ? shortened(read) : read;
  const labels = [...new Set(corpus.map((c) => c.label))];
  const truth = corpus.map((c) => c.label);

  const mapping = readMapping(mappingFile);
  const unmapped = labels.filter((l) => ![...mapping.values()].includes(l));
  if (unmapped.length > 0)
    process.stderr.write(`bench:topics: ${mappingFile} maps no section to ${unmapped.join(', ')}\n`);
  const byDefault = tag(corpus, defaultTaxonomy());
  const defaultMode = score(
    truth,
    byDefault.primary.map((slug) => mapping.get(slug) ?? UNMAPPED),
    labels,
    byDefault.timing,
    byDefault.unclassified,
  );

  const names = taxonomyFromLabels(labels);
  const byNames = tag(corpus, names);
  // Sections carry slugs ("sci-tech"); the labels are the names they were made from ("Sci/Tech").
  const slugToName = new Map(names.topics.map((t) => [t.slug, t.name]));
  const namesMode = score(
    truth,
    byNames.primary.map((slug) => slugToName.get(slug) ?? UNMAPPED),
    labels,
    byNames.timing,
    byNames.unclassified,
  );

  // Made before the clock starts: a build reads the tagger's word lists from its saved copies.
  const extractEntities = await installedEntityExtractor();
  const { value: mentions, timing: entityTiming } = timed(corpus.length, () => {
    let distinct = 0;
    for (const c of corpus) {
      const e = extractEntities(c.doc);
      distinct += e.people.length + e.places.length + e.organisations.length;
    }
    return distinct;
  });
  const both = (pick: (t: Timing) => number): number =>
    Math.round(corpus.length / (pick(byDefault.timing) + pick(entityTiming)));
  const combined = (which: 'cold' | 'warm'): Pick<Rate, 'articlesPerSecond' | 'articlesPerCpuSecond'> => ({
    articlesPerSecond: both((t) => t[which].seconds),
    articlesPerCpuSecond: both((t) => t[which].cpuSeconds),
  });

  const result = {
    corpus: path.resolve(dir),
    articles: corpus.length,
    labels,
    mapping: path.relative(process.cwd(), mappingFile),
    defaultTaxonomy: defaultMode,
    labelNamesOnly: namesMode,
    entities: { ...entityTiming, distinctPerArticle: round(mentions / corpus.length) },
    // Default-taxonomy sections plus entities for every article.
    sectionsPlusEntities: { cold: combined('cold'), warm: combined('warm') },
  };
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`bench:topics failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
