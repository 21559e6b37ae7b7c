// Search over a bad network, with the real index loader fetching the files the pipeline writes:
// a lasting fault shows one steady error after one retry, and a slow connection gets its
// independent requests started together and a word about the wait.
import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { setSearchEngine } from '../../src/app/features/search/engine/engine';
import { loadTermIndex } from '../../src/app/features/search/engine/termIndex';
import { SLOW_AFTER_MS } from '../../src/app/features/search/components/SearchResults';
import { filterTerm, searchPaths, type PostingsBucket } from '../../src/model/searchIndex';
import { searchTerms } from '../../src/model/searchText';
import { searchIndexFiles } from '../../src/pipeline/emit/searchIndex';
import { routes } from '../../src/app/router';
import { loadMatchedRoutes } from '../../src/app/routes/lazyRoute';
import { memoryReader, renderApp } from './support/renderApp';
import { buildSiteData, siteArticles, type ArticleSpec } from './support/site';

const p = (text: string) => [{ type: 'p' as const, children: [text] }];

const specs: ArticleSpec[] = [
  {
    title: 'Budget talks stall in parliament',
    date: '2025-03-04',
    sections: ['Politics'],
    people: ['Ann Lee'],
    body: p('The government said the budget talks would resume.'),
  },
  {
    title: 'Striker signs for the club',
    date: '2025-03-02',
    sections: ['Sport'],
    body: p('The striker signed a contract with the government of the club.'),
  },
  {
    title: 'Government wins vote on budget',
    date: '2025-02-20',
    sections: ['Politics'],
    body: p('Ministers cheered; talks on the budget went on.'),
  },
];

const indexFiles = searchIndexFiles(siteArticles(specs));
const data = buildSiteData(specs);

/** What the page shows where results go, after each change to the page. */
function watchResultsArea(): string[] {
  const seen: string[] = [];
  const note = () => {
    const state = screen.queryByRole('alert')
      ? 'error'
      : screen.queryAllByRole('status').some((status) => /Searching…|Still loading/.test(status.textContent ?? ''))
        ? 'skeleton'
        : screen.queryByRole('region', { name: 'Search results' })?.querySelector('ol')
          ? 'results'
          : 'other';
    if (seen.at(-1) !== state) seen.push(state);
  };
  const observer = new MutationObserver(note);
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  onTestFinished(() => observer.disconnect());
  return seen;
}

/** fetch for the search index (under `/search-index/`), through `answer`, noting every request. */
function stubFetch(answer: (path: string) => Promise<Response>): string[] {
  const requests: string[] = [];
  vi.stubGlobal('fetch', async (input: string) => {
    const path = new URL(input, 'http://test/').pathname.replace('/search-index/', '');
    requests.push(`${input}`);
    return answer(path);
  });
  return requests;
}

function indexResponse(path: string): Response {
  const text = indexFiles.get(path);
  return text === undefined
    ? new Response('missing', { status: 404 })
    : new Response(text, { headers: { 'content-type': 'application/json' } });
}

const results = () => screen.getByRole('region', { name: 'Search results' });
const headlines = () =>
  within(results())
    .queryAllByRole('heading', { level: 2 })
    .map((h) => h.textContent);

// The search page's code loads first, on the real clock, as a prerendered page preloads it; the
// tests' fake clock then times only the search.
beforeAll(() => loadMatchedRoutes(routes, '/search', '/'));

beforeEach(() => {
  vi.useFakeTimers();
  setSearchEngine((attempt) => loadTermIndex('/', attempt));
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** Lets `ms` of fake time pass, rendering what it brings. */
const pass = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

describe('search under a lasting fault', () => {
  it('shows one error that stays, after one retry of the index, and searches after "Try again"', async () => {
    let down = true;
    const requests = stubFetch(async (path) =>
      down ? new Response('unavailable', { status: 503 }) : indexResponse(path),
    );
    const seen = watchResultsArea();
    // The app's own retries, as in the browser.
    renderApp('/search?q=budget', memoryReader(data), { retry: true });
    await pass(60_000);

    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Search is unavailable');
    expect(alert).toHaveTextContent('HTTP 503 for /search-index/meta.json?attempt=1');
    // A skeleton, then the error, and nothing after it: no skeleton flashing back between retries.
    expect(seen.slice(seen.indexOf('skeleton'))).toEqual(['skeleton', 'error']);
    expect(requests.filter((url) => url.includes(searchPaths.meta()))).toEqual([
      '/search-index/meta.json',
      '/search-index/meta.json?attempt=1',
    ]);

    down = false;
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await pass(1000);
    expect(headlines()).toEqual(['Budget talks stall in parliament', 'Government wins vote on budget']);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(requests.filter((url) => url.includes(searchPaths.meta()))).toHaveLength(3);
  });
});

describe('search on a slow connection', () => {
  const DELAY = 5000;
  const slowly = <T,>(make: () => T | Promise<T>) =>
    new Promise<T>((resolve, reject) => setTimeout(() => Promise.resolve().then(make).then(resolve, reject), DELAY));

  it('starts the requests that do not wait on each other together, and says the wait is long', async () => {
    const started: { path: string; at: number }[] = [];
    const t0 = Date.now();
    stubFetch((path) => {
      started.push({ path, at: Date.now() - t0 });
      return slowly(() => indexResponse(path));
    });
    // The manifest and facet files are there at once (a prerendered page carries them).
    const reader = memoryReader(data);
    // A phrase, a word and filters of two kinds: every word, positions and filter file depends only on meta.json.
    renderApp('/search?q=%22budget+talks%22+government&sections=politics&people=ann-lee', reader);
    await pass(0);
    expect(started).toEqual([{ path: searchPaths.meta(), at: 0 }]);

    await pass(SLOW_AFTER_MS - 100);
    expect(screen.queryByText(/Still loading on a slow connection/)).not.toBeInTheDocument();
    await pass(100);
    const notice = screen.getByText(/Still loading on a slow connection/);
    expect(notice.closest('[role="status"]')).not.toBeNull();

    await pass(DELAY - SLOW_AFTER_MS);
    const second = started.filter(({ at }) => at === DELAY).map(({ path }) => path);
    // Both words' postings, both terms' positions and both filters' postings, at one moment.
    const files = [
      ...new Set(
        [...indexFiles.keys()]
          .filter((path) => /^[wp]\//.test(path))
          .filter((path) => {
            const file = JSON.parse(indexFiles.get(path)!) as PostingsBucket | Record<string, string>;
            // A postings bucket keeps its terms beside its records; a positions bucket is terms only.
            const entries = Object.keys(path.startsWith('w/') ? (file as PostingsBucket).postings : file);
            const asked = [
              ...searchTerms('budget talks government'),
              filterTerm('sections', 'politics'),
              filterTerm('people', 'ann-lee'),
            ];
            return entries.some((term) => asked.includes(term));
          }),
      ),
    ];
    expect(files.some((path) => path.startsWith('p/'))).toBe(true);
    expect(second.sort()).toEqual(files.sort());
    expect(started.filter(({ at }) => at > 0 && at < DELAY)).toEqual([]);

    // Then the result's record file, which needs the postings; no slug or article files.
    await pass(DELAY);
    expect(started.filter(({ at }) => at === 2 * DELAY).map(({ path }) => path)).toEqual([searchPaths.records(0)]);
    expect(started.filter(({ at }) => at > 2 * DELAY)).toEqual([]);
    // Results render a moment after the last file arrives.
    await pass(DELAY + 100);
    expect(headlines()).toEqual(['Budget talks stall in parliament']);
    expect(screen.queryByText(/Still loading on a slow connection/)).not.toBeInTheDocument();
  });
});
