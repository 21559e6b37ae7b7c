import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildSiteData, type ArticleSpec } from './support/site';
import { memoryReader, renderApp } from './support/renderApp';

// Newest first: dates fall with the number.
const specs: ArticleSpec[] = [
  { title: 'One', date: '2025-06-08', sections: ['Sport'], people: ['Ann Lee'] },
  { title: 'Two', date: '2025-06-07', sections: ['Politics'], people: ['Ann Lee', 'Bo Chan'] },
  { title: 'Three', date: '2025-06-06', sections: ['Politics'], places: ['Mexico'] },
  { title: 'Four', date: '2025-06-05', sections: ['Sport'], places: ['Mexico'] },
  { title: 'Five', date: '2025-06-04', sections: ['Economy'], people: ['Bo Chan'] },
  { title: 'Six', date: '2025-06-03', sections: ['Politics', 'Economy'], organisations: ['United Nations'] },
];

const listed = () =>
  within(screen.getByRole('region', { name: 'Articles' }))
    .queryAllByRole('heading', { level: 2 })
    .map((h) => h.textContent);

const group = (name: string) => screen.getByRole('group', { name });
const box = (groupName: string, value: string) =>
  within(group(groupName)).getByRole('checkbox', { name: new RegExp(`^${value}\\b`) });

async function expectListed(titles: string[]) {
  await waitFor(() => expect(listed()).toEqual(titles));
}

describe('facet filters', () => {
  it('filters by sections (OR) and people (AND), keeps the state in the URL, and undoes with back', async () => {
    const { router, user } = renderApp('/latest', memoryReader(buildSiteData(specs)));
    await expectListed(['One', 'Two', 'Three', 'Four', 'Five', 'Six']);

    await user.click(box('Sections', 'Sport'));
    expect(router.state.location.search).toBe('?sections=sport');
    await expectListed(['One', 'Four']);
    expect(screen.getByText('2 of 6 articles match your filters')).toBeInTheDocument();

    await user.click(box('Sections', 'Politics'));
    expect(router.state.location.search).toBe('?sections=sport,politics');
    await expectListed(['One', 'Two', 'Three', 'Four', 'Six']);

    await user.click(box('People', 'Ann Lee'));
    expect(router.state.location.search).toBe('?sections=sport,politics&people=ann-lee');
    await expectListed(['One', 'Two']);
    expect(box('Sections', 'Sport')).toBeChecked();
    expect(box('People', 'Ann Lee')).toBeChecked();

    await router.navigate(-1);
    await expectListed(['One', 'Two', 'Three', 'Four', 'Six']);
    expect(box('People', 'Ann Lee')).not.toBeChecked();
  });

  it('opens the filters as a sheet whose button says how many articles the filter shows', async () => {
    const { user } = renderApp('/latest', memoryReader(buildSiteData(specs)));
    await expectListed(['One', 'Two', 'Three', 'Four', 'Five', 'Six']);
    const toggle = screen.getByRole('button', { name: 'Show filters' });
    const sheet = () => document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(sheet()).not.toHaveAttribute('data-sheet');
    await user.click(toggle);
    expect(sheet()).toHaveAttribute('data-sheet');
    expect(within(sheet()).getByRole('button', { name: 'Close' })).toHaveFocus();
    expect(within(sheet()).getByRole('button', { name: 'Show 6 articles' })).toBeInTheDocument();
    await user.click(box('Sections', 'Sport'));
    await expectListed(['One', 'Four']);
    await user.click(within(sheet()).getByRole('button', { name: 'Show 2 articles' }));
    expect(sheet()).not.toHaveAttribute('data-sheet');
    expect(toggle).toHaveFocus();
    // Esc closes it too.
    await user.click(toggle);
    await user.keyboard('{Escape}');
    expect(sheet()).not.toHaveAttribute('data-sheet');
  });

  it('counts each value under the other kinds’ filters', async () => {
    const { user } = renderApp('/latest', memoryReader(buildSiteData(specs)));
    await expectListed(['One', 'Two', 'Three', 'Four', 'Five', 'Six']);
    // No filter: the manifest's counts.
    expect(box('Sections', 'Politics')).toHaveAccessibleName('Politics 3 articles');
    expect(box('People', 'Bo Chan')).toHaveAccessibleName('Bo Chan 2 articles');

    await user.click(box('Places', 'Mexico'));
    await expectListed(['Three', 'Four']);
    await waitFor(() => expect(box('Sections', 'Politics')).toHaveAccessibleName('Politics 1 articles'));
    expect(box('Sections', 'Economy')).toHaveAccessibleName('Economy 0 articles');
    expect(box('People', 'Bo Chan')).toHaveAccessibleName('Bo Chan 0 articles');
    // Mexico's own count ignores the places filter: it is what the reader gets with Mexico alone.
    expect(box('Places', 'Mexico')).toHaveAccessibleName('Mexico 2 articles');
  });

  it('reads the filter from a shared URL, removes one value by its chip, and clears all', async () => {
    const { router, user } = renderApp(
      '/latest?sections=economy,politics&people=bo-chan',
      memoryReader(buildSiteData(specs)),
    );
    await expectListed(['Two', 'Five']);
    expect(box('Sections', 'Economy')).toBeChecked();

    await user.click(screen.getByRole('button', { name: 'Remove filter: Bo Chan (People)' }));
    expect(router.state.location.search).toBe('?sections=economy,politics');
    await expectListed(['Two', 'Three', 'Five', 'Six']);

    await user.click(screen.getByRole('button', { name: 'Clear all' }));
    expect(router.state.location.search).toBe('');
    await expectListed(['One', 'Two', 'Three', 'Four', 'Five', 'Six']);
  });

  it('shows every row of a new filter’s first page, not only the rows it paints first', async () => {
    // 24 Sport articles among 40: a tick paints the first rows, then the rest.
    const many: ArticleSpec[] = Array.from({ length: 40 }, (_, i) => ({
      title: `Story ${i + 1}`,
      // One a day, newest first.
      date: new Date(Date.UTC(2025, 5, 30) - i * 86_400_000).toISOString().slice(0, 10),
      sections: [i % 5 < 3 ? 'Sport' : 'Politics'],
    }));
    const sport = many.filter((spec) => spec.sections?.[0] === 'Sport').map((spec) => spec.title);
    const { user } = renderApp('/latest', memoryReader(buildSiteData(many)));
    await waitFor(() => expect(listed()).toHaveLength(30));
    await user.click(box('Sections', 'Sport'));
    await expectListed(sport);
    expect(sport).toHaveLength(24);
  });

  it('says so when nothing matches, with a way out', async () => {
    const { user } = renderApp(
      '/latest?sections=sport&organisations=united-nations',
      memoryReader(buildSiteData(specs)),
    );
    expect(await screen.findByText('No articles match these filters.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear all filters' }));
    await expectListed(['One', 'Two', 'Three', 'Four', 'Five', 'Six']);
  });
});

describe('topic and entity pages', () => {
  it('lists a topic’s articles under its name and combines with other facets', async () => {
    const { router, user } = renderApp('/topics/politics', memoryReader(buildSiteData(specs)));
    expect(await screen.findByRole('heading', { level: 1, name: 'Politics' })).toBeInTheDocument();
    await expectListed(['Two', 'Three', 'Six']);
    expect(screen.getByText('3 articles, newest first')).toBeInTheDocument();
    expect(within(group('Sections')).queryByRole('checkbox', { name: /^Politics\b/ })).not.toBeInTheDocument();

    await user.click(box('Places', 'Mexico'));
    expect(router.state.location.pathname).toBe('/topics/politics');
    expect(router.state.location.search).toBe('?places=mexico');
    await expectListed(['Three']);
  });

  it('counts a topic page’s panel from the topic’s own postings, fetching nothing more', async () => {
    const reads: string[] = [];
    renderApp('/topics/politics', memoryReader(buildSiteData(specs), reads));
    await expectListed(['Two', 'Three', 'Six']);
    await waitFor(() => expect(box('People', 'Ann Lee')).toHaveAccessibleName('Ann Lee 1 articles'));
    expect(box('People', 'Bo Chan')).toHaveAccessibleName('Bo Chan 1 articles');
    expect(box('Sections', 'Sport')).toHaveAccessibleName('Sport 0 articles');
    // A value with no articles under the filter is dimmed; one with articles is not.
    expect(box('Sections', 'Sport').closest('label')).toHaveAttribute('data-empty');
    expect(box('Sections', 'Economy').closest('label')).not.toHaveAttribute('data-empty');
    expect(box('Sections', 'Economy')).toHaveAccessibleName('Economy 1 articles');
    expect(box('Places', 'Mexico')).toHaveAccessibleName('Mexico 1 articles');
    expect(box('Organisations', 'United Nations')).toHaveAccessibleName('United Nations 1 articles');
    expect(reads.filter((path) => path.startsWith('facets/'))).toEqual(['facets/sections/politics.json']);
  });

  it('counts under a filter of several values from ids files, loaded with the page after the list’s own postings', async () => {
    const reads: string[] = [];
    renderApp('/latest?sections=politics,sport', memoryReader(buildSiteData(specs), reads));
    await expectListed(['One', 'Two', 'Three', 'Four', 'Six']);
    const facetReads = () => reads.filter((path) => path.startsWith('facets/'));
    // No pointing at the panel: the counts come on their own, once the list has what it shows.
    await waitFor(() => expect(box('People', 'Ann Lee')).toHaveAccessibleName('Ann Lee 2 articles'));
    await waitFor(() =>
      expect(box('Organisations', 'United Nations')).toHaveAccessibleName('United Nations 1 articles'),
    );
    expect(box('People', 'Bo Chan')).toHaveAccessibleName('Bo Chan 1 articles');
    expect(box('Places', 'Mexico')).toHaveAccessibleName('Mexico 2 articles');
    // Sections are OR-ed with the reader's own choice: the manifest's counts.
    expect(box('Sections', 'Economy')).toHaveAccessibleName('Economy 2 articles');
    // Counting reads each shown value's ordinals only, never its postings with their summaries.
    expect(facetReads().slice(0, 2).sort()).toEqual(['facets/sections/politics.json', 'facets/sections/sport.json']);
    expect(facetReads().slice(2).sort()).toEqual([
      'facets/organisations/united-nations.ids.json',
      'facets/people/ann-lee.ids.json',
      'facets/people/bo-chan.ids.json',
      'facets/places/mexico.ids.json',
    ]);
  });

  it('lists the articles that mention a person', async () => {
    renderApp('/people/bo-chan', memoryReader(buildSiteData(specs)));
    expect(await screen.findByRole('heading', { level: 1, name: 'Bo Chan' })).toBeInTheDocument();
    expect(screen.getByText('Person')).toBeInTheDocument();
    await expectListed(['Two', 'Five']);
  });

  it('shows not found for an unknown topic or entity', async () => {
    renderApp('/places/atlantis', memoryReader(buildSiteData(specs)));
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });
});
