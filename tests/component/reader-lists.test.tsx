// Read and saved state in the rendered app: row buttons, read styling, unread counts per
// section, mark all with undo, the saved and history pages, import, and storage that refuses.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildExport } from '../../src/app/features/settings/lib/exportFile';
import { EMPTY_READER_STATE, setRead, setSaved } from '../../src/app/stores/readerState';
import { READER_STORAGE_KEY, readerStore } from '../../src/app/stores/readerStore';
import { DEFAULT_SETTINGS, settingsStore } from '../../src/app/stores/settings';
import { buildSiteData, numberedSpecs } from './support/site';
import { memoryReader, renderApp } from './support/renderApp';

const NOTICE = 'Reading state is not being kept on this device.';
const files = () => buildSiteData(numberedSpecs(4, (n) => (n % 2 === 0 ? ['Sport'] : ['Politics'])));
const rowOf = (title: string) => screen.getByRole('link', { name: title }).closest<HTMLElement>('[data-article-row]')!;
const isRowRead = (title: string) => within(rowOf(title)).queryByText('Read', { exact: true }) !== null;

beforeEach(() => {
  window.localStorage.clear();
  readerStore.reload();
  settingsStore.reload();
});

afterEach(() => {
  vi.restoreAllMocks();
  window.localStorage.clear();
  readerStore.reload();
  settingsStore.reload();
});

describe('read and saved state in lists', () => {
  it('marks a row read with its button, and the section shows its unread count', async () => {
    const { user } = renderApp('/latest', memoryReader(files()));
    await screen.findByRole('link', { name: 'Story 1' });
    const nav = screen.getByRole('navigation', { name: 'Sections' });
    expect(within(nav).getByRole('link', { name: 'Politics 2 articles' })).toBeInTheDocument();

    await user.click(within(rowOf('Story 1')).getByRole('button', { name: /^Mark read/ }));
    expect(isRowRead('Story 1')).toBe(true);
    expect(within(rowOf('Story 1')).getByRole('heading', { level: 2 })).toHaveClass('font-normal');
    expect(await within(nav).findByRole('link', { name: 'Politics 1 unread of 2 articles' })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Sport 2 articles' })).toBeInTheDocument();
    expect(JSON.parse(window.localStorage.getItem(READER_STORAGE_KEY)!).read).toHaveProperty(
      rowOf('Story 1').dataset.articleId!,
    );

    await user.click(within(rowOf('Story 1')).getByRole('button', { name: /^Mark unread/ }));
    expect(isRowRead('Story 1')).toBe(false);
  });

  it('counts only current articles: a stored mark of a removed article is not counted, but retired and kept', async () => {
    const site = files();
    const story1 = (site.get('chunks/0.json') as { items: { id: string; title: string }[] }).items.find(
      (item) => item.title === 'Story 1',
    )!;
    const stored = {
      read: {
        'removed-politics-story': { at: 1, sections: ['politics'] },
        [story1.id]: { at: 2, sections: ['politics'] },
      },
      saved: [],
      history: [],
    };
    window.localStorage.setItem(READER_STORAGE_KEY, JSON.stringify(stored));
    readerStore.reload();
    renderApp('/latest', memoryReader(site));
    const nav = await screen.findByRole('navigation', { name: 'Sections' });
    // Counting the removed article's mark would say "0 unread of 2".
    expect(await within(nav).findByRole('link', { name: 'Politics 1 unread of 2 articles' })).toBeInTheDocument();
    // Pruned from the live marks once the build's ids are known, kept apart (and so exported).
    await waitFor(() => expect(readerStore.get().read).not.toHaveProperty('removed-politics-story'));
    expect(readerStore.get().read).toHaveProperty(story1.id);
    const saved = JSON.parse(window.localStorage.getItem(READER_STORAGE_KEY)!) as { read: object; retired: object };
    expect(saved.retired).toHaveProperty('removed-politics-story');
    expect(saved.read).not.toHaveProperty('removed-politics-story');
  });

  it('marks every listed row read, saying how many, and undo puts back only what it changed', async () => {
    const { user } = renderApp('/latest', memoryReader(files()));
    await screen.findByRole('link', { name: 'Story 1' });
    await user.click(within(rowOf('Story 2')).getByRole('button', { name: /^Mark read/ }));
    // The button says how many rows it marks: the three unread of the four shown.
    await user.click(screen.getByRole('button', { name: 'Mark 3 shown as read' }));
    expect(screen.getByText('Marked 3 articles as read.')).toBeInTheDocument();
    expect(['Story 1', 'Story 2', 'Story 3', 'Story 4'].map(isRowRead)).toEqual([true, true, true, true]);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(['Story 1', 'Story 2', 'Story 3', 'Story 4'].map(isRowRead)).toEqual([false, true, false, false]);
    expect(screen.getByRole('button', { name: 'Mark 3 shown as read' })).toBeEnabled();
  });

  it('lists saved articles newest first, and unsaving removes them', async () => {
    const { user, router } = renderApp('/latest', memoryReader(files()));
    await screen.findByRole('link', { name: 'Story 1' });
    await user.click(within(rowOf('Story 3')).getByRole('button', { name: /^Save/ }));
    await user.click(within(rowOf('Story 1')).getByRole('button', { name: /^Save/ }));
    expect(within(rowOf('Story 1')).getByRole('button', { name: /^Saved/ })).toBeInTheDocument();

    await user.click(
      within(screen.getByRole('navigation', { name: 'Your reading' })).getByRole('link', { name: 'Saved' }),
    );
    await waitFor(() => expect(router.state.location.pathname).toBe('/saved'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Saved articles' })).toBeInTheDocument();
    expect(screen.getByText('2 articles, kept on this device')).toBeInTheDocument();
    const titles = () => screen.queryAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(titles()).toEqual(['Story 1', 'Story 3']);
    await user.click(within(rowOf('Story 1')).getByRole('button', { name: /^Saved/ }));
    expect(titles()).toEqual(['Story 3']);
  });

  it('records opened articles in the history, and clears it', async () => {
    const { user, router } = renderApp('/articles/story-2', memoryReader(files()));
    expect(await screen.findByRole('heading', { level: 1, name: 'Story 2' })).toBeInTheDocument();
    await router.navigate('/history');
    expect(await screen.findByRole('link', { name: 'Story 2' })).toBeInTheDocument();
    expect(screen.getByText(/^Opened \d+ \w+ \d{4}$/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear history' }));
    expect(screen.getByText('No articles opened yet on this device.')).toBeInTheDocument();
  });

  it('imports an exported file on the settings page, adding to what is there', async () => {
    const exported = buildExport(
      setSaved(
        setRead(EMPTY_READER_STATE, [{ id: 'id-3', sections: [] }], true, 1).state,
        {
          id: 'elsewhere',
          slug: 'story-4',
          title: 'Story 4',
          dek: null,
          date: null,
          source: null,
          readingMinutes: 2,
          sections: [],
        },
        true,
        2,
      ),
      { ...DEFAULT_SETTINGS, width: 'wide' },
      'system',
      new Date(0),
    );
    renderApp('/settings', memoryReader(files()));
    const input = (await screen.findByLabelText('Import from a file')) as HTMLInputElement;
    fireEvent.change(input, {
      target: { files: [new File([JSON.stringify(exported)], 'state.json', { type: 'application/json' })] },
    });
    expect(await screen.findByText('Imported 1 read, 1 saved and 0 history entries.')).toBeInTheDocument();
    expect(readerStore.get().saved.map((entry) => entry.article.title)).toEqual(['Story 4']);
    expect(document.documentElement.getAttribute('data-width')).toBe('wide');

    fireEvent.change(input, { target: { files: [new File(['{"format":"something else"}'], 'x.json')] } });
    expect(
      await screen.findByText('Nothing imported: This is not a Broadsheet reading-state file.'),
    ).toBeInTheDocument();
  });

  it('keeps working and says so when storage refuses to keep anything', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const { user } = renderApp('/latest', memoryReader(files()));
    await screen.findByRole('link', { name: 'Story 1' });
    expect(screen.queryByText(NOTICE)).not.toBeInTheDocument();
    await user.click(within(rowOf('Story 2')).getByRole('button', { name: /^Save/ }));
    expect(screen.getByText(NOTICE)).toBeInTheDocument();
    expect(within(rowOf('Story 2')).getByRole('button', { name: /^Saved/ })).toBeInTheDocument();
  });
});
