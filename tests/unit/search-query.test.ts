import { describe, expect, it } from 'vitest';
import { highlightWords } from '../../src/app/features/search/lib/highlightWords';
import { isBlankQuery, isConstrained, parseQuery, planQuery } from '../../src/app/features/search/lib/parseQuery';
import {
  monthsInRange,
  parseMonth,
  parseSearchState,
  searchStateSearch,
} from '../../src/app/features/search/lib/searchState';
import type { Segment } from '../../src/app/features/search/lib/segments';
import { buildSnippet, headlineWordCount } from '../../src/app/features/search/lib/snippet';

const marked = (segments: Segment[]) => segments.filter((s) => s.mark).map((s) => s.text);
const text = (segments: Segment[]) => segments.map((s) => s.text).join('');

describe('parseQuery', () => {
  it('splits plain words, lower-cased, without the punctuation around them', () => {
    expect(parseQuery('  Mexico  (Extradition), cartel!  ')).toEqual({
      words: ['mexico', 'extradition', 'cartel'],
      phrases: [],
      excluded: [],
    });
  });

  it('keeps hyphens and apostrophes inside words', () => {
    expect(parseQuery("covid-19 don't well-known").words).toEqual(['covid-19', "don't", 'well-known']);
  });

  it('reads quoted phrases, straight or curly, and words beside them', () => {
    expect(parseQuery('"sovereign choice" mexico “Attorney  General”')).toEqual({
      words: ['mexico'],
      phrases: ['sovereign choice', 'attorney general'],
      excluded: [],
    });
  });

  it('takes an unclosed quote to the end, as a phrase still being typed', () => {
    expect(parseQuery('cartel "sovereign cho').phrases).toEqual(['sovereign cho']);
  });

  it('reads -word and -"phrase" as exclusions', () => {
    expect(parseQuery('mexico -trump -"white house"')).toEqual({
      words: ['mexico'],
      phrases: [],
      excluded: ['trump', 'white house'],
    });
  });

  it('treats a minus as an exclusion only at the start of a token with something after it', () => {
    expect(parseQuery('well-known - a -')).toEqual({ words: ['well-known', 'a'], phrases: [], excluded: [] });
    expect(parseQuery('--sport').excluded).toEqual(['sport']);
  });

  it('drops empty phrases, bare punctuation and repeats', () => {
    expect(parseQuery('"" ... — mexico Mexico "a  b" "A B"')).toEqual({
      words: ['mexico'],
      phrases: ['a b'],
      excluded: [],
    });
    expect(isBlankQuery(parseQuery(' "" -- ! '))).toBe(true);
    expect(isBlankQuery(parseQuery('-sport'))).toBe(false);
  });
});

describe('planQuery', () => {
  it('sends plain words to the engine as they are, with nothing to check after', () => {
    const plan = planQuery(parseQuery('Mexico cartel'));
    expect(plan).toEqual({ term: 'mexico cartel', excluded: [], highlight: ['mexico', 'cartel'] });
    expect(isConstrained(plan)).toBe(false);
  });

  it('sends phrases quoted beside the words, in one search, and highlights every word', () => {
    const plan = planQuery(parseQuery('mexico "sovereign choice" "us attorney"'));
    expect(plan.term).toBe('mexico "sovereign choice" "us attorney"');
    expect(plan.highlight).toEqual(['mexico', 'sovereign', 'choice', 'us', 'attorney']);
    expect(isConstrained(plan)).toBe(false);
  });

  it('checks exclusions as their own searches', () => {
    const plan = planQuery(parseQuery('mexico -art -"white house"'));
    expect(plan.term).toBe('mexico');
    expect(plan.excluded).toEqual(['"art"', '"white house"']);
    expect(isConstrained(plan)).toBe(true);
  });

  it('lists everything (newest first, by the caller) when only exclusions are given', () => {
    expect(planQuery(parseQuery('-sport')).term).toBeNull();
  });
});

describe('search state in the URL', () => {
  it('reads query, facets, sources, dates and order, and writes them back in a stable order', () => {
    const search =
      '?sort=newest&to=2025-06&people=claudia-sheinbaum&q=mexico+%22sovereign+choice%22&sections=world,politics&source=BBC+News&from=2024';
    const state = parseSearchState(search);
    expect(state.q).toBe('mexico "sovereign choice"');
    expect(state.selection.sections).toEqual(['world', 'politics']);
    expect(state.selection.people).toEqual(['claudia-sheinbaum']);
    expect(state.sources).toEqual(['BBC News']);
    expect([state.from, state.to, state.sort]).toEqual(['2024-01', '2025-06', 'newest']);
    const written = searchStateSearch(state);
    expect(written).toBe(
      '?q=mexico+%22sovereign+choice%22&sections=world,politics&people=claudia-sheinbaum&source=BBC+News&from=2024-01&to=2025-06&sort=newest',
    );
    expect(parseSearchState(written)).toEqual(state);
  });

  it('ignores values that are not slugs or months, swaps a backward range, and leaves defaults out of the URL', () => {
    const state = parseSearchState('?sections=../x,ok&from=2025-13&to=2024-02-30&sort=weird');
    expect(state.selection.sections).toEqual(['ok']);
    expect(state.from).toBeNull();
    expect(state.to).toBe('2024-02');
    expect(state.sort).toBe('relevance');
    expect(parseSearchState('?from=2025-05&to=2024-02')).toMatchObject({ from: '2024-02', to: '2025-05' });
    expect(searchStateSearch(parseSearchState(''))).toBe('');
  });

  it('turns years and dates into months', () => {
    expect(parseMonth('2024', 'from')).toBe('2024-01');
    expect(parseMonth('2024', 'to')).toBe('2024-12');
    expect(parseMonth('2024-03-15', 'to')).toBe('2024-03');
    expect(parseMonth('March', 'to')).toBeNull();
  });

  it('picks the months of a range among those the index knows', () => {
    const known = ['2024-05', '2023-12', '2024-01', '2025-02'];
    expect(monthsInRange(known, '2024-01', '2024-12')).toEqual(['2024-01', '2024-05']);
    expect(monthsInRange(known, null, '2024-01')).toEqual(['2023-12', '2024-01']);
    expect(monthsInRange(known, '2026-01', null)).toEqual([]);
  });
});

describe('highlightWords', () => {
  it('marks the query’s words as the index matches them, ignoring case, accents and a possessive', () => {
    const segments = highlightWords('Mexico president defends extradition of Zürich’s bankers', [
      'mexico',
      'zurich',
      'banker',
    ]);
    expect(marked(segments)).toEqual(['Mexico', 'Zürich’s', 'bankers']);
    expect(text(segments)).toBe('Mexico president defends extradition of Zürich’s bankers');
  });

  it('matches other forms of a word by its stem, and never a mere prefix', () => {
    expect(marked(highlightWords('A painting sold; paintings stolen', ['paintings']))).toEqual([
      'painting',
      'paintings',
    ]);
    expect(marked(highlightWords('Countries and their country', ['country']))).toEqual(['Countries', 'country']);
    expect(marked(highlightWords('the theatre', ['there']))).toEqual([]);
    expect(marked(highlightWords('Mexico', ['mex']))).toEqual([]);
  });

  it('leaves text with markup-like characters as text', () => {
    const segments = highlightWords('<b>Bold</b> & "quoted"', ['bold']);
    expect(text(segments)).toBe('<b>Bold</b> & "quoted"');
    expect(marked(segments)).toEqual(['Bold']);
  });
});

describe('buildSnippet', () => {
  const title = 'Mexico president defends extradition';
  const body = Array.from({ length: 60 }, (_, i) => `w${i}`);
  body[40] = 'cartel,';
  body[42] = '"leaders"';
  const content = `${title}. ${body.join(' ')}`;
  const skip = headlineWordCount(content, title);

  it('counts the headline’s words at the start of the record, or none when it is not there', () => {
    expect(skip).toBe(4);
    expect(headlineWordCount('Something else entirely here', title)).toBe(0);
  });

  it('cuts the window around the body’s matches and marks the words, not their punctuation', () => {
    const at = (i: number) => skip + i;
    const segments = buildSnippet(content, skip, [0, at(40), at(42)], 10);
    expect(marked(segments)).toEqual(['cartel', 'leaders']);
    expect(text(segments)).toBe('… w37 w38 w39 cartel, w41 "leaders" w43 w44 w45 w46 …');
    expect(text(segments)).not.toContain('Mexico');
  });

  it('picks the window with the most matches, the earliest of equals', () => {
    const at = (i: number) => skip + i;
    expect(text(buildSnippet(content, skip, [at(5), at(40), at(42)], 10))).toBe(
      '… w37 w38 w39 cartel, w41 "leaders" w43 w44 w45 w46 …',
    );
    expect(text(buildSnippet(content, skip, [at(5), at(40)], 10))).toBe('… w2 w3 w4 w5 w6 w7 w8 w9 w10 w11 …');
  });

  it('starts at the body when only the headline matched, and keeps markup characters as text', () => {
    const segments = buildSnippet('Title here. <b>not bold</b> & more', 2, [0], 30);
    expect(segments).toEqual([{ text: '<b>not bold</b> & more', mark: false }]);
  });
});
