// A corpus with dates lists newest first and says so; one where no article has a date is in the
// order of its files, and the app must not call that "newest first".
import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setSearchEngine } from '../../src/app/features/search/engine/engine';
import { memoryReader, renderApp } from './support/renderApp';
import { searchSite } from './support/searchSite';

const texts = [
  { title: 'Harbour fees rise', text: 'The harbour board agreed.' },
  { title: 'Harbour dredging begins', text: 'Works on the harbour wall start.' },
];
const dated = texts.map((t, i) => ({ ...t, date: `2025-03-0${i + 1}` }));

function open(path: string, specs: typeof texts) {
  const site = searchSite(specs);
  setSearchEngine(async () => site.engine);
  return renderApp(path, memoryReader(site.data));
}

afterEach(() => setSearchEngine(async () => searchSite([]).engine));

describe('the list order, by whether the corpus has dates', () => {
  it('says newest first on lists when articles have dates', async () => {
    open('/latest', dated);
    expect(await screen.findByText('2 articles, newest first')).toBeInTheDocument();
  });

  it('says in file order on lists when no article has a date', async () => {
    open('/latest', texts);
    expect(await screen.findByText('2 articles, in file order')).toBeInTheDocument();
    expect(screen.queryByText(/newest/i)).toBeNull();
  });

  it('offers "Newest first" as a search order only when articles have dates', async () => {
    const { unmount } = open('/search?q=harbour', dated);
    expect(await screen.findByRole('link', { name: 'Newest first' })).toBeInTheDocument();
    unmount();

    open('/search?q=harbour', texts);
    expect(await screen.findByRole('link', { name: 'File order' })).toBeInTheDocument();
    expect(screen.queryByText(/newest/i)).toBeNull();
  });

  it('names the one order of a search with no words to rank by', async () => {
    const { unmount } = open('/search?sections=world', dated);
    await waitFor(() => expect(screen.getByText('Newest first')).toBeInTheDocument());
    unmount();

    open('/search?sections=world', texts);
    await waitFor(() => expect(screen.getByText('File order')).toBeInTheDocument());
    expect(screen.queryByText(/newest/i)).toBeNull();
  });
});
