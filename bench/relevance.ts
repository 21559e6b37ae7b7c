// Ranking quality against labelled articles, Broadsheet's search beside Pagefind's, printed as JSON:
//   npm run -s bench:relevance -- DIR|FILE.tsv [--k 10]
//   npm run -s bench:relevance -- --generated N    (the generated corpus, labelled by primary topic)
// DIR/<label>/*.txt or label<TAB>headline<TAB>text lines (bench/lib/labelled.ts). Queries are each
// label's distinctive words and word pairs, computed here from the corpus (never stored); a result
// is relevant when it has the query's label. Both engines index the same headline and text, each
// article parsed as the site parses a seed (the first paragraph of plain text is the standfirst).
import { parseArgs } from 'node:util';
import { syntheticArticles } from './generate';
import { createTermEngine } from '../src/app/features/search/engine/termEngine';
import { plainParagraphs } from '../src/model/plainText';
import { searchPaths, type SearchIndexMeta } from '../src/model/searchIndex';
import { parseSeed } from '../src/pipeline/parse/parseSeed';
import { indexFiles, type SearchFacets } from '../src/pipeline/emit/searchIndex';
import { scanTerms } from '../src/pipeline/emit/termIndex';
import { launchBrowser } from '../tests/harness/browser';
import { readLabelled, type Labelled } from './lib/labelled';
import { pagefindRankings } from './lib/pagefind-ranking';
import { ndcgAt, precisionAt } from './lib/ranking-metrics';
import { topicQueries, type TopicQuery } from './lib/relevance-queries';
import { round } from './lib/stats';

interface Scores {
  precision: number;
  ndcg: number;
}

async function broadsheetRankings(corpus: readonly Labelled[], queries: readonly TopicQuery[], k: number) {
  const texts = corpus.map(({ doc }) => ({ title: doc.title, dek: doc.dek, paragraphs: doc.paragraphs }));
  const facets: SearchFacets[] = corpus.map(({ doc }, i) => ({
    slug: `d${i}`,
    terms: [],
    source: null,
    date: null,
    title: doc.title,
    excerpt: '',
  }));
  const files = indexFiles(scanTerms(texts), facets);
  const meta = JSON.parse(files.get(searchPaths.meta())!) as SearchIndexMeta;
  const engine = createTermEngine(meta, async (path) => {
    const text = files.get(path);
    if (text === undefined) throw new Error(`the index has no ${path}`);
    return JSON.parse(text) as unknown;
  });
  const out: number[][] = [];
  for (const { query } of queries) out.push([...(await engine.search(query)).hits.subarray(0, k)]);
  return out;
}

function score(corpus: readonly Labelled[], query: TopicQuery, ranked: readonly number[], k: number): Scores {
  const relevant = ranked.map((i) => corpus[i]?.label === query.label);
  const available = corpus.filter((item) => item.label === query.label).length;
  return { precision: precisionAt(relevant, k), ndcg: round(ndcgAt(relevant, available, k), 3) };
}

/** A seed's text as the site's parser reads it: the first paragraph of a plain-text seed is its standfirst. */
function parsed(label: string, path: string, text: string): Labelled {
  const { draft } = parseSeed(path, new TextEncoder().encode(text));
  if (!draft) throw new Error(`${path}: the parser rejects this article`);
  return { label, doc: { title: draft.title, dek: draft.dek, paragraphs: plainParagraphs(draft.body), topics: [] } };
}

/** The generated corpus' first `count` articles, each labelled with its primary topic. */
function generatedCorpus(count: number): Labelled[] {
  return [...syntheticArticles(count)].map(({ path, text, topic }) => parsed(topic, path, text));
}

/** A labelled corpus read as the site would read each article as a plain-text seed, so standfirsts rank as they do there. */
function asSeeds(source: string): Labelled[] {
  return readLabelled(source).map(({ label, doc }, i) =>
    parsed(label, `${source}#${i + 1}.txt`, [doc.title, ...doc.paragraphs].join('\n\n')),
  );
}

function mean(values: readonly number[]): number {
  return round(values.reduce((a, b) => a + b, 0) / Math.max(1, values.length), 3);
}

async function main() {
  const { values, positionals } = parseArgs({
    options: { k: { type: 'string', default: '10' }, generated: { type: 'string' } },
    allowPositionals: true,
  });
  const generated = values.generated === undefined ? null : Number(values.generated);
  if (generated !== null && !(Number.isInteger(generated) && generated > 0))
    throw new Error('--generated must be a whole number ≥ 1');
  const source = generated === null ? positionals[0] : `generated:${generated}`;
  if (!source) throw new Error('usage: npm run -s bench:relevance -- DIR|FILE.tsv|--generated N [--k 10]');
  const k = Number(values.k);
  if (!(Number.isInteger(k) && k > 0)) throw new Error('--k must be a whole number ≥ 1');
  const corpus = generated === null ? asSeeds(source) : generatedCorpus(generated);
  const queries = topicQueries(corpus);
  if (queries.length === 0) throw new Error(`${source}: no label has words distinctive enough to query`);
  const ours = await broadsheetRankings(corpus, queries, k);
  const browser = await launchBrowser();
  let theirs: number[][];
  try {
    theirs = await pagefindRankings(
      browser,
      corpus.map(({ doc }) => doc),
      queries.map((q) => q.query),
      k,
    );
  } finally {
    await browser.close();
  }
  const perQuery = queries.map((query, i) => ({
    label: query.label,
    query: query.query,
    broadsheet: score(corpus, query, ours[i]!, k),
    pagefind: score(corpus, query, theirs[i]!, k),
  }));
  const means = (engine: 'broadsheet' | 'pagefind') => ({
    precision: mean(perQuery.map((q) => q[engine].precision)),
    ndcg: mean(perQuery.map((q) => q[engine].ndcg)),
  });
  const result = {
    source,
    documents: corpus.length,
    labels: [...new Set(corpus.map((item) => item.label))].length,
    queries: queries.length,
    k,
    mean: { broadsheet: means('broadsheet'), pagefind: means('pagefind') },
    perQuery,
  };
  console.log(JSON.stringify(result, null, 2));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
