// How the search ranks, on small texts written here: headline over standfirst over body, words
// side by side over words apart, and the same stems for the build's words and the reader's.
import { describe, expect, it } from 'vitest';
import { createTermEngine } from '../../src/app/features/search/engine/termEngine';
import { smallestGap } from '../../src/app/features/search/engine/proximity';
import { searchPaths, type SearchIndexMeta } from '../../src/model/searchIndex';
import { searchTerms } from '../../src/model/searchText';
import { searchIndexFiles } from '../../src/pipeline/emit/searchIndex';
import { siteArticles, type ArticleSpec } from '../component/support/site';

const p = (text: string) => [{ type: 'p' as const, children: [text] }];

/** Filler that holds none of the words searched for, so lengths can be matched. */
const FILLER = 'The council met on Tuesday and the meeting ran late into the evening with several long reports.';

async function ranked(specs: ArticleSpec[], query: string): Promise<string[]> {
  const files = searchIndexFiles(siteArticles(specs));
  const meta = JSON.parse(files.get(searchPaths.meta())!) as SearchIndexMeta;
  const engine = createTermEngine(meta, async (path) => JSON.parse(files.get(path)!) as unknown);
  const { hits, record } = await engine.search(query, { sort: 'relevance' });
  return Promise.all(Array.from(hits, async (ordinal) => (await record(ordinal)).title));
}

describe('search ranking', () => {
  it('puts a headline match above a standfirst match, and that above a body match', async () => {
    // Newest first in the list, so on a tie the body match would come first.
    const specs: ArticleSpec[] = [
      { title: 'Body', date: '2025-03-03', body: p(`${FILLER} Copper prices rose. ${FILLER}`) },
      { title: 'Standfirst', date: '2025-03-02', dek: 'Copper prices rose.', body: p(`${FILLER} ${FILLER}`) },
      { title: 'Copper headline', date: '2025-03-01', body: p(`${FILLER} ${FILLER}`) },
    ];
    expect(await ranked(specs, 'copper')).toEqual(['Copper headline', 'Standfirst', 'Body']);
  });

  it('puts a headline match in a long story above a single body mention in a short one', async () => {
    // The short story is newer, so a tie would put it first. Counting the headline word into one
    // length-normalised count (plain BM25) let the long story's length undo its headline.
    const long = Array.from({ length: 12 }, () => FILLER).join(' ');
    const specs: ArticleSpec[] = [
      { title: 'Short', date: '2025-03-03', body: p(`Steel output rose. ${FILLER}`) },
      { title: 'Steel mills reopen', date: '2025-03-02', body: p(long) },
      { title: 'Other', date: '2025-03-01', body: p(`${FILLER} ${FILLER}`) },
    ];
    expect(await ranked(specs, 'steel')).toEqual(['Steel mills reopen', 'Short']);
  });

  it('does not let a long body dilute a standfirst mention, as it does a body mention', async () => {
    // Both stories are long; the newer has the word once in its body, the older in its standfirst
    // and the longer body, so normalising the standfirst by it too would put the older second.
    const long = Array.from({ length: 6 }, () => FILLER).join(' ');
    const specs: ArticleSpec[] = [
      { title: 'In the body', date: '2025-03-03', body: p(`Copper prices rose. ${long}`) },
      { title: 'In the standfirst', date: '2025-03-02', dek: 'Copper prices rose.', body: p(`${long} ${FILLER}`) },
      { title: 'Other', date: '2025-03-01', body: p(FILLER) },
    ];
    expect(await ranked(specs, 'copper')).toEqual(['In the standfirst', 'In the body']);
  });

  it('puts articles with the query words side by side above those with them apart', async () => {
    const specs: ArticleSpec[] = [
      {
        title: 'Apart',
        date: '2025-03-02',
        body: p(`The natural choice was clear. ${FILLER} ${FILLER} Prices of gas fell.`),
      },
      {
        title: 'Together',
        date: '2025-03-01',
        body: p(`The choice was clear. ${FILLER} ${FILLER} Prices of natural gas fell.`),
      },
    ];
    expect(await ranked(specs, 'natural gas')).toEqual(['Together', 'Apart']);
    // One word alone has nothing to be near: the newer article first, as before.
    expect(await ranked(specs, 'gas')).toEqual(['Apart', 'Together']);
  });

  it('counts the other words between the closest occurrences of every query word', () => {
    expect(smallestGap([[4], [5]])).toBe(0);
    expect(
      smallestGap([
        [1, 20],
        [9, 23],
      ]),
    ).toBe(2);
    // Positions 1 to 7 hold all three; 2, 4, 5 and 6 stand between.
    expect(smallestGap([[3], [1], [7]])).toBe(4);
    expect(smallestGap([[3], []])).toBe(Infinity);
  });

  it('stems the reader’s words as the build stemmed the articles’, in any inflection', async () => {
    const specs: ArticleSpec[] = [
      { title: 'Engineers used new tools', date: '2025-03-03', body: p(FILLER) },
      { title: 'Talks with the US resume', date: '2025-03-02', body: p(FILLER) },
      { title: 'Governments agree', date: '2025-03-01', body: p(FILLER) },
    ];
    expect(await ranked(specs, 'using')).toEqual(['Engineers used new tools']);
    expect(await ranked(specs, 'uses')).toEqual(['Engineers used new tools']);
    expect(await ranked(specs, 'us')).toEqual(['Talks with the US resume']);
    expect(await ranked(specs, 'government')).toEqual(['Governments agree']);
    // "news" is not the plural of "new", nor "gas" of "ga".
    expect(searchTerms('news new gas')).toEqual(['news', 'new', 'gas']);
  });
});
