// Subscribe links appear only when the build wrote feeds (it had a SITE_URL), and point at the
// feed of the page they sit on.
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildSiteData, numberedSpecs } from './support/site';
import { memoryReader, renderApp } from './support/renderApp';

const SITE = 'https://example.org/news/';

describe('Subscribe links', () => {
  it("link a topic page's own feed beside its heading and the site's feed in the footer", async () => {
    renderApp(
      '/topics/politics',
      memoryReader(
        buildSiteData(
          numberedSpecs(2, () => ['Politics']),
          'The Test Gazette',
          SITE,
        ),
      ),
    );
    await screen.findByRole('heading', { level: 1, name: 'Politics' });
    const href = (text: string) =>
      screen
        .getAllByRole('link')
        .find((link) => link.textContent === text)
        ?.getAttribute('href');
    expect(href('Subscribe to Politics (RSS)')).toBe(`${SITE}topics/politics/rss.xml`);
    expect(href('Subscribe to The Test Gazette (RSS)')).toBe(`${SITE}rss.xml`);
  });

  it('are absent when the site has no address, so no link points at a feed that was not written', async () => {
    renderApp('/topics/politics', memoryReader(buildSiteData(numberedSpecs(2, () => ['Politics']))));
    await screen.findByRole('heading', { level: 1, name: 'Politics' });
    expect(screen.getAllByRole('link').filter((link) => link.textContent?.startsWith('Subscribe'))).toEqual([]);
  });
});
