// Copies of one story fold into one row: which bodies count as copies (enrich/duplicates.ts), and
// what the lists, pages, sitemap and prerender make of them (build/copies.ts and the emitters).
import { describe, expect, it } from 'vitest';
import type { ArticleDraft } from '../../src/model/article';
import { dataPaths, type SummaryChunk } from '../../src/model/data';
import { findDuplicates, MIN_WORDS, type DuplicateInput } from '../../src/pipeline/enrich/duplicates';
import { duplicateGroupOf, duplicateGroups, foldCopies, withCopies } from '../../src/pipeline/build/copies';
import { identify } from '../../src/pipeline/build/identify';
import { sortForList } from '../../src/pipeline/build/corpus';
import { dataFiles } from '../../src/pipeline/emit/dataFiles';
import { prerenderRoutes } from '../../src/pipeline/build/build';
import { sitemapPages } from '../../src/pipeline/emit/sitemap';
import { testArticle } from './support/article';

const HAGUE = [
  'Former Conservative leader William Hague says he will not stand for the leadership again, having given up his ambition to be prime minister.',
  'Mr Hague, who led the party from 1997 to 2001, said he was happy as a backbench MP and writer. He told a newspaper that his days at the top of politics were over and that he had found new things to do with his time.',
];
const RATES = [
  'The Bank of England has held interest rates at 4.75% for the sixth month in a row, as expected by most economists in the City.',
  'The decision came as figures showed house prices slowing and shoppers spending less in the run up to Christmas, easing pressure on the committee to raise the cost of borrowing again this winter.',
];
const RATES_ELSEWHERE = [
  'Interest rates in the euro zone were left unchanged at 2% on Thursday by the European Central Bank, which meets again next month.',
  'Its president said growth was recovering slowly, while exporters complained that the strong euro was hurting their sales abroad and called on the bank to cut the cost of borrowing soon.',
];

const input = (file: string, paragraphs: string[], date: string | null = null): DuplicateInput => ({
  paragraphs,
  date,
  file,
});

/** For each input, the file of the copy its row shows. */
function shownFiles(inputs: DuplicateInput[]): string[] {
  return findDuplicates(inputs).map((i) => inputs[i]!.file);
}

describe('findDuplicates', () => {
  it('folds an identical body into the first file', () => {
    expect(shownFiles([input('b.txt', HAGUE), input('a.txt', HAGUE), input('c.txt', RATES)])).toEqual([
      'a.txt',
      'a.txt',
      'c.txt',
    ]);
  });

  it('folds a body that differs only in case, whitespace and punctuation', () => {
    const variant = HAGUE.map((p) => p.toUpperCase().replace(/,/g, ' ;').replace(/ /g, '  \n'));
    expect(shownFiles([input('a.txt', HAGUE), input('b.txt', variant)])).toEqual(['a.txt', 'a.txt']);
  });

  it('folds a body with a small edit (a word changed, a word added)', () => {
    const edited = [HAGUE[0]!.replace('happy', 'content'), HAGUE[1]!.replace('new things', 'many new things')];
    expect(shownFiles([input('a.txt', HAGUE), input('b.txt', edited)])).toEqual(['a.txt', 'a.txt']);
  });

  it('keeps apart two stories on the same topic in different words', () => {
    expect(shownFiles([input('a.txt', RATES), input('b.txt', RATES_ELSEWHERE)])).toEqual(['a.txt', 'b.txt']);
  });

  it('keeps apart a story and a rewritten update of it', () => {
    // A quarter of the words new: similar enough to be a candidate pair, too different to fold.
    const story = [...HAGUE, ...RATES];
    const update = [...HAGUE, RATES[0]!, ...RATES_ELSEWHERE.slice(1)];
    expect(shownFiles([input('a.txt', story), input('b.txt', update)])).toEqual(['a.txt', 'b.txt']);
  });

  it('never folds bodies too short to be a story, even when identical', () => {
    const short = ['Pictures from the day.'];
    expect(short.join(' ').split(' ').length).toBeLessThan(MIN_WORDS);
    expect(shownFiles([input('a.txt', short), input('b.txt', short), input('c.txt', []), input('d.txt', [])])).toEqual([
      'a.txt',
      'b.txt',
      'c.txt',
      'd.txt',
    ]);
  });

  it('shows the earliest dated copy, whatever the input order', () => {
    const inputs = [
      input('a.txt', HAGUE, null),
      input('b.txt', HAGUE, '2025-03-02'),
      input('c.txt', HAGUE, '2025-03-01T23:00:00+00:00'),
    ];
    expect(shownFiles(inputs)).toEqual(['c.txt', 'c.txt', 'c.txt']);
    expect(shownFiles([...inputs].reverse())).toEqual(['c.txt', 'c.txt', 'c.txt']);
  });
});

function draft(file: string, title: string, paragraphs: string[], source: string | null = null): ArticleDraft {
  return {
    file,
    title,
    titleLine: 1,
    dek: null,
    byline: null,
    date: null,
    source,
    url: null,
    topics: [],
    caption: null,
    body: paragraphs.map((p) => ({ type: 'p', children: [p] })),
    images: [],
  };
}

describe('a corpus with copies', () => {
  // 285 re-runs 083 under another headline; 100 is another story.
  const sorted = sortForList(
    identify([
      draft('politics/285.txt', 'Hague gives up on Number 10', HAGUE, 'Wire'),
      draft('politics/083.txt', "Hague 'given up' his PM ambition", HAGUE),
      draft('politics/100.txt', 'Rates held', RATES),
    ]),
  );
  const { identified, copies: folded } = foldCopies(sorted);
  const listed = identified.map((item, i) => ({
    ...testArticle(i),
    id: item.id,
    slug: item.slug,
    title: item.draft.title,
    file: item.draft.file,
  }));
  const corpus = withCopies(listed, folded, new Map());
  const copy = corpus.copies[0]!;
  const site = { siteTitle: 'T', siteUrl: null, siteLang: 'en', siteDescription: null };
  const files = new Map(dataFiles(corpus.articles, site, corpus));

  it('lists the story once, under the first file, whatever the headline', () => {
    expect(corpus.articles.map((a) => a.file)).toEqual(['politics/083.txt', 'politics/100.txt']);
    expect(corpus.copies.map((a) => a.file)).toEqual(['politics/285.txt']);
    const chunk = JSON.parse(files.get(dataPaths.chunk(0))!) as SummaryChunk;
    expect(chunk.items.map((item) => item.title)).toEqual(["Hague 'given up' his PM ambition", 'Rates held']);
    expect(chunk.items[0]!.alsoAs).toEqual([{ slug: copy.slug, title: 'Hague gives up on Number 10', source: 'Wire' }]);
    expect(chunk.items[1]).not.toHaveProperty('alsoAs');
  });

  it('keeps a page for every copy, each naming the others', () => {
    const row = corpus.articles[0]!;
    expect(files.has(dataPaths.article(row.slug))).toBe(true);
    expect(files.has(dataPaths.article(copy.slug))).toBe(true);
    expect(copy.title).toBe('Hague gives up on Number 10');
    expect(copy.duplicateOf).toEqual({ slug: row.slug, title: row.title, source: null });
    expect(copy.alsoAs).toEqual([copy.duplicateOf]);
    expect(copy.sections).toBe(row.sections);
    expect(prerenderRoutes({ ...corpus, problems: [], skipped: [], stories: [] })).toContain(`/articles/${copy.slug}`);
    const sitemap = sitemapPages([`/articles/${copy.slug}`], corpus.articles, corpus.copies);
    expect(sitemap).toEqual([{ route: `/articles/${copy.slug}`, date: null }]);
  });

  it('tells which ids are one story', () => {
    const groups = duplicateGroups(corpus);
    const ids = [corpus.articles[0]!.id, copy.id];
    expect(duplicateGroupOf(groups, copy.id)).toEqual(ids);
    expect(duplicateGroupOf(groups, ids[0]!)).toEqual(ids);
    expect(duplicateGroupOf(groups, corpus.articles[1]!.id)).toEqual([corpus.articles[1]!.id]);
  });
});
