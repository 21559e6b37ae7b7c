import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setSearchEngine } from '../../src/app/features/search/engine/engine';
import { searchSite, type CountingEngine } from './support/searchSite';
import type { ArticleSpec } from './support/site';
import { memoryReader, renderApp } from './support/renderApp';

type Spec = ArticleSpec & { text: string };

const specs: Spec[] = [
  {
    title: 'Mexico defends extradition of cartel leaders',
    date: '2025-03-05',
    sections: ['World'],
    people: ['Claudia Sheinbaum'],
    source: 'BBC News',
    text: 'The president called the transfer a sovereign choice and said the cartel bosses faced trial.',
  },
  {
    title: 'Cartel violence rises in border towns',
    date: '2024-11-20',
    sections: ['World', 'Crime'],
    source: 'Wire',
    text: 'Residents describe a choice that is not sovereign at all, cartel checkpoints on roads and cartel taxes.',
  },
  {
    title: 'Trump comments on Mexico trade',
    date: '2025-06-01',
    sections: ['Politics'],
    people: ['Donald Trump'],
    source: 'BBC News',
    text: 'Tariffs on Mexico were discussed. The cartel question came up <b>twice</b> & was dismissed.',
  },
  {
    title: 'Football final ends in a draw',
    date: '2023-05-01',
    sections: ['Sport'],
    source: 'Wire',
    text: 'The match in Mexico City drew a record crowd.',
  },
];

let engine: CountingEngine;
let loads = 0;

function setUp(all: Spec[] = specs) {
  const site = searchSite(all);
  engine = site.engine;
  loads = 0;
  setSearchEngine(async () => {
    loads++;
    return engine;
  });
  return memoryReader(site.data);
}

afterEach(() => setUpFailing(0));

/** The next `times` loads of the engine fail, as a missing or blocked index would. */
function setUpFailing(times: number) {
  let failures = 0;
  setSearchEngine(async () => {
    if (failures < times) {
      failures++;
      throw new Error('HTTP 404 for search-index/meta.json');
    }
    return engine;
  });
}

const results = () => screen.getByRole('region', { name: 'Search results' });
const headlines = () =>
  within(results())
    .queryAllByRole('heading', { level: 2 })
    .map((h) => h.textContent);
const marksIn = (element: HTMLElement) => [...element.querySelectorAll('mark')].map((m) => m.textContent);
const group = (name: string) => screen.getByRole('group', { name });
const box = (groupName: string, value: string) =>
  within(group(groupName)).getByRole('checkbox', { name: new RegExp(`^${value}\\b`) });

async function expectHeadlines(titles: string[]) {
  await waitFor(() => expect(headlines()).toEqual(titles));
}

describe('the header search box', () => {
  it('is on every page as a GET form to /search, and opens the results', async () => {
    const { router, user } = renderApp('/latest', setUp());
    const form = await screen.findByRole('search', { name: 'Site search' });
    expect(form).toHaveAttribute('action', '/search');
    expect(form).toHaveAttribute('method', 'get');
    await user.type(within(form).getByRole('searchbox', { name: 'Search articles' }), 'cartel{Enter}');
    // The URL changes once the search page's code has loaded.
    await waitFor(() => expect(router.state.location.pathname).toBe('/search'));
    expect(router.state.location.search).toBe('?q=cartel');
    await waitFor(() => expect(headlines()).toHaveLength(3));
  });

  it('takes focus on "/" from anywhere but a text field, and starts loading the index', async () => {
    const { user } = renderApp('/articles/football-final-ends-in-a-draw', setUp());
    const input = await screen.findByRole('searchbox', { name: 'Search articles' });
    await screen.findByRole('heading', { level: 1, name: 'Football final ends in a draw' });
    document.body.focus();
    expect(loads).toBe(0);
    await user.keyboard('/');
    expect(input).toHaveFocus();
    expect(input).toHaveValue('');
    // A reader in the box is about to search: the index starts loading.
    await waitFor(() => expect(loads).toBe(1));
    // Typed into a field, "/" is just a character.
    await user.keyboard('a/b');
    expect(input).toHaveValue('a/b');
  });

  it('is left with Esc, so the reader’s keys work again, on any page', async () => {
    const { user } = renderApp('/search?q=cartel', setUp());
    for (const name of ['Search articles', 'Search for']) {
      const input = await screen.findByRole('searchbox', { name });
      await user.click(input);
      await user.keyboard('abc');
      expect(input).toHaveFocus();
      await user.keyboard('{Escape}');
      expect(input).not.toHaveFocus();
    }
  });

  it('prefers the search page’s own box on /search', async () => {
    const { user } = renderApp('/search?q=cartel', setUp());
    const pageBox = await screen.findByRole('searchbox', { name: 'Search for' });
    document.body.focus();
    await user.keyboard('/');
    expect(pageBox).toHaveFocus();
  });
});

describe('search results', () => {
  it('ranks best matches first, marks the matched words in headline and snippet, and switches to newest first', async () => {
    const { router, user } = renderApp('/search?q=cartel', setUp());
    await expectHeadlines([
      'Cartel violence rises in border towns',
      'Mexico defends extradition of cartel leaders',
      'Trump comments on Mexico trade',
    ]);
    expect(screen.getByText('3 results for “cartel”')).toBeInTheDocument();
    const first = within(results()).getAllByRole('article')[0]!;
    expect(marksIn(within(first).getByRole('heading'))).toEqual(['Cartel']);
    // The snippet comes from the body, not a second copy of the headline.
    const snippet = within(first).getByText(/Residents describe/);
    expect(marksIn(snippet)).toEqual(['cartel', 'cartel']);
    expect(snippet).not.toHaveTextContent('violence rises');
    expect(within(first).getByRole('link', { name: 'Cartel violence rises in border towns' })).toHaveAttribute(
      'href',
      '/articles/cartel-violence-rises-in-border-towns',
    );

    await user.click(screen.getByRole('link', { name: 'Newest first' }));
    expect(router.state.location.search).toBe('?q=cartel&sort=newest');
    await expectHeadlines([
      'Trump comments on Mexico trade',
      'Mexico defends extradition of cartel leaders',
      'Cartel violence rises in border towns',
    ]);
    expect(screen.getByRole('link', { name: 'Newest first' })).toHaveAttribute('aria-current', 'true');
  });

  it('keeps snippet text as text: markup in an article is shown, never run', async () => {
    renderApp('/search?q=twice', setUp());
    await expectHeadlines(['Trump comments on Mexico trade']);
    const snippet = within(results()).getByText(/Tariffs on Mexico/);
    expect(snippet).toHaveTextContent('<b>twice</b> & was dismissed');
    expect(snippet.querySelector('b')).toBeNull();
  });

  it('finds a quoted phrase only where its words stand together', async () => {
    renderApp('/search?q=%22sovereign+choice%22', setUp());
    await expectHeadlines(['Mexico defends extradition of cartel leaders']);
    const first = within(results()).getByRole('article');
    expect(marksIn(within(first).getByText(/The president called/))).toEqual(['sovereign', 'choice']);
  });

  it('combines a phrase with other words, checking the phrase exactly', async () => {
    renderApp('/search?q=cartel+%22sovereign+choice%22', setUp());
    await expectHeadlines(['Mexico defends extradition of cartel leaders']);
  });

  it('leaves out articles with an excluded word, and only that word', async () => {
    renderApp('/search?q=mexico+-trump', setUp());
    await expectHeadlines(['Mexico defends extradition of cartel leaders', 'Football final ends in a draw']);
    expect(screen.getByText('2 results for “mexico -trump”')).toBeInTheDocument();
  });

  it('shows ten results a page and fetches records only for those shown', async () => {
    const many: Spec[] = Array.from({ length: 25 }, (_, i) => ({
      title: `Budget story ${i + 1}`,
      slug: `budget-story-${i + 1}`,
      date: `2025-01-${String(i + 1).padStart(2, '0')}`,
      text: 'The budget vote is close.',
    }));
    const { user } = renderApp('/search?q=budget&sort=newest', setUp(many));
    await waitFor(() => expect(headlines()).toHaveLength(10));
    expect(headlines()[0]).toBe('Budget story 25');
    expect(engine.fetched()).toBe(10);
    expect(screen.getByText('Showing 10 of 25 results')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'More results' }));
    await waitFor(() => expect(headlines()).toHaveLength(20));
    expect(engine.fetched()).toBe(20);
    await user.click(screen.getByRole('button', { name: 'More results' }));
    await waitFor(() => expect(headlines()).toHaveLength(25));
    expect(screen.queryByRole('button', { name: 'More results' })).not.toBeInTheDocument();
  });
});

describe('search filters', () => {
  it('filters by section (OR within) and person (AND across), in the URL, with counts under the query', async () => {
    const { router, user } = renderApp('/search?q=cartel', setUp());
    await waitFor(() => expect(headlines()).toHaveLength(3));
    await user.hover(screen.getByRole('complementary', { name: 'Filter articles' }));
    await waitFor(() => expect(box('Sections', 'World')).toHaveAccessibleName('World 2 articles'));
    expect(box('Sections', 'Politics')).toHaveAccessibleName('Politics 1 articles');
    expect(box('Sections', 'Sport')).toHaveAccessibleName('Sport 0 articles');

    await user.click(box('Sections', 'World'));
    expect(router.state.location.search).toBe('?q=cartel&sections=world');
    await expectHeadlines(['Cartel violence rises in border towns', 'Mexico defends extradition of cartel leaders']);
    await user.click(box('Sections', 'Politics'));
    expect(router.state.location.search).toBe('?q=cartel&sections=world,politics');
    await waitFor(() => expect(headlines()).toHaveLength(3));
    // A kind's own counts ignore its own choices; other kinds count within them.
    await waitFor(() =>
      expect(box('People', 'Claudia Sheinbaum')).toHaveAccessibleName('Claudia Sheinbaum 1 articles'),
    );
    expect(box('Sections', 'Crime')).toHaveAccessibleName('Crime 1 articles');

    await user.click(box('People', 'Claudia Sheinbaum'));
    expect(router.state.location.search).toBe('?q=cartel&sections=world,politics&people=claudia-sheinbaum');
    await expectHeadlines(['Mexico defends extradition of cartel leaders']);
    expect(screen.getByText('1 result for “cartel”')).toBeInTheDocument();
    await waitFor(() => expect(box('Sections', 'Politics')).toHaveAccessibleName('Politics 0 articles'));
  });

  it('counts exactly under exclusions and phrases, by checking the records the engine counted', async () => {
    const { user } = renderApp('/search?q=cartel+-trump', setUp());
    await waitFor(() => expect(headlines()).toHaveLength(2));
    await user.hover(screen.getByRole('complementary', { name: 'Filter articles' }));
    await waitFor(() => expect(box('Sections', 'World')).toHaveAccessibleName('World 2 articles'));
    expect(box('Sections', 'Politics')).toHaveAccessibleName('Politics 0 articles');
    expect(box('People', 'Donald Trump')).toHaveAccessibleName('Donald Trump 0 articles');
    expect(screen.queryByText(/upper bounds/)).not.toBeInTheDocument();
  });

  it('filters by source and by a range of months', async () => {
    const { router, user } = renderApp('/search?q=cartel', setUp());
    await waitFor(() => expect(headlines()).toHaveLength(3));
    await user.hover(screen.getByRole('complementary', { name: 'Filter articles' }));
    const bbc = await within(group('Source')).findByRole('checkbox', { name: /^BBC News 2 articles/ });
    expect(within(group('Source')).getByRole('checkbox', { name: /^Wire 1 articles/ })).not.toBeChecked();
    await user.click(bbc);
    expect(router.state.location.search).toBe('?q=cartel&source=BBC+News');
    await waitFor(() => expect(headlines()).toHaveLength(2));

    await user.selectOptions(screen.getByLabelText('From month'), 'April');
    await user.type(screen.getByLabelText('From year'), '2025');
    await user.click(screen.getByRole('button', { name: 'Apply dates' }));
    expect(router.state.location.search).toBe('?q=cartel&source=BBC+News&from=2025-04');
    await expectHeadlines(['Trump comments on Mexico trade']);
    await user.click(screen.getByRole('button', { name: 'Remove filter: BBC News (Source)' }));
    expect(router.state.location.search).toBe('?q=cartel&from=2025-04');
    await expectHeadlines(['Trump comments on Mexico trade']);
    await user.click(screen.getByRole('button', { name: 'Remove filter: From Apr 2025 (Date)' }));
    expect(router.state.location.search).toBe('?q=cartel');
    await waitFor(() => expect(headlines()).toHaveLength(3));
  });

  it('restores the whole view from the URL', async () => {
    renderApp('/search?q=cartel&sections=world&source=BBC+News&to=2025-12&sort=newest', setUp());
    await expectHeadlines(['Mexico defends extradition of cartel leaders']);
    expect(screen.getByRole('searchbox', { name: 'Search for' })).toHaveValue('cartel');
    expect(box('Sections', 'World')).toBeChecked();
    expect(screen.getByRole('link', { name: 'Newest first' })).toHaveAttribute('aria-current', 'true');
    expect(screen.getByRole('button', { name: 'Remove filter: BBC News (Source)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Remove filter: Until Dec 2025 (Date)' })).toBeInTheDocument();
    expect(screen.getByLabelText('To month')).toHaveValue('12');
    expect(screen.getByLabelText('To year')).toHaveValue('2025');
  });

  it('lists a filter’s articles newest first when there is no query', async () => {
    renderApp('/search?sections=world', setUp());
    await expectHeadlines(['Mexico defends extradition of cartel leaders', 'Cartel violence rises in border towns']);
    expect(screen.getByText('2 articles match your filters')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Best match' })).not.toBeInTheDocument();
  });
});

describe('search states', () => {
  it('without a query suggests sections and people, and does not load the index', async () => {
    renderApp('/search', setUp());
    expect(await screen.findByRole('heading', { level: 2, name: 'Search every article' })).toBeInTheDocument();
    const sections = screen.getByRole('region', { name: 'Browse a section' });
    expect(within(sections).getByRole('link', { name: /^World 2 articles/ })).toHaveAttribute('href', '/topics/world');
    const news = screen.getByRole('region', { name: 'In the news' });
    expect(within(news).getByRole('link', { name: 'Claudia Sheinbaum' })).toHaveAttribute(
      'href',
      '/people/claudia-sheinbaum',
    );
    expect(loads).toBe(0);
  });

  it('with no results suggests dropping filters and checking spelling, and drops the filters on request', async () => {
    const { router, user } = renderApp('/search?q=cartel&sections=sport', setUp());
    expect(
      await screen.findByRole('heading', { level: 2, name: 'No results for “cartel” with these filters' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Check the spelling, or try fewer or more general words.')).toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: 'Or browse a section' })).getByRole('link', { name: /^Sport/ }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'search without any filters' }));
    expect(router.state.location.search).toBe('?q=cartel');
    await waitFor(() => expect(headlines()).toHaveLength(3));
  });

  it('says when the index cannot be loaded, and searches after Retry', async () => {
    const reader = setUp();
    // The load and its one retry.
    setUpFailing(2);
    const { user } = renderApp('/search?q=cartel', reader);
    const alert = await screen.findByRole('alert', {}, { timeout: 3000 });
    expect(alert).toHaveTextContent('Search is unavailable');
    expect(alert).toHaveTextContent('HTTP 404 for search-index/meta.json');
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(headlines()).toHaveLength(3));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
