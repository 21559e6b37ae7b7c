// A search with no words and only section/people/place/organisation filters is the list pages'
// question, answered from the build's facet postings and list chunks: the search index is never
// loaded for it. Words, a source or a date range still go to the search engine.
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setSearchEngine } from '../../src/app/features/search/engine/engine';
import { searchSite } from './support/searchSite';
import { numberedSpecs, type ArticleSpec } from './support/site';
import { memoryReader, renderApp } from './support/renderApp';

// Story 1 is the newest. Odd stories are World, even ones Sport; every third names Ann Lee.
const specs: ArticleSpec[] = numberedSpecs(70, (n) => [n % 2 === 1 ? 'World' : 'Sport']).map((spec, i) => ({
  ...spec,
  people: (i + 1) % 3 === 0 ? ['Ann Lee'] : [],
  source: (i + 1) % 2 === 1 ? 'Wire' : 'BBC News',
}));

const stories = (ns: number[]) => ns.map((n) => `Story ${n}`);
const range = (from: number, to: number, step: number) =>
  Array.from({ length: Math.floor((to - from) / step) + 1 }, (_, i) => from + i * step);

let loads = 0;
let reads: string[] = [];

function setUp() {
  loads = 0;
  reads = [];
  const site = searchSite(specs);
  setSearchEngine(async () => {
    loads++;
    return site.engine;
  });
  return memoryReader(site.data, reads);
}

afterEach(() => setSearchEngine(async () => searchSite([]).engine));

const results = () => screen.getByRole('region', { name: 'Search results' });
const headlines = () =>
  within(results())
    .queryAllByRole('heading', { level: 2 })
    .map((h) => h.textContent);
const group = (name: string) => screen.getByRole('group', { name });
const box = (groupName: string, value: string) =>
  within(group(groupName)).getByRole('checkbox', { name: new RegExp(`^${value}\\b`) });
const chunkReads = () => reads.filter((path) => path.startsWith('chunks/'));

describe('a search with only facet filters', () => {
  it('combines kinds with AND and values of one kind with OR, and counts each value under the others', async () => {
    const { user } = renderApp('/search?sections=world&people=ann-lee', setUp());
    await waitFor(() => expect(headlines()).toEqual(stories(range(3, 57, 6))));
    expect(screen.getByText('12 articles match your filters')).toBeInTheDocument();

    // Sections count under people=ann-lee, ignoring the section choice; people under sections=world.
    await waitFor(() => expect(box('Sections', 'World')).toHaveAccessibleName('World 12 articles'));
    await waitFor(() => expect(box('Sections', 'Sport')).toHaveAccessibleName('Sport 11 articles'));
    await waitFor(() => expect(box('People', 'Ann Lee')).toHaveAccessibleName('Ann Lee 12 articles'));
    // Each kind counts under one value of the other, whose postings (read for the results) count every listed value.
    expect(reads.filter((path) => path.startsWith('facets/')).sort()).toEqual([
      'facets/people/ann-lee.json',
      'facets/sections/world.json',
    ]);

    await user.click(box('Sections', 'Sport'));
    await waitFor(() => expect(screen.getByText('23 articles match your filters')).toBeInTheDocument());
    expect(headlines()).toEqual(stories(range(3, 30, 3)));
    expect(loads).toBe(0);
  });

  it('counts under several values from ids files, not postings', async () => {
    renderApp('/search?sections=world,sport', setUp());
    await waitFor(() => expect(screen.getByText('70 articles match your filters')).toBeInTheDocument());
    await waitFor(() => expect(box('People', 'Ann Lee')).toHaveAccessibleName('Ann Lee 23 articles'));
    expect(reads.filter((path) => path.startsWith('facets/')).sort()).toEqual([
      'facets/people/ann-lee.ids.json',
      'facets/sections/sport.json',
      'facets/sections/world.json',
    ]);
    expect(loads).toBe(0);
  });

  it('matches nothing for a value the build does not know', async () => {
    renderApp('/search?sections=world&places=atlantis', setUp());
    expect(
      await screen.findByRole('heading', { level: 2, name: 'No articles match these filters' }),
    ).toBeInTheDocument();
    expect(loads).toBe(0);
  });
});

describe('searches the postings cannot answer', () => {
  it('go to the search engine: sources load when asked for, and a source filter is searched there', async () => {
    const { router, user } = renderApp('/search?sections=world&people=ann-lee', setUp());
    await waitFor(() => expect(headlines()).toHaveLength(10));
    expect(loads).toBe(0);

    await user.click(screen.getByRole('button', { name: 'Show sources' }));
    const wire = await within(group('Source')).findByRole('checkbox', { name: /^Wire 12 articles/ });
    expect(loads).toBe(1);
    await user.click(wire);
    expect(router.state.location.search).toBe('?sections=world&people=ann-lee&source=Wire');
    await waitFor(() => expect(screen.getByText('12 articles match your filters')).toBeInTheDocument());
    expect(headlines()).toEqual(stories(range(3, 57, 6)));
  });

  it('go to the search engine with a date range', async () => {
    const { user } = renderApp('/search?sections=world', setUp());
    await waitFor(() => expect(headlines()).toHaveLength(10));
    await user.selectOptions(screen.getByLabelText('From month'), 'December');
    await user.type(screen.getByLabelText('From year'), '2024');
    await user.click(screen.getByRole('button', { name: 'Apply dates' }));
    // December 2024 holds stories 1–31; the World ones are the odd ones.
    await waitFor(() => expect(screen.getByText('16 articles match your filters')).toBeInTheDocument());
    expect(loads).toBe(1);
  });

  it('go to the search engine with words', async () => {
    renderApp('/search?q=story&sections=world', setUp());
    await waitFor(() => expect(screen.getByText('35 results for “story”')).toBeInTheDocument());
    expect(loads).toBe(1);
  });
});

// Last: pages loaded are remembered per history entry, and every test's memory router starts on the same one.
describe('paging a search with only facet filters', () => {
  it('is answered from the postings, newest first, ten at a time, without the search engine', async () => {
    const { user } = renderApp('/search?sections=world', setUp());
    await waitFor(() => expect(headlines()).toEqual(stories(range(1, 19, 2))));
    expect(screen.getByText('35 articles match your filters')).toBeInTheDocument();
    expect(screen.getByText('Showing 10 of 35 results')).toBeInTheDocument();

    const first = within(results()).getAllByRole('article')[0]!;
    expect(within(first).getByRole('link', { name: 'Story 1' })).toHaveAttribute('href', '/articles/story-1');
    // No words to find: the dek is the snippet, as on the list pages.
    expect(within(first).getByText('Dek of story 1')).toBeInTheDocument();
    expect(within(first).getByRole('link', { name: 'World' })).toHaveAttribute('href', '/topics/world');
    expect(first.querySelector('time')).toHaveAttribute('datetime', '2024-12-31');
    expect(first.querySelector('mark')).toBeNull();
    // The postings carry the first thirty summaries: no list chunk is needed yet.
    expect(chunkReads()).toEqual([]);

    const more = () => screen.getByRole('button', { name: 'More results' });
    await user.click(more());
    await waitFor(() => expect(headlines()).toHaveLength(20));
    await user.click(more());
    await waitFor(() => expect(headlines()).toHaveLength(30));
    expect(chunkReads()).toEqual([]);
    // Matches 31–35 are stories 61–69, ordinals 60–68: list chunk 2 holds them.
    await user.click(more());
    await waitFor(() => expect(headlines()).toEqual(stories(range(1, 69, 2))));
    expect(chunkReads()).toEqual(['chunks/2.json']);
    expect(screen.getByText('Showing 35 of 35 results')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'More results' })).not.toBeInTheDocument();
    expect(loads).toBe(0);
  });
});
