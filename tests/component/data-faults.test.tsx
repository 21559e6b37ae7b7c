// A data file that goes missing for a moment (a deploy in progress, a host's HTML fallback)
// during in-app navigation is a fault with "Try again", never a 404 page kept for the visit.
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchReader } from '../../src/app/lib/fetchData';
import { buildSiteData, numberedSpecs } from './support/site';
import { renderApp } from './support/renderApp';

type Fault = '404' | 'html';

/** Serves the site's data files over a stubbed fetch; `faults` answers chosen paths badly while set. */
function stubSite(files: ReadonlyMap<string, unknown>) {
  const faults = new Map<string, Fault>();
  vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
    const path = String(input).replace(/^\/data\//, '');
    const fault = faults.get(path);
    if (fault === '404') return new Response('Not found', { status: 404 });
    // A single-page host answers any path with its index.html and status 200.
    if (fault === 'html')
      return new Response('<!doctype html><p>app</p>', { headers: { 'content-type': 'text/html' } });
    if (!files.has(path)) return new Response('Not found', { status: 404 });
    return new Response(JSON.stringify(files.get(path)), { headers: { 'content-type': 'application/json' } });
  });
  return faults;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

const files = buildSiteData(numberedSpecs(3));

describe('a data file missing during in-app navigation', () => {
  for (const fault of ['404', 'html'] as const) {
    it(`shows Try again, not the 404 page, when an article's file answers ${fault}, and Try again loads it`, async () => {
      const faults = stubSite(files);
      const { user } = renderApp('/latest', fetchReader);
      faults.set('articles/story-2.json', fault);
      await user.click(await screen.findByRole('link', { name: 'Story 2' }));
      const alert = await screen.findByRole('alert');
      expect(within(alert).getByRole('heading', { level: 1 })).toHaveTextContent('This article could not be loaded');
      expect(screen.queryByText('Page not found')).not.toBeInTheDocument();

      faults.clear();
      await user.click(within(alert).getByRole('button', { name: 'Try again' }));
      expect(await screen.findByRole('heading', { level: 1, name: 'Story 2' })).toBeInTheDocument();
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    });
  }

  it('does not keep the miss for the visit: back and the same link again shows the article', async () => {
    const faults = stubSite(files);
    const { user, router } = renderApp('/latest', fetchReader);
    faults.set('articles/story-2.json', 'html');
    await user.click(await screen.findByRole('link', { name: 'Story 2' }));
    expect(await screen.findByRole('button', { name: 'Try again' })).toBeInTheDocument();

    faults.clear();
    await router.navigate(-1);
    await user.click(await screen.findByRole('link', { name: 'Story 2' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Story 2' })).toBeInTheDocument();
  });

  it('treats a topic page’s missing postings the same way', async () => {
    const faults = stubSite(files);
    const { user, router } = renderApp('/articles/story-1', fetchReader);
    faults.set('facets/sections/world.json', '404');
    const article = await screen.findByRole('article');
    await user.click(within(article).getAllByRole('link', { name: 'World' })[0]!);
    const retry = await screen.findByRole('button', { name: 'Try again' });
    expect(screen.queryByText('Page not found')).not.toBeInTheDocument();

    faults.clear();
    await user.click(retry);
    expect(await screen.findByRole('heading', { level: 1, name: 'World' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/topics/world');
  });

  it('still shows the 404 page when the visit lands on an unknown article', async () => {
    stubSite(files);
    renderApp('/articles/no-such-story', fetchReader);
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });
});
