// The front page (/): the lead story, top stories, a block per section, the entities in the
// news, and a way to every article; a one-article site still has a page that looks meant.
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { readerStore } from '../../src/app/stores/readerStore';
import { buildSiteData, numberedSpecs } from './support/site';
import { memoryReader, renderApp } from './support/renderApp';

beforeEach(() => {
  window.localStorage.clear();
  readerStore.reload();
});

const sectionOf = (n: number) => [n % 3 === 0 ? 'Sport' : n % 3 === 1 ? 'Politics' : 'Business'];

describe('front page', () => {
  it('leads with the newest story, large, with its dek and reading time, then the top stories', async () => {
    renderApp('/', memoryReader(buildSiteData(numberedSpecs(30, sectionOf))));
    const lead = await screen.findByRole('region', { name: 'Lead story' });
    const leadHeading = within(lead).getAllByRole('heading', { level: 2 })[0]!;
    expect(leadHeading).toHaveTextContent('Story 1');
    expect(within(leadHeading).getByRole('link')).toHaveAttribute('href', '/articles/story-1');
    expect(within(lead).getByText('Dek of story 1')).toBeInTheDocument();
    expect(within(lead).getAllByText('3 min read').length).toBeGreaterThan(0);
    const top = screen.getByRole('region', { name: 'Top stories' });
    expect(within(top).getAllByRole('heading', { level: 3 }).length).toBeGreaterThan(0);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('The Test Gazette');
  });

  it('gives each section a block of its newest stories not shown above, and a link to the rest', async () => {
    renderApp('/', memoryReader(buildSiteData(numberedSpecs(30, sectionOf))));
    const politics = await screen.findByRole('region', { name: 'Politics' });
    const headlines = within(politics)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(headlines.length).toBeGreaterThanOrEqual(3);
    expect(headlines.length).toBeLessThanOrEqual(5);
    const above = [
      ...within(screen.getByRole('region', { name: 'Lead story' })).getAllByRole('heading'),
      ...within(screen.getByRole('region', { name: 'Top stories' })).getAllByRole('heading', { level: 3 }),
    ].map((h) => h.textContent);
    for (const headline of headlines) expect(above).not.toContain(headline);
    expect(within(politics).getByRole('link', { name: 'More Politics' })).toHaveAttribute('href', '/topics/politics');
    expect(screen.getByRole('region', { name: 'Sport' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'All 30 articles, newest first' })).toHaveAttribute('href', '/latest');
  });

  it('names the entities in the news with their newest headline', async () => {
    const specs = numberedSpecs(3).map((spec, i) => ({ ...spec, people: i < 2 ? ['Ada Lovelace'] : [] }));
    renderApp('/', memoryReader(buildSiteData(specs)));
    const news = await screen.findByRole('region', { name: 'In the news' });
    expect(within(news).getByRole('link', { name: 'Ada Lovelace' })).toHaveAttribute('href', '/people/ada-lovelace');
    expect(within(news).getByText('Person, 2 articles')).toBeInTheDocument();
    expect(within(news).getByRole('link', { name: 'Story 1' })).toHaveAttribute('href', '/articles/story-1');
  });

  it('on a one-article site shows that article as the lead, and no empty blocks', async () => {
    renderApp('/', memoryReader(buildSiteData(numberedSpecs(1))));
    const lead = await screen.findByRole('region', { name: 'Lead story' });
    expect(within(lead).getByRole('link', { name: 'Story 1' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Top stories' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'World' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Developing stories' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'All 1 article, newest first' })).toHaveAttribute('href', '/latest');
  });

  it('says so on a site with no articles', async () => {
    renderApp('/', memoryReader(buildSiteData([])));
    expect(await screen.findByText('No articles yet.')).toBeInTheDocument();
  });

  it('lets the keys move through its stories and save one', async () => {
    const { user } = renderApp('/', memoryReader(buildSiteData(numberedSpecs(6))));
    await screen.findByRole('region', { name: 'Lead story' });
    await user.keyboard('j');
    expect(document.activeElement).toHaveTextContent('Story 1');
    await user.keyboard('s');
    await waitFor(() =>
      expect(
        within(screen.getByRole('region', { name: 'Lead story' })).getByRole('button', { name: /^Saved\s*Story 1$/ }),
      ).toBeInTheDocument(),
    );
  });

  it('shows the designed error when the front page data cannot be read', async () => {
    const files = buildSiteData(numberedSpecs(3));
    files.delete('front.json');
    renderApp('/', memoryReader(files));
    expect(await screen.findByRole('alert')).toHaveTextContent('Something went wrong');
  });
});
