import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildSiteData, type ArticleSpec } from './support/site';
import { memoryReader, renderApp } from './support/renderApp';

const HOSTILE = '<img src=x onerror=alert(1)>';

const seedLike: ArticleSpec = {
  title: "Mexico defends extradition as 'sovereign choice'",
  slug: 'mexico-defends-extradition',
  dek: 'Mexico comes first, above everything else',
  byline: 'Jane Reporter',
  date: '2025-12-10',
  source: 'Reuters',
  url: 'https://example.com/story',
  sections: ['Politics', 'Crime'],
  people: ['Claudia Sheinbaum'],
  places: ['Mexico'],
  organisations: ['US Justice Department'],
  caption: { text: 'Cartel leaders are flown to the US, December 6 2025.', credit: 'Reuters', image: null },
  body: [
    { type: 'p', children: ['Mexican President Claudia Sheinbaum said on Wednesday the transfers were lawful.'] },
    { type: 'p', children: [HOSTILE] },
    { type: 'h', level: 4, children: ['Background'] },
    {
      type: 'p',
      children: [
        'Read ',
        { type: 'a', href: 'https://example.org/report', children: ['the report'] },
        ' or ',
        { type: 'a', href: 'javascript:alert(1)', children: ['this trap'] },
        ', with ',
        { type: 'em', children: ['emphasis'] },
        '.',
      ],
    },
    { type: 'ul', items: [['first point'], ['second point']] },
    { type: 'quote', children: [{ type: 'p', children: ['A quoted line.'] }] },
  ],
};

function renderArticle(spec: ArticleSpec, others: ArticleSpec[] = []) {
  const files = buildSiteData([spec, ...others]);
  return renderApp(`/articles/${spec.slug}`, memoryReader(files));
}

describe('article page', () => {
  it('shows kicker, headline, dek, byline, date, source, reading time and caption with credit', async () => {
    renderArticle(seedLike);
    const heading = await screen.findByRole('heading', { level: 1 });
    expect(heading).toHaveTextContent(seedLike.title);
    const article = heading.closest('article')!;
    const kicker = within(heading.closest('header')!).getByRole('link', { name: 'Politics' });
    expect(kicker).toHaveAttribute('href', '/topics/politics');
    expect(within(article).getByText('Mexico comes first, above everything else')).toBeInTheDocument();
    expect(within(article).getByText('By Jane Reporter')).toBeInTheDocument();
    expect(within(article).getByText('10 December 2025')).toHaveAttribute('datetime', '2025-12-10');
    const source = within(article).getByRole('link', { name: 'Reuters' });
    expect(source).toHaveAttribute('href', 'https://example.com/story');
    expect(source).toHaveAttribute('rel', 'noopener noreferrer');
    expect(within(article).getByText('3 min read')).toBeInTheDocument();
    const figure = within(article).getByRole('figure');
    expect(figure).toHaveTextContent('Cartel leaders are flown to the US, December 6 2025.');
    expect(figure).toHaveTextContent('Photo: Reuters');
    expect(within(figure).queryByRole('img')).not.toBeInTheDocument();
    // Without its picture, the caption says it is one rather than standing alone like a quotation.
    expect(within(figure).getByText('Picture')).toBeInTheDocument();
  });

  it('shows a remote lead image eagerly in a reserved 3:2 box, and a local body image lazily with its size and srcsets', async () => {
    const variants = [480, 960].map((w) => ({ width: w, webp: `images/k-${w}.webp`, avif: `images/k-${w}.avif` }));
    const remote = { src: 'https://img.example/lead.jpg', alt: 'The quay', width: null, height: null, variants: [] };
    renderArticle({
      ...seedLike,
      caption: { text: 'The quay', credit: null, image: remote },
      body: [
        { type: 'p', children: ['Text.'] },
        { type: 'img', src: 'images/k-960.webp', alt: 'A map', width: 960, height: 640, variants },
      ],
    });
    const lead = await screen.findByRole('img', { name: 'The quay' });
    // With its picture, the caption needs no label.
    expect(within(lead.closest('figure')!).queryByText('Picture')).not.toBeInTheDocument();
    expect(lead).toHaveAttribute('src', 'https://img.example/lead.jpg');
    expect(lead).toHaveAttribute('loading', 'eager');
    expect(lead).not.toHaveAttribute('width');
    expect(lead.className).toContain('aspect-[3/2]');
    const map = screen.getByRole('img', { name: 'A map' });
    expect(map).toHaveAttribute('src', '/images/k-960.webp');
    expect(map).toHaveAttribute('srcset', '/images/k-480.webp 480w, /images/k-960.webp 960w');
    expect(map).toHaveAttribute('width', '960');
    expect(map).toHaveAttribute('height', '640');
    expect(map).toHaveAttribute('loading', 'lazy');
    const avif = map.parentElement!.querySelector('source')!;
    expect(avif).toHaveAttribute('type', 'image/avif');
    expect(avif).toHaveAttribute('srcset', '/images/k-480.avif 480w, /images/k-960.avif 960w');
  });

  it('renders the body as text: markup in a seed is shown, never run, and only web links are live', async () => {
    const { container } = renderArticle(seedLike);
    expect(await screen.findByText(HOSTILE)).toBeInTheDocument();
    expect(screen.getByText(HOSTILE).tagName).toBe('P');
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('[onerror]')).toBeNull();

    expect(screen.getByText(/Sheinbaum said on Wednesday/).tagName).toBe('P');
    expect(screen.getByRole('link', { name: 'the report' })).toHaveAttribute('rel', 'noopener noreferrer');
    expect(screen.queryByRole('link', { name: 'this trap' })).not.toBeInTheDocument();
    expect(screen.getByText('this trap', { exact: false })).toBeInTheDocument();
    expect(screen.getByText('emphasis').tagName).toBe('EM');
    expect(screen.getByText('first point').tagName).toBe('LI');
    expect(screen.getByText('A quoted line.').closest('blockquote')).not.toBeNull();
    // An h4 straight after the headline is shown as h2, keeping the outline without gaps.
    expect(screen.getByRole('heading', { name: 'Background' }).tagName).toBe('H2');
  });

  it('links its sections and entities to their pages, and its neighbours', async () => {
    renderArticle({ ...seedLike, date: '2025-12-09' }, [
      { title: 'Newer story', date: '2025-12-10' },
      { title: 'Older story', date: '2025-12-08' },
    ]);
    await screen.findByRole('heading', { level: 1 });
    const topics = screen.getByRole('region', { name: 'Topics' });
    expect(within(topics).getByRole('link', { name: 'Politics' })).toHaveAttribute('href', '/topics/politics');
    expect(within(topics).getByRole('link', { name: 'Crime' })).toHaveAttribute('href', '/topics/crime');
    const people = screen.getByRole('region', { name: 'People' });
    expect(within(people).getByRole('link', { name: 'Claudia Sheinbaum' })).toHaveAttribute(
      'href',
      '/people/claudia-sheinbaum',
    );
    expect(
      within(screen.getByRole('region', { name: 'Places' })).getByRole('link', { name: 'Mexico' }),
    ).toHaveAttribute('href', '/places/mexico');
    expect(
      within(screen.getByRole('region', { name: 'Organisations' })).getByRole('link', {
        name: 'US Justice Department',
      }),
    ).toHaveAttribute('href', '/organisations/us-justice-department');

    const more = screen.getByRole('navigation', { name: 'More articles' });
    expect(within(more).getByRole('link', { name: /Previous article\s*Newer story/ })).toHaveAttribute(
      'href',
      '/articles/newer-story',
    );
    expect(within(more).getByRole('link', { name: /Next article\s*Older story/ })).toHaveAttribute(
      'href',
      '/articles/older-story',
    );
  });

  it('shows no date and leaves out what the seed does not give', async () => {
    renderArticle({ title: 'Bare story', slug: 'bare-story', date: null, byline: null, source: null, url: null });
    const heading = await screen.findByRole('heading', { level: 1, name: 'Bare story' });
    const article = heading.closest('article')!;
    expect(within(article).queryByText('Undated')).not.toBeInTheDocument();
    expect(article.querySelector('time')).toBeNull();
    expect(within(article).queryByText(/^By /)).not.toBeInTheDocument();
    expect(within(article).queryByText(/Source:/)).not.toBeInTheDocument();
    expect(within(article).queryByRole('figure')).not.toBeInTheDocument();
  });

  it('shows the calendar date the source printed for a date-time, not the UTC one', async () => {
    // 23:30 in New York is already 11 December in UTC.
    renderArticle({ ...seedLike, date: '2025-12-10T23:30:00-05:00' });
    const heading = await screen.findByRole('heading', { level: 1 });
    const article = heading.closest('article')!;
    expect(within(article).getByText('10 December 2025')).toHaveAttribute('datetime', '2025-12-10T23:30:00-05:00');
  });

  it('shows the designed not-found page for an unknown slug, with a way home', async () => {
    const files = buildSiteData([seedLike]);
    renderApp('/articles/no-such-story', memoryReader(files));
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the front page' })).toHaveAttribute('href', '/');
  });
});
