// The search engine against an index the pipeline really wrote: words, stems, phrases, filters,
// counts, months and both orders, reading files from memory as the browser would fetch them.
import { describe, expect, it } from 'vitest';
import { createTermEngine } from '../../src/app/features/search/engine/termEngine';
import type { EngineResponse, SearchEngine } from '../../src/app/features/search/engine/engine';
import { searchIndexFiles } from '../../src/pipeline/emit/searchIndex';
import {
  OWN_FILE,
  RECORD_CHUNK,
  bucketOf,
  ownPostingsNames,
  searchPaths,
  type OwnPostings,
  type PostingsBucket,
  type SearchIndexMeta,
} from '../../src/model/searchIndex';
import { siteArticles, type ArticleSpec } from '../component/support/site';

const p = (text: string) => [{ type: 'p' as const, children: [text] }];

const specs: ArticleSpec[] = [
  {
    title: 'Budget talks stall in parliament',
    date: '2025-03-04',
    sections: ['Politics'],
    people: ['Ann Lee'],
    source: 'Wire',
    body: p('The government said the budget talks would resume. Ministers were running late.'),
  },
  {
    title: 'Striker signs for the club',
    date: '2025-03-02',
    sections: ['Sport'],
    source: 'Gazette',
    body: p('The striker, who scored twice, signed a contract with the government of the club.'),
  },
  {
    title: 'Government wins vote on budget',
    date: '2025-02-20',
    sections: ['Politics'],
    people: ['Ann Lee', 'Bo Chan'],
    source: 'Wire',
    body: p('A budget vote. Government ministers cheered; talks budget later.'),
  },
  {
    title: 'Markets rally',
    date: null,
    sections: ['Business'],
    body: p('Shares rose on budget news from the government talks.'),
  },
];

function engineFor(articleSpecs: ArticleSpec[]) {
  const search = searchIndexFiles(siteArticles(articleSpecs));
  const meta = JSON.parse(search.get(searchPaths.meta())!) as SearchIndexMeta;
  const reads: string[] = [];
  const reader = async (path: string) => {
    reads.push(path);
    const file = search.get(path);
    if (file === undefined) throw new Error(`missing ${path}`);
    return JSON.parse(file) as unknown;
  };
  return { engine: createTermEngine(meta, reader), reads, search, meta };
}

async function titles(engine: SearchEngine, term: string | null, options?: Parameters<SearchEngine['search']>[1]) {
  const response = await engine.search(term, options);
  return Promise.all(Array.from(response.hits, async (ordinal) => (await response.record(ordinal)).title));
}

describe('term index engine', () => {
  const { engine, search, meta } = engineFor(specs);

  it('finds every article with all the words, in any form, best first', async () => {
    const found = await titles(engine, 'governments');
    // The only headline with the word ranks first.
    expect(found[0]).toBe('Government wins vote on budget');
    expect([...found].sort()).toEqual([
      'Budget talks stall in parliament',
      'Government wins vote on budget',
      'Markets rally',
      'Striker signs for the club',
    ]);
    expect(await titles(engine, 'budget striker')).toEqual([]);
    expect(await titles(engine, 'run')).toEqual(['Budget talks stall in parliament']);
    expect(await titles(engine, 'nowhere')).toEqual([]);
  });

  it('finds nothing, rather than failing, for a word that names a built-in property', async () => {
    expect(await titles(engine, 'constructor')).toEqual([]);
    expect(await titles(engine, 'prototype tostring')).toEqual([]);
    const { engine: withWord } = engineFor([
      { title: 'The constructor of the bridge', body: p('A constructor built it.') },
    ]);
    expect(await titles(withWord, 'constructor')).toEqual(['The constructor of the bridge']);
  });

  it('matches a phrase only word for word, not across a headline and its body', async () => {
    expect(await titles(engine, '"budget talks"')).toEqual(['Budget talks stall in parliament']);
    expect(await titles(engine, '"talks budget"')).toEqual(['Government wins vote on budget']);
    expect(await titles(engine, 'government "talks stall"')).toEqual(['Budget talks stall in parliament']);
    // "...on budget" ends the headline; "A budget" starts the body.
    expect(await titles(engine, '"budget a"')).toEqual([]);
  });

  it('orders newest first by list position, undated last, and without words always so', async () => {
    expect(await titles(engine, 'budget', { sort: 'newest' })).toEqual([
      'Budget talks stall in parliament',
      'Government wins vote on budget',
      'Markets rally',
    ]);
    // Best match first: the headline's word ranks its article first.
    expect((await titles(engine, 'budget', { sort: 'relevance' }))[0]).toBe('Government wins vote on budget');
    const all = [
      'Budget talks stall in parliament',
      'Striker signs for the club',
      'Government wins vote on budget',
      'Markets rally',
    ];
    expect(await titles(engine, null, { sort: 'relevance' })).toEqual(all);
    expect(await titles(engine, null, { sort: 'newest' })).toEqual(all);
  });

  it('filters AND across kinds and OR within one, and counts values under the search', async () => {
    expect(await titles(engine, 'government', { filters: { sections: ['politics'] } })).toHaveLength(2);
    expect(await titles(engine, null, { filters: { sections: ['politics', 'sport'], source: ['Wire'] } })).toHaveLength(
      2,
    );
    expect(await titles(engine, null, { filters: { people: ['bo-chan'], sections: ['sport'] } })).toEqual([]);
    // An empty list restricts nothing.
    expect(await titles(engine, 'government', { filters: { sections: [], people: [] } })).toHaveLength(4);
    const response = await engine.search('government', {
      filters: { people: ['ann-lee'] },
      count: { sections: ['politics', 'sport', 'business'], source: [] },
    });
    expect(response.counts).toEqual({
      sections: { politics: 2, sport: 0, business: 0 },
      source: { Wire: 2, Gazette: 0 },
    });
    const all = await engine.search('government', {
      count: { sections: ['politics', 'sport', 'business'], people: ['ann-lee', 'bo-chan'], source: [] },
    });
    expect(all.counts.sections).toEqual({ politics: 2, sport: 1, business: 1 });
    expect(all.counts.people).toEqual({ 'ann-lee': 2, 'bo-chan': 1 });
    // Sources are counted without being named: the index lists the biggest.
    expect(all.counts.source).toEqual({ Wire: 2, Gazette: 1 });
  });

  it('filters by month from ordinal ranges and lists every month the index knows', async () => {
    expect(await titles(engine, 'budget', { filters: { month: ['2025-03'] } })).toEqual([
      'Budget talks stall in parliament',
    ]);
    expect(await titles(engine, 'budget', { filters: { month: ['2025-02', '2025-03'] } })).toHaveLength(2);
    expect(engine.months).toEqual(['2025-02', '2025-03']);
  });

  it('gives each result its text, facets and the places of the query’s words for a snippet', async () => {
    const found = await engine.search('resumed');
    expect(found.hits).toHaveLength(1);
    const record = await found.record(found.hits[0]!);
    expect(record).toMatchObject({
      title: 'Budget talks stall in parliament',
      slug: 'budget-talks-stall-in-parliament',
      date: '2025-03-04',
    });
    expect(record.filters).toEqual({
      sections: ['politics'],
      people: ['ann-lee'],
      places: [],
      organisations: [],
      source: ['Wire'],
    });
    // The headline, then the opening of the text: what a snippet is cut from.
    expect(record.content).toBe(
      'Budget talks stall in parliament The government said the budget talks would resume. Ministers were running late.',
    );
    const words = record.content.split(/\s+/);
    expect(record.matches.map((word) => words[word])).toEqual(['resume.']);
    const undated = await engine.search('shares');
    expect(await undated.record(undated.hits[0]!)).toMatchObject({ date: null, filters: { source: [] } });
  });

  it('reads one bucket per word and one record file for neighbouring records', async () => {
    const { engine, reads } = engineFor(specs);
    const found = await engine.search('budget');
    await Promise.all(Array.from(found.hits, found.record));
    expect(found.hits).toHaveLength(3);
    expect(reads.filter((path) => path.startsWith('w/'))).toHaveLength(1);
    expect(reads.filter((path) => path.startsWith('r/'))).toEqual([searchPaths.records(0)]);
    expect(reads).toHaveLength(2);
    expect(search.size).toBeGreaterThan(2);
    expect(meta.articleCount).toBe(4);
  });
});

describe('term index files', () => {
  it('are the same for the same articles, and put big postings in files of their own', () => {
    const many: ArticleSpec[] = Array.from({ length: 3000 }, (_, i) => ({
      title: `Report ${i}`,
      date: `2024-${String((i % 12) + 1).padStart(2, '0')}-01`,
      body: p(`Common words appear in report number ${i} and word${i % 500} too.`),
    }));
    const first = searchIndexFiles(siteArticles(many));
    const second = searchIndexFiles(siteArticles(many));
    expect([...first]).toEqual([...second]);
    const meta = JSON.parse(first.get(searchPaths.meta())!) as SearchIndexMeta;
    expect(meta.buckets).toBeGreaterThan(1);
    const bucket = JSON.parse(first.get(searchPaths.postings(0))!) as PostingsBucket;
    expect(Object.keys(bucket.postings).length).toBeGreaterThan(0);
    // The most common words' postings have files of their own, named in meta and absent from the buckets.
    expect(meta.ownPostings).toContain('common');
    const names = ownPostingsNames(meta.ownPostings, meta.buckets);
    const own = JSON.parse(first.get(searchPaths.own(names.get('common')!))!) as OwnPostings;
    expect(own.postings.length).toBeGreaterThan(4096);
    const inBuckets = Array.from({ length: meta.buckets }, (_, b) =>
      Object.keys((JSON.parse(first.get(searchPaths.postings(b))!) as PostingsBucket).postings),
    );
    expect(inBuckets.flat()).not.toContain('common');
    expect(inBuckets.flat()).toContain('word7');
    // Large positions stay behind a bucket entry that names their file.
    const positions = JSON.parse(first.get(searchPaths.positions(bucketOf('common', meta.buckets)))!) as Record<
      string,
      string
    >;
    expect(positions.common).toMatch(new RegExp(`^${OWN_FILE}`));
  });

  it("carry the records of a common word's first page, so showing it reads no record files", async () => {
    // Every 250th report says "common" three times: those rank first, newest first among them.
    const many: ArticleSpec[] = Array.from({ length: 3000 }, (_, i) => ({
      title: `Report ${i}`,
      slug: `report-${i}`,
      // Report 0 is the newest.
      date: new Date(Date.UTC(2025, 0, 1) - i * 3_600_000).toISOString(),
      body: p(`Common words appear here${i % 250 === 7 ? ', common and common again' : ''}.`),
    }));
    const { engine, reads } = engineFor(many);
    const slugsOf = async ({ hits, record }: EngineResponse) =>
      (await Promise.all(Array.from(hits.subarray(0, 10), record))).map((r) => r.slug);
    expect(await slugsOf(await engine.search('common'))).toEqual(
      Array.from({ length: 10 }, (_, k) => `report-${7 + 250 * k}`),
    );
    const newest = await engine.search('common', { sort: 'newest' });
    expect(await slugsOf(newest)).toEqual(Array.from({ length: 10 }, (_, k) => `report-${k}`));
    expect(reads.filter((path) => path.startsWith('r/'))).toEqual([]);
    // A word beyond the first page, or a rare one, finds its records in the record files.
    expect((await newest.record(newest.hits[40]!)).slug).toBe('report-40');
    expect(reads.filter((path) => path.startsWith('r/'))).toEqual([searchPaths.records(40 / RECORD_CHUNK)]);
  });

  it("carry a word's best page of records in its bucket, so showing it reads no record files, within one record per article", async () => {
    // "harbour" is in every 20th report, twice in every 100th: too few for a file of its own, and
    // its best page spreads over ten record files.
    const many: ArticleSpec[] = Array.from({ length: 1000 }, (_, i) => ({
      title: `Report ${i}`,
      slug: `report-${i}`,
      date: new Date(Date.UTC(2025, 0, 1) - i * 3_600_000).toISOString(),
      body: p(`Words appear here${i % 20 === 3 ? (i % 100 === 3 ? ', harbour by the harbour' : ', harbour') : ''}.`),
    }));
    const { engine, reads, search, meta } = engineFor(many);
    expect(meta.ownPostings).not.toContain('harbour');
    const found = await engine.search('harbour');
    expect(found.hits).toHaveLength(50);
    const page = await Promise.all(Array.from(found.hits.subarray(0, 10), found.record));
    expect(page.map((r) => r.slug)).toEqual(Array.from({ length: 10 }, (_, k) => `report-${3 + 100 * k}`));
    expect(reads.filter((path) => path.startsWith('r/'))).toEqual([]);
    expect(reads).toEqual([searchPaths.postings(bucketOf('harbour', meta.buckets))]);
    // The next page comes from the record files.
    expect((await found.record(found.hits[10]!)).slug).toBe('report-23');
    expect(reads.filter((path) => path.startsWith('r/'))).toEqual([searchPaths.records(Math.floor(23 / RECORD_CHUNK))]);
    // The buckets carry at most one record per article in all.
    const carried = Array.from(
      { length: meta.buckets },
      (_, b) => Object.keys((JSON.parse(search.get(searchPaths.postings(b))!) as PostingsBucket).records).length,
    );
    expect(carried.reduce((sum, n) => sum + n, 0)).toBeLessThanOrEqual(1000);
    expect(carried.reduce((sum, n) => sum + n, 0)).toBeGreaterThanOrEqual(10);
  });

  it('find the same articles through own files and buckets alike', async () => {
    const many: ArticleSpec[] = Array.from({ length: 3000 }, (_, i) => ({
      title: `Report ${i}`,
      body: p(`Common words appear here${i % 7 === 0 ? ' with a rare sevenfold mark' : ''}.`),
    }));
    const { engine } = engineFor(many);
    expect((await engine.search('common')).hits).toHaveLength(3000);
    expect((await engine.search('sevenfold')).hits).toHaveLength(Math.ceil(3000 / 7));
    expect((await engine.search('"rare sevenfold mark"')).hits).toHaveLength(Math.ceil(3000 / 7));
  });
});
