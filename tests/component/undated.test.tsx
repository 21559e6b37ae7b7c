// A date only where there is one (issue 14, item 5): on an undated corpus such as the BBC's, every
// place that shows an article's date shows nothing instead, with no separator left dangling.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { ArticleSummary, RelatedLink } from '../../src/model/article';
import { dataPaths, type Manifest, type Story } from '../../src/model/data';
import { ArticleHeader } from '../../src/app/features/article/components/ArticleHeader';
import { RelatedCoverage } from '../../src/app/features/article/components/RelatedCoverage';
import { SearchResultItem } from '../../src/app/features/search/components/SearchResultItem';
import { StoryView } from '../../src/app/features/stories/components/StoryView';
import { buildSiteData, siteArticles, type ArticleSpec } from './support/site';

function show(node: ReactNode): HTMLElement {
  const client = new QueryClient();
  return render(
    <QueryClientProvider client={client}>
      <MemoryRouter>{node}</MemoryRouter>
    </QueryClientProvider>,
  ).container;
}

/** The small print under each headline of a list: the text of every `p` that holds no headline link. */
function smallPrint(container: HTMLElement): string[] {
  return [...container.querySelectorAll('li p')].map((p) => p.textContent ?? '');
}

const DATED: ArticleSpec = { title: 'Dated story', slug: 'dated', date: '2025-12-10', source: 'Reuters' };
const UNDATED_WITH_SOURCE: ArticleSpec = {
  title: 'Story with a source',
  slug: 'with-source',
  date: null,
  source: 'BBC',
};
const BARE: ArticleSpec = { title: 'Bare story', slug: 'bare', date: null, source: null };

const links = (specs: ArticleSpec[]): RelatedLink[] =>
  siteArticles(specs).map(({ id, slug, title, date, source }) => ({ id, slug, title, date, source }));

describe('an article without a date', () => {
  it('has no date, no "Undated" and no leading dot on a story’s timeline', () => {
    const articles: ArticleSummary[] = siteArticles([DATED, UNDATED_WITH_SOURCE, BARE]);
    const story: Story = {
      slug: 'the-story',
      title: 'The story',
      count: 3,
      articles,
      sources: [],
      entities: { people: [], places: [], organisations: [] },
    };
    const container = show(<StoryView story={story} />);
    // The bare article has no small print at all: no empty line above its headline.
    expect(smallPrint(container)).toEqual(['10 December 2025·Reuters', 'BBC']);
    expect(container.textContent).not.toContain('Undated');
  });

  it('has no date, no "Undated" and no leading dot in related coverage', () => {
    const container = show(<RelatedCoverage related={links([DATED, UNDATED_WITH_SOURCE, BARE])} />);
    expect(smallPrint(container)).toEqual(['10 December 2025·Reuters', 'BBC']);
    expect(container.textContent).not.toContain('Undated');
  });

  it('has no date line in a search result, and a dated one keeps its date', () => {
    const manifest = buildSiteData([DATED]).get(dataPaths.manifest()) as Manifest;
    const hit = (date: string | null) => ({
      id: 'x',
      slug: 'x',
      title: 'A result',
      date,
      sections: [],
      headline: [{ text: 'A result', mark: false }],
      snippet: [{ text: 'Some words.', mark: false }],
    });
    const undated = show(<SearchResultItem hit={hit(null)} manifest={manifest} />);
    expect([...undated.querySelectorAll('p')].map((p) => p.textContent)).toEqual(['Some words.']);
    expect(undated.querySelector('time')).toBeNull();
    const dated = show(<SearchResultItem hit={hit('2025-12-10')} manifest={manifest} />);
    expect(dated.querySelector('time')?.textContent).toBe('10 December 2025');
  });

  it('has no date and no "Undated" in the article header, whose other details stay', () => {
    const [bare] = siteArticles([{ ...BARE, byline: 'Jane Reporter' }]);
    const container = show(<ArticleHeader article={bare!} />);
    expect(container.querySelector('time')).toBeNull();
    expect(container.textContent).not.toContain('Undated');
    expect(container.textContent).toContain('Jane Reporter');
    const [dated] = siteArticles([DATED]);
    expect(
      show(<ArticleHeader article={dated!} />)
        .querySelector('time')
        ?.getAttribute('datetime'),
    ).toBe('2025-12-10');
  });
});
