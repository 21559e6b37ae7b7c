import { hydrate, QueryClientProvider, type DehydratedState } from '@tanstack/react-query';
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { hydrateRoot } from 'react-dom/client';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { renderRoute } from '../../src/app/entry-server';
import { decodeAscending } from '../../src/model/compactInts';
import type { FacetPostings } from '../../src/model/data';
import { DataError, setDataReader } from '../../src/app/lib/fetchData';
import { createQueryClient } from '../../src/app/lib/queryClient';
import { routes } from '../../src/app/router';
import { loadMatchedRoutes } from '../../src/app/routes/lazyRoute';
import { buildSiteData, numberedSpecs, type ArticleSpec } from './support/site';

const HOSTILE_TITLE = '</title><script>alert(1)</script> & "quoted"';

const specs: ArticleSpec[] = [
  ...numberedSpecs(40, (n) => (n % 2 === 0 ? ['Politics'] : ['Sport'])),
  { title: HOSTILE_TITLE, slug: 'hostile', dek: 'A <b>bold</b> dek', date: null, people: ['Ann Lee'] },
];
const files = buildSiteData(specs);

/** Like the build's reader: rejects (with a file-system style error) for a missing file. */
const readData = async (path: string): Promise<unknown> => {
  if (!files.has(path)) throw new Error(`ENOENT: no such file, open '${path}'`);
  return structuredClone(files.get(path));
};

let container: HTMLElement | null = null;
afterEach(() => {
  container?.remove();
  container = null;
});

/** Hydrates a prerendered page as the browser would, reading data through `read`; returns React's recoverable errors (mismatches). */
async function hydratePage(
  url: string,
  page: { html: string; state: string },
  read: (path: string) => Promise<unknown>,
): Promise<unknown[]> {
  container = document.createElement('div');
  container.innerHTML = page.html;
  document.body.append(container);
  setDataReader(read);
  const queryClient = createQueryClient({ retry: false });
  hydrate(queryClient, JSON.parse(page.state) as DehydratedState);
  // As entry-client does: the page's lazy routes load before the router exists.
  await loadMatchedRoutes(routes, new URL(url, 'http://test.local').pathname, '/');
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  const problems: unknown[] = [];
  await act(async () => {
    hydrateRoot(
      container!,
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>,
      { onRecoverableError: (error) => problems.push(error) },
    );
  });
  return problems;
}

describe('renderRoute (prerendering)', () => {
  it('renders the front page with head tags and only the manifest and front.json as its state', async () => {
    const page = await renderRoute('/', { basename: '', readData });
    expect(page.status).toBe(200);
    expect(page.head).toContain('<title>The Test Gazette</title>');
    expect(page.head).toContain('<meta name="description" content="The latest news from The Test Gazette.">');
    expect(page.head).toContain('<meta property="og:title" content="The Test Gazette">');
    expect(page.html).toContain('Story 1');
    expect(page.html).toContain('href="/articles/story-1"');
    const state = JSON.parse(page.state) as DehydratedState;
    expect(state.queries.map((q) => q.queryKey)).toEqual([['manifest'], ['front']]);
    expect(page.html).not.toContain('<script');
  });

  it('renders the latest list at /latest with the state the page needs', async () => {
    const page = await renderRoute('/latest', { basename: '', readData });
    expect(page.status).toBe(200);
    expect(page.head).toContain('<title>Latest news — The Test Gazette</title>');
    expect(page.html).toContain('href="/articles/story-1"');
    const state = JSON.parse(page.state) as DehydratedState;
    expect(state.queries.map((q) => q.queryKey)).toEqual([['manifest'], ['chunk', 0]]);
  });

  it('prefixes links with the basename', async () => {
    const page = await renderRoute('/', { basename: '/news', readData });
    expect(page.html).toContain('href="/news/articles/story-1"');
    expect(page.html).toContain('href="/news/topics/politics"');
  });

  it('escapes text in the head and keeps the state safe inside a script element', async () => {
    const page = await renderRoute('/articles/hostile', { basename: '', readData });
    expect(page.status).toBe(200);
    expect(page.head).toContain(
      '<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot; — The Test Gazette</title>',
    );
    expect(page.head).toContain('content="A &lt;b&gt;bold&lt;/b&gt; dek"');
    expect(page.state).not.toContain('<');
    expect((JSON.parse(page.state) as DehydratedState).queries.length).toBeGreaterThan(0);
    expect(page.html).not.toContain('<script>');
  });

  it('prefetches the postings, whose first summaries fill a topic page without list chunks', async () => {
    const page = await renderRoute('/topics/politics', { basename: '', readData });
    expect(page.status).toBe(200);
    expect(page.head).toContain('<title>Politics — The Test Gazette</title>');
    const keys = (JSON.parse(page.state) as DehydratedState).queries.map((q) => q.queryKey);
    // 20 Politics stories, at ordinals 1, 3, … 39 (Story 2 … Story 40): they span chunks 0 and 1, but the postings carry them all.
    expect(keys).toEqual([['manifest'], ['facet', 'sections', 'politics']]);
    expect(page.html).toContain('Story 40');
  });

  it('answers 404 with the designed page for unknown paths, slugs, topics and entities', async () => {
    for (const url of ['/no/such/page', '/articles/missing', '/topics/nothing', '/people/nobody']) {
      const page = await renderRoute(url, { basename: '', readData });
      expect(page.status, url).toBe(404);
      expect(page.html, url).toContain('Page not found');
      expect(page.head, url).toContain('<title>Page not found — The Test Gazette</title>');
    }
  });

  it('rejects when the manifest itself is missing, so a broken build fails loudly', async () => {
    await expect(
      renderRoute('/', { basename: '', readData: () => Promise.reject(new Error('ENOENT')) }),
    ).rejects.toThrow();
  });

  for (const url of ['/', '/articles/story-2', '/topics/sport', '/people/ann-lee', '/no/such/page']) {
    it(`hydrates ${url} without a mismatch`, async () => {
      const page = await renderRoute(url, { basename: '', readData });
      expect(await hydratePage(url, page, readData)).toEqual([]);
      expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    });
  }
});

describe('a prerendered topic page bigger than one page', () => {
  // 45 World stories: the page shows 30 and carries only their ordinals, not all 45.
  const bigFiles = buildSiteData(numberedSpecs(60, (n) => (n <= 45 ? ['World'] : ['Sport'])));
  const reads: string[] = [];
  const readBig = async (path: string): Promise<unknown> => {
    reads.push(path);
    if (!bigFiles.has(path)) throw new Error(`ENOENT: no such file, open '${path}'`);
    return structuredClone(bigFiles.get(path));
  };

  it('carries the first page of the topic’s ordinals and its whole count', async () => {
    const page = await renderRoute('/topics/world', { basename: '', readData: readBig });
    const state = JSON.parse(page.state) as DehydratedState;
    const postings = state.queries.find((q) => q.queryKey[0] === 'facet')?.state.data as FacetPostings;
    const whole = bigFiles.get('facets/sections/world.json') as FacetPostings;
    expect(whole.count).toBe(45);
    expect(postings.count).toBe(45);
    expect(decodeAscending(postings.ids)).toEqual(decodeAscending(whole.ids).slice(0, 30));
    // React marks where adjacent text nodes meet; a reader sees the text without the marks.
    const text = page.html.replaceAll('<!-- -->', '');
    expect(text).toContain('Showing 30 of 45 articles');
    expect(text).toContain('Load more');
  });

  it('hydrates without a mismatch, then loads the whole postings, and Load more shows the rest', async () => {
    const page = await renderRoute('/topics/world', { basename: '', readData: readBig });
    reads.length = 0;
    expect(await hydratePage('/topics/world', page, readBig)).toEqual([]);
    await waitFor(() => expect(reads).toContain('facets/sections/world.json'));
    const rows = () => container!.querySelectorAll('[data-article-row]').length;
    expect(rows()).toBe(30);
    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(rows()).toBe(45));
    expect(screen.getByText('Showing 45 of 45 articles')).toBeInTheDocument();
  });

  it('keeps showing the first page when the whole postings cannot load (offline)', async () => {
    const page = await renderRoute('/topics/world', { basename: '', readData: readBig });
    const offline = async (path: string): Promise<unknown> => {
      reads.push(path);
      throw new DataError(path, 0);
    };
    reads.length = 0;
    expect(await hydratePage('/topics/world', page, offline)).toEqual([]);
    await waitFor(() => expect(reads).toContain('facets/sections/world.json'));
    // Let the failed fetch settle before looking.
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(container!.querySelectorAll('[data-article-row]')).toHaveLength(30);
    expect(screen.queryByRole('button', { name: /try again|retry/i })).not.toBeInTheDocument();
  });
});
