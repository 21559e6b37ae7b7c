// The reader's keys in the rendered app: row selection, actions on the selected row, go-to
// sequences, the help overlay, and silence while typing.
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeHelp } from '../../src/app/stores/helpOverlay';
import { readerStore } from '../../src/app/stores/readerStore';
import { SHORTCUTS } from '../../src/app/features/keys/lib/shortcuts';
import { buildSiteData, numberedSpecs } from './support/site';
import { memoryReader, renderApp } from './support/renderApp';

const selectedId = () => document.querySelector('[data-article-row][data-current]')?.getAttribute('data-article-id');
const rowOf = (title: string) => screen.getByRole('link', { name: title }).closest<HTMLElement>('[data-article-row]')!;

beforeEach(() => {
  window.localStorage.clear();
  readerStore.reload();
});

afterEach(() => closeHelp());

describe('keyboard shortcuts', () => {
  async function renderList() {
    const view = renderApp('/latest', memoryReader(buildSiteData(numberedSpecs(4))));
    await screen.findByRole('link', { name: 'Story 1' });
    return view;
  }

  it('moves through rows with j and k, and s and m act on the selected row', async () => {
    const { user } = await renderList();
    await user.keyboard('j');
    expect(selectedId()).toBe(rowOf('Story 1').dataset.articleId);
    expect(document.activeElement).toBe(screen.getByRole('link', { name: 'Story 1' }));
    await user.keyboard('jj');
    expect(selectedId()).toBe(rowOf('Story 3').dataset.articleId);
    await user.keyboard('k');
    expect(selectedId()).toBe(rowOf('Story 2').dataset.articleId);

    await user.keyboard('s');
    expect(within(rowOf('Story 2')).getByRole('button', { name: /^Saved/ })).toBeInTheDocument();
    await user.keyboard('m');
    expect(within(rowOf('Story 2')).getByText('Read', { exact: true })).toBeInTheDocument();
    expect(within(rowOf('Story 1')).queryByText('Read', { exact: true })).not.toBeInTheDocument();
  });

  it('opens the selected row with o, and goes home and to saved with g h and g s', async () => {
    const { user, router } = await renderList();
    await user.keyboard('jjo');
    await waitFor(() => expect(router.state.location.pathname).toBe('/articles/story-2'));
    await user.keyboard('gs');
    await waitFor(() => expect(router.state.location.pathname).toBe('/saved'));
    await user.keyboard('gh');
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(await screen.findByRole('region', { name: 'Lead story' })).toBeInTheDocument();
  });

  it('does nothing while the reader types in a field', async () => {
    const { user, router } = await renderList();
    const search = screen.getByRole('searchbox');
    await user.click(search);
    await user.keyboard('jgs?m');
    expect(search).toHaveValue('jgs?m');
    expect(selectedId()).toBeUndefined();
    expect(router.state.location.pathname).toBe('/latest');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('focuses the search box with /', async () => {
    const { user } = await renderList();
    await user.keyboard('/');
    expect(document.activeElement).toBe(screen.getByRole('searchbox'));
  });

  it('lists every key in the ? overlay, which Esc closes', async () => {
    const { user } = await renderList();
    await user.keyboard('?');
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    const keys = within(dialog)
      .getAllByText((_, element) => element?.tagName === 'KBD')
      .map((kbd) => kbd.textContent);
    expect(keys).toEqual(SHORTCUTS.flatMap((shortcut) => shortcut.keys));
    for (const shortcut of SHORTCUTS)
      expect(within(dialog).getAllByText(shortcut.description).length).toBeGreaterThan(0);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });
});
