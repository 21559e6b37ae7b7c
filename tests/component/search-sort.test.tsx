// Switching the sort of an open result list, rendered as the browser app renders it: with
// ReactDOM's flushSync given to the router, as react-router/dom's RouterProvider (entry-client) does,
// so router updates that ask for it commit in step with the URL.
import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { flushSync } from 'react-dom';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { setSearchEngine } from '../../src/app/features/search/engine/engine';
import { setDataReader } from '../../src/app/lib/fetchData';
import { createQueryClient } from '../../src/app/lib/queryClient';
import { routes } from '../../src/app/router';
import { searchSite } from './support/searchSite';
import type { ArticleSpec } from './support/site';
import { memoryReader } from './support/renderApp';

type Spec = ArticleSpec & { text: string };

// Undated, like the BBC corpus: the list's order ("File order", as nothing has a date) is not the
// best-match order.
const specs: Spec[] = [
  { title: 'Council meets on the budget', text: 'The harbour came up once.' },
  { title: 'Harbour dredging begins', text: 'Works on the harbour wall start at the river mouth.' },
  { title: 'Harbour fees rise', text: 'The harbour board agreed.' },
  { title: 'Weather warning for the coast', text: 'Gales are expected.' },
];
// Headline matches first, the shorter article first among them (BM25F weighs a body word by the body's length).
const BEST_MATCH = ['Harbour fees rise', 'Harbour dredging begins', 'Council meets on the budget'];
const NEWEST = ['Council meets on the budget', 'Harbour dredging begins', 'Harbour fees rise'];

function renderSearch(path: string) {
  const site = searchSite(specs);
  setSearchEngine(async () => site.engine);
  setDataReader(memoryReader(site.data));
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const user = userEvent.setup();
  render(
    <QueryClientProvider client={createQueryClient({ retry: false })}>
      <RouterProvider router={router} flushSync={(update) => void flushSync(update)} />
    </QueryClientProvider>,
  );
  return { router, user };
}

afterEach(() => setSearchEngine(async () => searchSite([]).engine));

const results = () => screen.getByRole('region', { name: 'Search results' });
const headlines = () =>
  within(results())
    .queryAllByRole('heading', { level: 2 })
    .map((h) => h.textContent ?? '');

/** What the results region presents: "updating" while it says it is, else its headlines in order. */
function shown(): string {
  if (results().querySelector('[aria-busy="true"]')) return 'updating';
  return headlines().join(' | ');
}

function currentSort(): string | null {
  const nav = screen.queryByRole('navigation', { name: 'Sort results' });
  return nav?.querySelector('[aria-current="true"]')?.textContent ?? null;
}

/** The page as it stands at the moment the router's location first becomes `search`. */
function watchFor(router: ReturnType<typeof createMemoryRouter>, search: string) {
  let seen: { shown: string; current: string | null } | null = null;
  const stop = router.subscribe((state) => {
    if (!seen && state.location.search === search) seen = { shown: shown(), current: currentSort() };
  });
  return () => {
    stop();
    return seen;
  };
}

describe('switching the sort of an open result list', () => {
  it('never shows the other order as the answer once the URL has changed, newest first and back', async () => {
    const { router, user } = renderSearch('/search?q=harbour');
    await waitFor(() => expect(headlines()).toEqual(BEST_MATCH));

    const toNewest = watchFor(router, '?q=harbour&sort=newest');
    await user.click(screen.getByRole('link', { name: 'File order' }));
    // The switch and the list change with the URL: either still working, or the newest-first rows.
    expect(toNewest()).toEqual({
      shown: expect.stringMatching(new RegExp(`^(updating|${NEWEST.join(' \\| ')})$`)),
      current: 'File order',
    });
    await waitFor(() => expect(shown()).toBe(NEWEST.join(' | ')));

    // Back to best match: that answer is cached, so it is there as the URL changes.
    const toBest = watchFor(router, '?q=harbour');
    await user.click(screen.getByRole('link', { name: 'Best match' }));
    expect(toBest()).toEqual({ shown: BEST_MATCH.join(' | '), current: 'Best match' });
    expect(shown()).toBe(BEST_MATCH.join(' | '));
  });

  it('orders undated hits by the list’s order when that order is loaded directly', async () => {
    renderSearch('/search?q=harbour&sort=newest');
    await waitFor(() => expect(shown()).toBe(NEWEST.join(' | ')));
    expect(currentSort()).toBe('File order');
  });
});
