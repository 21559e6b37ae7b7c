import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildSiteData, numberedSpecs } from './support/site';
import { memoryReader, renderApp } from './support/renderApp';
import { setRouteWarmer } from '../../src/app/lib/warmRoute';
import { routePaths } from '../../src/model/routes';

const rowHeadlines = () =>
  within(screen.getByRole('region', { name: 'Articles' }))
    .getAllByRole('heading', { level: 2 })
    .map((h) => h.textContent);

describe('latest list', () => {
  it('shows each row with headline link, dek, section, date and reading time, newest first', async () => {
    const files = buildSiteData([
      { title: 'Older story', dek: 'What happened before', date: '2025-12-01', sections: ['Politics'] },
      { title: 'Undated story', dek: null, date: null, sections: ['Sport'] },
      { title: 'Newest story', dek: 'What happened today', date: '2025-12-06', sections: ['Economy'] },
    ]);
    renderApp('/latest', memoryReader(files));

    expect(await screen.findByRole('link', { name: 'Newest story' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Latest news' })).toBeInTheDocument();
    expect(rowHeadlines()).toEqual(['Newest story', 'Older story', 'Undated story']);

    const newest = screen.getByRole('link', { name: 'Newest story' });
    expect(newest).toHaveAttribute('href', '/articles/newest-story');
    const row = newest.closest('article')!;
    expect(within(row).getByText('What happened today')).toBeInTheDocument();
    expect(within(row).getByRole('link', { name: 'Economy' })).toHaveAttribute('href', '/topics/economy');
    expect(within(row).getByText('6 December 2025').tagName).toBe('TIME');
    expect(within(row).getByText('6 December 2025')).toHaveAttribute('datetime', '2025-12-06');
    expect(within(row).getByText('3 min read')).toBeInTheDocument();

    // A date only where there is one: no "Undated" in a row without.
    const undated = screen.getByRole('link', { name: 'Undated story' }).closest('article')!;
    expect(within(undated).queryByText('Undated', { exact: true })).not.toBeInTheDocument();
    expect(within(undated).queryByRole('time')).not.toBeInTheDocument();
    expect(within(undated).getByText('3 min read')).toBeInTheDocument();
    expect(screen.getByText('Showing 3 of 3 articles')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  });

  it('shows the site title, section navigation with counts and the theme toggle in the header', async () => {
    const files = buildSiteData(numberedSpecs(3, (n) => (n === 1 ? ['Sport'] : ['Politics'])));
    renderApp('/latest', memoryReader(files));
    const banner = await screen.findByRole('banner');
    expect(await within(banner).findByRole('link', { name: 'The Test Gazette' })).toHaveAttribute('href', '/');
    const nav = within(banner).getByRole('navigation', { name: 'Sections' });
    expect(within(nav).getByRole('link', { name: 'Politics 2 articles' })).toHaveAttribute('href', '/topics/politics');
    expect(within(nav).getByRole('link', { name: 'Sport 1 articles' })).toHaveAttribute('href', '/topics/sport');
    expect(screen.getByRole('button', { name: 'Switch to dark theme' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Skip to content' })).toHaveAttribute('href', '#main');
  });

  it('loads the next chunk only when asked, and only that chunk', async () => {
    const reads: string[] = [];
    const files = buildSiteData(numberedSpecs(45));
    const { user } = renderApp('/latest', memoryReader(files, reads));

    expect(await screen.findByRole('link', { name: 'Story 1' })).toBeInTheDocument();
    expect(rowHeadlines()).toHaveLength(30);
    expect(screen.getByText('Showing 30 of 45 articles')).toBeInTheDocument();
    expect(reads.filter((path) => path.startsWith('chunks/'))).toEqual(['chunks/0.json']);

    await user.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByRole('link', { name: 'Story 45' })).toBeInTheDocument();
    expect(rowHeadlines()).toHaveLength(45);
    expect(rowHeadlines()[30]).toBe('Story 31');
    expect(screen.getByText('Showing 45 of 45 articles')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
    expect(reads.filter((path) => path.startsWith('chunks/'))).toEqual(['chunks/0.json', 'chunks/1.json']);
  });

  it('takes an old /page/N address to /latest/page/N, keeping the query, inside the app', async () => {
    const files = buildSiteData(numberedSpecs(45));
    const { router } = renderApp('/page/2?sections=world', memoryReader(files));
    expect(await screen.findByRole('link', { name: 'Story 31' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/latest/page/2');
    expect(router.state.location.search).toBe('?sections=world');
    expect(router.state.historyAction).toBe('REPLACE');
  });

  it('prefetches an article when its link is hovered or focused', async () => {
    const reads: string[] = [];
    const files = buildSiteData(numberedSpecs(2));
    const { user } = renderApp('/latest', memoryReader(files, reads));
    const link = await screen.findByRole('link', { name: 'Story 2' });
    expect(reads).not.toContain('articles/story-2.json');
    await user.hover(link);
    expect(reads).toContain('articles/story-2.json');
    screen.getByRole('link', { name: 'Story 1' }).focus();
    expect(reads).toContain('articles/story-1.json');
  });

  it("starts loading the article page's code with its data, so the click needs no chunk", async () => {
    const warmed: string[] = [];
    setRouteWarmer((path) => warmed.push(path));
    try {
      const { user } = renderApp('/latest', memoryReader(buildSiteData(numberedSpecs(2))));
      await user.hover(await screen.findByRole('link', { name: 'Story 2' }));
      expect(warmed).toEqual([routePaths.article('story-2')]);
    } finally {
      setRouteWarmer(() => undefined);
    }
  });
});
