// The share and search tags of each kind of page, exactly: with and without SITE_URL, a date, an
// image of its own and a byline.
import { describe, expect, it } from 'vitest';
import { jsonForScript } from '../../src/app/lib/html';
import { MAX_ARTICLE_TAGS, ogLocale, shareTags, type ShareSite } from '../../src/app/lib/shareTags';
import type { Article, Picture } from '../../src/model/article';

function remote(src: string, alt: string): Picture {
  return { src, alt, width: null, height: null, variants: [] };
}

const SITE: ShareSite = {
  siteTitle: 'The Gazette',
  siteUrl: 'https://example.org/news/',
  siteLang: 'en-GB',
  siteDescription: null,
  sections: [
    { slug: 'politics', name: 'Politics', count: 3 },
    { slug: 'sport', name: 'Sport', count: 1 },
  ],
};
const NO_URL: ShareSite = { ...SITE, siteUrl: null };

function article(fields: Partial<Article> = {}): Article {
  return {
    id: 'a1',
    slug: 'vote',
    title: 'Parliament votes',
    dek: 'A close result.',
    date: '2025-03-04',
    source: 'Wire',
    readingMinutes: 2,
    sections: [{ slug: 'politics', name: 'Politics', confidence: 1 }],
    file: 'a.md',
    byline: 'Ann Lee',
    url: null,
    caption: { text: 'The chamber', credit: null, image: remote('https://img.example.com/chamber.jpg', 'The chamber') },
    body: [],
    wordCount: 400,
    entities: {
      people: [{ name: 'Ann Lee', slug: 'ann-lee', count: 2 }],
      places: [{ name: 'London', slug: 'london', count: 5 }],
      organisations: [],
    },
    prev: null,
    next: null,
    ...fields,
  };
}

const META = { title: 'Parliament votes — The Gazette', description: 'A close result.' };

/** The JSON-LD graph of a tag list, parsed; undefined when there is none. */
function graphOf(tags: string[]): Record<string, unknown>[] | undefined {
  const script = tags.find((t) => t.startsWith('<script type="application/ld+json">'));
  if (!script) return undefined;
  const json = script.slice('<script type="application/ld+json">'.length, -'</script>'.length);
  const parsed = JSON.parse(json) as { '@context': string; '@graph': Record<string, unknown>[] };
  expect(parsed['@context']).toBe('https://schema.org');
  return parsed['@graph'];
}
const withoutScript = (tags: string[]) => tags.filter((t) => !t.startsWith('<script'));

const PUBLISHER = {
  '@type': 'Organization',
  name: 'The Gazette',
  url: 'https://example.org/news/',
  logo: { '@type': 'ImageObject', url: 'https://example.org/news/icons/icon-512.png', width: 512, height: 512 },
};

describe('shareTags on an article page', () => {
  it('describes a dated article with its own image and a byline', () => {
    const tags = shareTags(SITE, '/articles/vote', META, { kind: 'article', article: article() });
    expect(withoutScript(tags)).toEqual([
      '<link rel="canonical" href="https://example.org/news/articles/vote">',
      '<meta property="og:type" content="article">',
      '<meta property="og:url" content="https://example.org/news/articles/vote">',
      '<meta property="og:title" content="Parliament votes">',
      '<meta property="og:description" content="A close result.">',
      '<meta property="og:site_name" content="The Gazette">',
      '<meta property="og:locale" content="en_GB">',
      '<meta property="og:image" content="https://img.example.com/chamber.jpg">',
      '<meta property="og:image:alt" content="The chamber">',
      '<meta property="article:published_time" content="2025-03-04">',
      '<meta property="article:section" content="Politics">',
      '<meta property="article:tag" content="London">',
      '<meta property="article:tag" content="Ann Lee">',
      '<meta name="twitter:card" content="summary_large_image">',
    ]);
    expect(graphOf(tags)).toEqual([
      {
        '@type': 'NewsArticle',
        headline: 'Parliament votes',
        description: 'A close result.',
        datePublished: '2025-03-04',
        author: { '@type': 'Person', name: 'Ann Lee' },
        publisher: PUBLISHER,
        image: ['https://img.example.com/chamber.jpg'],
        articleSection: 'Politics',
        inLanguage: 'en-GB',
        mainEntityOfPage: 'https://example.org/news/articles/vote',
        isAccessibleForFree: true,
      },
      {
        '@type': 'BreadcrumbList',
        itemListElement: [
          { '@type': 'ListItem', position: 1, name: 'The Gazette', item: 'https://example.org/news/' },
          { '@type': 'ListItem', position: 2, name: 'Politics', item: 'https://example.org/news/topics/politics' },
          {
            '@type': 'ListItem',
            position: 3,
            name: 'Parliament votes',
            item: 'https://example.org/news/articles/vote',
          },
        ],
      },
    ]);
  });

  it('gives an undated article without an image its section card, no date, and the source as author', () => {
    const tags = shareTags(SITE, '/articles/vote', META, {
      kind: 'article',
      article: article({
        date: null,
        caption: null,
        byline: null,
        sections: [{ slug: 'sport', name: 'Sport', confidence: 0.8 }],
      }),
    });
    expect(tags).toContain('<meta property="og:image" content="https://example.org/news/cards/sections/sport.png">');
    expect(tags).toContain('<meta property="og:image:width" content="1200">');
    expect(tags).toContain('<meta property="og:image:height" content="630">');
    expect(tags).toContain('<meta property="og:image:alt" content="The Gazette: Sport">');
    expect(tags.some((t) => t.includes('published_time'))).toBe(false);
    const news = graphOf(tags)![0]!;
    expect(news.datePublished).toBeUndefined();
    expect(news.author).toEqual({ '@type': 'Organization', name: 'Wire' });
    expect(news.image).toEqual(['https://example.org/news/cards/sections/sport.png']);
  });

  it('claims no author when neither byline nor source says, and uses the site card without a section', () => {
    const tags = shareTags(SITE, '/articles/vote', META, {
      kind: 'article',
      article: article({ byline: null, source: null, caption: null, sections: [] }),
    });
    const news = graphOf(tags)![0]!;
    expect('author' in news).toBe(false);
    expect('articleSection' in news).toBe(false);
    expect(tags).toContain('<meta property="og:image" content="https://example.org/news/cards/site.png">');
    expect(tags).toContain('<meta property="og:image:alt" content="The Gazette">');
    expect(tags.some((t) => t.includes('article:section'))).toBe(false);
    // Home, then the article: no section to pass through.
    expect((graphOf(tags)![1]!.itemListElement as unknown[]).length).toBe(2);
  });

  it('an image caption without text takes the headline as alt; the most mentioned entities are the tags, at most ten', () => {
    const people = Array.from({ length: 15 }, (_, i) => ({ name: `Person ${i}`, slug: `p${i}`, count: i }));
    const tags = shareTags(SITE, '/articles/vote', META, {
      kind: 'article',
      article: article({
        caption: { text: '', credit: null, image: remote('https://img.example.com/x.jpg', '') },
        entities: { people, places: [], organisations: [] },
      }),
    });
    expect(tags).toContain('<meta property="og:image:alt" content="Parliament votes">');
    const named = tags.filter((t) => t.includes('article:tag')).map((t) => /content="([^"]*)"/.exec(t)![1]);
    expect(named).toHaveLength(MAX_ARTICLE_TAGS);
    expect(named[0]).toBe('Person 14');
    expect(named.at(-1)).toBe('Person 5');
  });

  it("shares a local image's widest copy, with its size, under the site's address; without one, the article has no og:image", () => {
    const local: Picture = {
      src: 'images/abc-1440.webp',
      alt: 'The chamber',
      width: 1440,
      height: 960,
      variants: [
        { width: 480, webp: 'images/abc-480.webp', avif: 'images/abc-480.avif' },
        { width: 1440, webp: 'images/abc-1440.webp', avif: 'images/abc-1440.avif' },
      ],
    };
    const subject = {
      kind: 'article' as const,
      article: article({ caption: { text: 'The chamber', credit: null, image: local } }),
    };
    const tags = shareTags(SITE, '/articles/vote', META, subject);
    expect(tags).toContain('<meta property="og:image" content="https://example.org/news/images/abc-1440.webp">');
    expect(tags).toContain('<meta property="og:image:width" content="1440">');
    expect(tags).toContain('<meta property="og:image:height" content="960">');
    expect(tags).toContain('<meta property="og:image:alt" content="The chamber">');
    expect(shareTags(NO_URL, '/articles/vote', META, subject).some((t) => t.includes('og:image'))).toBe(false);
  });
});

describe('shareTags on list pages', () => {
  it('a section page is a website with its card and a breadcrumb', () => {
    const meta = { title: 'Politics — The Gazette', description: 'The latest news about Politics from The Gazette.' };
    const tags = shareTags(SITE, '/topics/politics', meta, {
      kind: 'facet',
      facet: 'sections',
      slug: 'politics',
      name: 'Politics',
    });
    expect(withoutScript(tags)).toEqual([
      '<link rel="canonical" href="https://example.org/news/topics/politics">',
      '<meta property="og:type" content="website">',
      '<meta property="og:url" content="https://example.org/news/topics/politics">',
      '<meta property="og:title" content="Politics">',
      '<meta property="og:description" content="The latest news about Politics from The Gazette.">',
      '<meta property="og:site_name" content="The Gazette">',
      '<meta property="og:locale" content="en_GB">',
      '<meta property="og:image" content="https://example.org/news/cards/sections/politics.png">',
      '<meta property="og:image:width" content="1200">',
      '<meta property="og:image:height" content="630">',
      '<meta property="og:image:alt" content="The Gazette: Politics">',
      '<meta name="twitter:card" content="summary_large_image">',
    ]);
    expect(graphOf(tags)).toEqual([
      {
        '@type': 'BreadcrumbList',
        itemListElement: [
          { '@type': 'ListItem', position: 1, name: 'The Gazette', item: 'https://example.org/news/' },
          { '@type': 'ListItem', position: 2, name: 'Politics', item: 'https://example.org/news/topics/politics' },
        ],
      },
    ]);
  });

  it('an entity page has the site card and a breadcrumb from home', () => {
    const meta = { title: 'Ann Lee — The Gazette', description: 'About Ann Lee.' };
    const tags = shareTags(SITE, '/people/ann-lee', meta, {
      kind: 'facet',
      facet: 'people',
      slug: 'ann-lee',
      name: 'Ann Lee',
    });
    expect(tags).toContain('<meta property="og:image" content="https://example.org/news/cards/site.png">');
    expect(tags).toContain('<meta property="og:title" content="Ann Lee">');
    expect(graphOf(tags)).toEqual([
      {
        '@type': 'BreadcrumbList',
        itemListElement: [
          { '@type': 'ListItem', position: 1, name: 'The Gazette', item: 'https://example.org/news/' },
          { '@type': 'ListItem', position: 2, name: 'Ann Lee', item: 'https://example.org/news/people/ann-lee' },
        ],
      },
    ]);
  });

  it('the home page is a WebSite whose SearchAction opens /search?q=', () => {
    const tags = shareTags(SITE, '/', { title: 'The Gazette', description: 'News.' }, { kind: 'home' });
    expect(tags[0]).toBe('<link rel="canonical" href="https://example.org/news/">');
    expect(tags).toContain('<meta property="og:title" content="The Gazette">');
    expect(graphOf(tags)).toEqual([
      {
        '@type': 'WebSite',
        name: 'The Gazette',
        description: 'News.',
        inLanguage: 'en-GB',
        url: 'https://example.org/news/',
        potentialAction: {
          '@type': 'SearchAction',
          target: { '@type': 'EntryPoint', urlTemplate: 'https://example.org/news/search?q={search_term_string}' },
          'query-input': 'required name=search_term_string',
        },
      },
    ]);
  });

  it('a plain page (search, saved) has canonical and Open Graph but no JSON-LD', () => {
    const tags = shareTags(
      SITE,
      '/search',
      { title: 'Search — The Gazette', description: 'Search.' },
      { kind: 'page' },
    );
    expect(tags).toContain('<link rel="canonical" href="https://example.org/news/search">');
    expect(tags).toContain('<meta property="og:title" content="Search — The Gazette">');
    expect(graphOf(tags)).toBeUndefined();
  });
});

describe('shareTags without SITE_URL', () => {
  it('leaves out every tag and field that needs an absolute URL, keeping the rest', () => {
    const home = shareTags(NO_URL, '/', { title: 'The Gazette', description: 'News.' }, { kind: 'home' });
    expect(home).toEqual([
      '<meta property="og:type" content="website">',
      '<meta property="og:title" content="The Gazette">',
      '<meta property="og:description" content="News.">',
      '<meta property="og:site_name" content="The Gazette">',
      '<meta property="og:locale" content="en_GB">',
      '<meta name="twitter:card" content="summary">',
      '<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"The Gazette","description":"News.","inLanguage":"en-GB"}]}</script>',
    ]);
    const page = shareTags(NO_URL, '/articles/vote', META, { kind: 'article', article: article({ caption: null }) });
    expect(page.some((t) => /canonical|og:url|og:image/.test(t))).toBe(false);
    expect(page).toContain('<meta name="twitter:card" content="summary">');
    const [news, crumbs] = graphOf(page)!;
    expect(news).toEqual({
      '@type': 'NewsArticle',
      headline: 'Parliament votes',
      description: 'A close result.',
      datePublished: '2025-03-04',
      author: { '@type': 'Person', name: 'Ann Lee' },
      publisher: { '@type': 'Organization', name: 'The Gazette' },
      articleSection: 'Politics',
      inLanguage: 'en-GB',
      isAccessibleForFree: true,
    });
    expect(crumbs!.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'The Gazette' },
      { '@type': 'ListItem', position: 2, name: 'Politics' },
      { '@type': 'ListItem', position: 3, name: 'Parliament votes' },
    ]);
  });

  it('still names an article’s own image, which is an absolute URL of its own', () => {
    const page = shareTags(NO_URL, '/articles/vote', META, { kind: 'article', article: article() });
    expect(page).toContain('<meta property="og:image" content="https://img.example.com/chamber.jpg">');
    expect(page).toContain('<meta name="twitter:card" content="summary_large_image">');
  });
});

describe('text in tags and JSON-LD', () => {
  it('og:locale writes the region after an underscore', () => {
    expect(ogLocale('en')).toBe('en');
    expect(ogLocale('pt-BR')).toBe('pt_BR');
  });

  it('escapes attributes, and keeps JSON-LD one script element whose JSON reads back the same', () => {
    const hostile = '</script><script>alert(1)</script> & "q" \u2028 <!-- \'';
    const tags = shareTags(
      SITE,
      '/articles/vote',
      { title: hostile, description: hostile },
      {
        kind: 'article',
        article: article({ title: hostile, dek: hostile, byline: hostile }),
      },
    );
    expect(tags).toContain(
      `<meta property="og:title" content="&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot; \u2028 &lt;!-- &#39;">`,
    );
    const script = tags.find((t) => t.startsWith('<script'))!;
    const inner = script.slice('<script type="application/ld+json">'.length, -'</script>'.length);
    expect(inner).not.toMatch(/[<>&\u2028\u2029]/);
    const news = graphOf(tags)![0]!;
    expect(news.headline).toBe(hostile);
    expect(news.description).toBe(hostile);
    expect(news.author).toEqual({ '@type': 'Person', name: hostile });
  });

  it('jsonForScript keeps lone surrogates as escapes, so the JSON stays valid UTF-8 text', () => {
    const text = jsonForScript({ a: '\ud800x\u2029' });
    expect(text).toBe('{"a":"\\ud800x\\u2029"}');
    expect(JSON.parse(text)).toEqual({ a: '\ud800x\u2029' });
  });
});
