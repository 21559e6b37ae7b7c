// @vitest-environment jsdom
// Feeds as a reader sees them: each format parsed by a real feed parser (feedsmith), every
// field checked, and hostile text (the shared XSS payload list) kept as text in well-formed XML.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseAtomFeed, parseJsonFeed, parseRssFeed } from 'feedsmith';
import { describe, expect, it } from 'vitest';
import type { Article, Block, Picture } from '../../src/model/article';
import { atomFeed } from '../../src/pipeline/emit/feeds/atom';
import { articleHtml, blockHtml } from '../../src/pipeline/emit/feeds/blocksToHtml';
import {
  FEED_ENTRY_CAP,
  feedArticles,
  feedEntry,
  newestDate,
  oncePerEntry,
  type EntryContent,
  type Feed,
} from '../../src/pipeline/emit/feeds/feed';
import { rfc3339, rfc822 } from '../../src/pipeline/emit/feeds/feedDates';
import { feedFiles } from '../../src/pipeline/emit/feeds/feedFiles';
import { jsonFeed } from '../../src/pipeline/emit/feeds/jsonFeed';
import { escapeMarkup } from '../../src/pipeline/emit/feeds/markup';
import { rssFeed } from '../../src/pipeline/emit/feeds/rss';

const repoRoot = path.resolve(__dirname, '../..');
const payloadFile = path.resolve(repoRoot, '../shared/security/xss_payloads_quick.txt');
const SITE = 'https://example.org/news/';

function article(n: number, over: Partial<Article> = {}): Article {
  return {
    id: `id${n}`,
    slug: `story-${n}`,
    title: `Story ${n}`,
    dek: `Dek ${n}`,
    date: `2025-01-${String(28 - (n % 28)).padStart(2, '0')}`,
    source: null,
    readingMinutes: 1,
    sections: [{ slug: 'politics', name: 'Politics', confidence: 1 }],
    file: `${n}.txt`,
    byline: 'Jane Smith',
    url: null,
    caption: null,
    body: [{ type: 'p', children: [`Body of story ${n}.`] }],
    wordCount: 4,
    entities: { people: [], places: [], organisations: [] },
    prev: null,
    next: null,
    ...over,
  };
}

function remotePicture(src: string, alt: string): Picture {
  return { src, alt, width: null, height: null, variants: [] };
}

function feedOf(articles: Article[], route = '/', content: EntryContent = 'full'): Feed {
  const entries = feedArticles(articles).map((a) => feedEntry(a, SITE, content));
  return {
    route,
    title: 'The Test Gazette',
    description: 'All the news',
    lang: 'fr',
    siteUrl: SITE,
    entries,
    updated: newestDate(entries),
  };
}

/** Strict XML: the DOMParser (jsdom here) reports any well-formedness error as a <parsererror> document. */
function wellFormed(xml: string): boolean {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  return doc.getElementsByTagName('parsererror').length === 0;
}

describe('blocksToHtml', () => {
  it('escapes every text and keeps only http(s) and mailto links live', () => {
    const blocks: Block[] = [
      { type: 'h', level: 2, children: ['A <b>head</b> & ]]> end'] },
      {
        type: 'p',
        children: [
          { type: 'a', href: 'javascript:alert(1)', children: ['bad'] },
          ' ',
          { type: 'a', href: 'https://example.com/?a=1&b="2"', children: [{ type: 'em', children: ['good'] }] },
          ' ',
          { type: 'a', href: 'mailto:desk@example.com', children: ['mail'] },
        ],
      },
      {
        type: 'quote',
        children: [{ type: 'ul', items: [['<script>alert(1)</script>'], [{ type: 'code', children: ['x<y'] }]] }],
      },
    ];
    expect(blocks.map((block) => blockHtml(block, SITE))).toEqual([
      '<h2>A &lt;b&gt;head&lt;/b&gt; &amp; ]]&gt; end</h2>',
      '<p>bad <a href="https://example.com/?a=1&amp;b=&quot;2&quot;"><em>good</em></a> <a href="mailto:desk@example.com">mail</a></p>',
      '<blockquote><ul><li>&lt;script&gt;alert(1)&lt;/script&gt;</li><li><code>x&lt;y</code></li></ul></blockquote>',
    ]);
  });

  it('puts the picture and its caption first, and only a web image', () => {
    const withImage = articleHtml(
      {
        caption: { text: 'A "view"', credit: 'Reuters', image: remotePicture('https://img.example/a.jpg', 'A "view"') },
        body: [],
      },
      SITE,
    );
    expect(withImage).toBe(
      '<figure><img src="https://img.example/a.jpg" alt="A &quot;view&quot;"><figcaption>A &quot;view&quot; <small>Reuters</small></figcaption></figure>',
    );
    const scripted = articleHtml(
      { caption: { text: 'c', credit: null, image: remotePicture('javascript:alert(1)', 'c') }, body: [] },
      SITE,
    );
    expect(scripted).toBe('<figure><figcaption>c</figcaption></figure>');
    // The build's own copy of a local image is named relative to the site: the feed makes it absolute.
    const local: Picture = {
      src: 'images/abc-960.webp',
      alt: 'Map',
      width: 960,
      height: 640,
      variants: [{ width: 960, webp: 'images/abc-960.webp', avif: 'images/abc-960.avif' }],
    };
    expect(articleHtml({ caption: null, body: [{ type: 'img', ...local }] }, SITE)).toBe(
      `<img src="${SITE}images/abc-960.webp" alt="Map" width="960" height="640">`,
    );
  });

  it('drops characters XML cannot hold, keeping tabs, line ends and paired surrogates', () => {
    expect(escapeMarkup('a\u0000b\u0008c\u000bd\te\nf\u001fg\ud800h\ufffei😀')).toBe('abcd\te\nfghi😀');
  });
});

describe('feed dates', () => {
  it('writes RFC 822 for RSS and RFC 3339 elsewhere, a date alone read as midnight UTC', () => {
    expect(rfc822('2025-12-10')).toBe('Wed, 10 Dec 2025 00:00:00 GMT');
    expect(rfc822('2024-02-29T13:05:09.000Z')).toBe('Thu, 29 Feb 2024 13:05:09 GMT');
    expect(rfc3339('2025-12-10')).toBe('2025-12-10T00:00:00Z');
    expect(rfc3339('2024-02-29T13:05:09.250Z')).toBe('2024-02-29T13:05:09Z');
    expect(() => rfc3339('yesterday')).toThrow('not an ISO date: yesterday');
  });
});

describe('which articles a feed holds', () => {
  it('keeps the newest dated articles up to the cap, leaving undated ones out', () => {
    const dated = Array.from({ length: FEED_ENTRY_CAP + 5 }, (_, i) => article(i));
    const undated = [article(900, { date: null }), article(901, { date: null })];
    expect(feedArticles([...dated, ...undated])).toEqual(dated.slice(0, FEED_ENTRY_CAP));
  });

  it('takes undated articles in list order when none is dated', () => {
    const undated = [article(1, { date: null }), article(2, { date: null })];
    expect(feedArticles(undated)).toEqual(undated);
  });
});

describe('RSS 2.0', () => {
  it('parses with every entry field, stable GUIDs from the article id, and dates only where known', () => {
    const xml = rssFeed(feedOf([article(1, { url: 'https://source.example/1' }), article(2, { byline: null })]));
    expect(wellFormed(xml)).toBe(true);
    const feed = parseRssFeed(xml);
    expect(feed).toMatchObject({ title: 'The Test Gazette', link: SITE, description: 'All the news', language: 'fr' });
    expect(feed.lastBuildDate).toBe('Mon, 27 Jan 2025 00:00:00 GMT');
    const [first, second] = feed.items!;
    expect(first).toMatchObject({
      title: 'Story 1',
      link: `${SITE}articles/story-1`,
      guid: { value: 'urn:broadsheet:article:id1', isPermaLink: false },
      pubDate: 'Mon, 27 Jan 2025 00:00:00 GMT',
      description: 'Dek 1',
      categories: [{ name: 'Politics' }],
      dc: { creators: ['Jane Smith'] },
      content: { encoded: '<p>Body of story 1.</p>' },
    });
    expect(second!.dc).toBeUndefined();
    const undated = parseRssFeed(rssFeed(feedOf([article(3, { date: null })])));
    expect(undated.items![0]!.pubDate).toBeUndefined();
    expect(undated.lastBuildDate).toBeUndefined();
  });
});

describe('Atom 1.0', () => {
  it('parses with ids, links, author, categories, summary, HTML content and RFC 3339 dates', () => {
    const xml = atomFeed(feedOf([article(1, { url: 'https://source.example/1' })], '/topics/politics'));
    expect(wellFormed(xml)).toBe(true);
    const feed = parseAtomFeed(xml);
    expect(feed.id).toBe(`${SITE}topics/politics/atom.xml`);
    expect(feed.updated).toBe('2025-01-27T00:00:00Z');
    expect(feed.links).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ rel: 'self', href: `${SITE}topics/politics/atom.xml` }),
        expect.objectContaining({ rel: 'alternate', href: `${SITE}topics/politics` }),
      ]),
    );
    expect(feed.entries![0]).toMatchObject({
      id: 'urn:broadsheet:article:id1',
      title: { value: 'Story 1' },
      published: '2025-01-27T00:00:00Z',
      updated: '2025-01-27T00:00:00Z',
      authors: [{ name: 'Jane Smith' }],
      categories: [{ term: 'politics', label: 'Politics' }],
      summary: { value: 'Dek 1' },
      content: { value: '<p>Body of story 1.</p>', type: 'html' },
    });
    expect(feed.entries![0]!.links).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ rel: 'alternate', href: `${SITE}articles/story-1` }),
        expect.objectContaining({ rel: 'related', href: 'https://source.example/1' }),
      ]),
    );
  });
});

describe('JSON Feed 1.1', () => {
  it('parses with the same fields, and leaves out what the source does not have', () => {
    const text = jsonFeed(
      feedOf([article(1, { url: 'javascript:alert(1)' }), article(2, { date: null, byline: null, dek: null })]),
    );
    const feed = parseJsonFeed(JSON.parse(text));
    expect(feed).toMatchObject({
      title: 'The Test Gazette',
      home_page_url: SITE,
      feed_url: `${SITE}feed.json`,
      language: 'fr',
    });
    // Undated articles stay out while a dated one is there.
    expect(feed.items).toHaveLength(1);
    expect(feed.items![0]).toEqual({
      id: 'urn:broadsheet:article:id1',
      url: `${SITE}articles/story-1`,
      title: 'Story 1',
      summary: 'Dek 1',
      content_html: '<p>Body of story 1.</p>',
      date_published: '2025-01-27T00:00:00Z',
      authors: [{ name: 'Jane Smith' }],
      tags: ['Politics'],
    });
    const undated = parseJsonFeed(JSON.parse(jsonFeed(feedOf([article(2, { date: null, byline: null, dek: null })]))));
    expect(Object.keys(undated.items![0]!)).toEqual(['id', 'url', 'title', 'content_html', 'tags']);
  });
});

describe('summary entries (entity feeds)', () => {
  const story = () => article(1, { url: 'https://source.example/1' });

  it('RSS: the dek as description, every other field, and no content:encoded', () => {
    const xml = rssFeed(feedOf([story()], '/people/jane-smith', 'summary'));
    expect(wellFormed(xml)).toBe(true);
    expect(xml).not.toContain('content:encoded>');
    const item = parseRssFeed(xml).items![0]!;
    expect(item).toMatchObject({
      title: 'Story 1',
      link: `${SITE}articles/story-1`,
      guid: { value: 'urn:broadsheet:article:id1', isPermaLink: false },
      pubDate: 'Mon, 27 Jan 2025 00:00:00 GMT',
      description: 'Dek 1',
      categories: [{ name: 'Politics' }],
      dc: { creators: ['Jane Smith'] },
    });
    expect(item.content).toBeUndefined();
  });

  it('Atom: a summary and the alternate link, no content', () => {
    const xml = atomFeed(feedOf([story()], '/people/jane-smith', 'summary'));
    expect(wellFormed(xml)).toBe(true);
    const entry = parseAtomFeed(xml).entries![0]!;
    expect(entry).toMatchObject({
      id: 'urn:broadsheet:article:id1',
      summary: { value: 'Dek 1' },
      authors: [{ name: 'Jane Smith' }],
    });
    expect(entry.links).toEqual(
      expect.arrayContaining([expect.objectContaining({ rel: 'alternate', href: `${SITE}articles/story-1` })]),
    );
    expect(entry.content).toBeUndefined();
  });

  it('JSON Feed: the dek as content_text (the title when there is none), no content_html', () => {
    const feed = parseJsonFeed(
      JSON.parse(jsonFeed(feedOf([story(), article(2, { dek: null })], '/people/jane-smith', 'summary'))),
    );
    expect(feed.items![0]).toEqual({
      id: 'urn:broadsheet:article:id1',
      url: `${SITE}articles/story-1`,
      external_url: 'https://source.example/1',
      title: 'Story 1',
      content_text: 'Dek 1',
      date_published: '2025-01-27T00:00:00Z',
      authors: [{ name: 'Jane Smith' }],
      tags: ['Politics'],
    });
    expect(feed.items![1]!.content_text).toBe('Story 2');
    expect(feed.items![1]!.content_html).toBeUndefined();
  });
});

describe('oncePerEntry', () => {
  it('writes each entry once, however many feeds it stands in', () => {
    let calls = 0;
    const write = oncePerEntry((e) => `${++calls}:${e.title}`);
    const [a, b] = [feedEntry(article(1), SITE, 'full'), feedEntry(article(2), SITE, 'full')];
    expect([write(a), write(b), write(a), write(b)]).toEqual(['1:Story 1', '2:Story 2', '1:Story 1', '2:Story 2']);
    expect(calls).toBe(2);
  });
});

describe('feedFiles', () => {
  it("writes the site's, each section's and each entity's feed in three formats, beside its page", () => {
    const alice = { name: 'Alice Ray', slug: 'alice-ray', count: 1 };
    const articles = [article(1, { entities: { people: [alice], places: [], organisations: [] } }), article(2)];
    const files = new Map(
      feedFiles(articles, { siteTitle: 'T', siteUrl: SITE, siteLang: 'en', siteDescription: 'About T' }),
    );
    expect([...files.keys()]).toEqual([
      'rss.xml',
      'atom.xml',
      'feed.json',
      'topics/politics/rss.xml',
      'topics/politics/atom.xml',
      'topics/politics/feed.json',
      'people/alice-ray/rss.xml',
      'people/alice-ray/atom.xml',
      'people/alice-ray/feed.json',
    ]);
    expect(parseRssFeed(files.get('rss.xml')!).description).toBe('About T');
    const alices = parseJsonFeed(JSON.parse(files.get('people/alice-ray/feed.json')!));
    expect(alices.title).toBe('Alice Ray — T');
    expect(alices.items!.map((i) => i.id)).toEqual(['urn:broadsheet:article:id1']);
  });

  it('gives the site and its sections full text and an entity summaries, in all three formats', () => {
    const alice = { name: 'Alice Ray', slug: 'alice-ray', count: 1 };
    const articles = [article(1, { entities: { people: [alice], places: [], organisations: [] } })];
    const files = new Map(
      feedFiles(articles, { siteTitle: 'T', siteUrl: SITE, siteLang: 'en', siteDescription: null }),
    );
    const body = '<p>Body of story 1.</p>';
    for (const route of ['', 'topics/politics/']) {
      expect(parseRssFeed(files.get(`${route}rss.xml`)!).items![0]!.content?.encoded, route).toBe(body);
      expect(parseAtomFeed(files.get(`${route}atom.xml`)!).entries![0]!.content?.value, route).toBe(body);
      expect(parseJsonFeed(JSON.parse(files.get(`${route}feed.json`)!)).items![0]!.content_html, route).toBe(body);
    }
    const rss = parseRssFeed(files.get('people/alice-ray/rss.xml')!).items![0]!;
    expect([rss.description, rss.content]).toEqual(['Dek 1', undefined]);
    const atom = parseAtomFeed(files.get('people/alice-ray/atom.xml')!).entries![0]!;
    expect([atom.summary?.value, atom.content]).toEqual(['Dek 1', undefined]);
    const json = parseJsonFeed(JSON.parse(files.get('people/alice-ray/feed.json')!)).items![0]!;
    expect([json.content_text, json.content_html]).toEqual(['Dek 1', undefined]);
  });
});

describe('hostile text', () => {
  const payloads = existsSync(payloadFile)
    ? readFileSync(payloadFile, 'utf8')
        .split('\n')
        .filter((l) => l.trim())
    : [];
  it.skipIf(payloads.length === 0)(
    `keeps every payload as text in well-formed feeds (skipped when ${payloadFile} is absent)`,
    () => {
      const hostile = payloads.map((p, i) =>
        article(i, {
          title: p,
          dek: `${p} ]]>`,
          byline: p,
          sections: [{ slug: 'politics', name: p, confidence: 1 }],
          body: [
            { type: 'p', children: [p, { type: 'a', href: p, children: [p] }] },
            { type: 'p', children: [']]><script>alert(1)</script>'] },
          ],
        }),
      );
      for (const [name, write] of [
        ['rss', rssFeed],
        ['atom', atomFeed],
      ] as const) {
        for (const a of hostile) {
          const brief = write(feedOf([a], '/', 'summary'));
          expect(wellFormed(brief), `${name} summary: ${a.title}`).toBe(true);
          expect(brief).not.toContain('<script>');
          const xml = write(feedOf([a]));
          expect(wellFormed(xml), `${name}: ${a.title}`).toBe(true);
          // The payload never stands in the XML as written: every < and & in it is escaped.
          if (/[<&]/.test(a.title)) expect(xml.includes(a.title), `${name}: ${a.title}`).toBe(false);
          expect(xml).not.toContain('<script>');
          const title =
            name === 'rss' ? parseRssFeed(xml).items![0]!.title : parseAtomFeed(xml).entries![0]!.title?.value;
          expect(title).toBe(a.title.trim());
          const html =
            name === 'rss'
              ? parseRssFeed(xml).items![0]!.content?.encoded
              : parseAtomFeed(xml).entries![0]!.content?.value;
          // The content a reader gets back is the escaped HTML, so the payload is text in it.
          expect(html).toBe(articleHtml(a, SITE));
          expect(html).not.toContain('<script>');
        }
      }
      for (const a of hostile) {
        const text = jsonFeed(feedOf([a]));
        // The strings round-trip exactly through JSON; the parser then reads them (trimmed).
        const raw = (JSON.parse(text) as { items: { title: string; content_html: string }[] }).items[0]!;
        expect(raw.title).toBe(a.title);
        expect(raw.content_html).toBe(articleHtml(a, SITE));
        const item = parseJsonFeed(JSON.parse(text)).items![0]!;
        expect(item.title).toBe(a.title.trim());
        expect(item.content_html).not.toContain('<script>');
        const brief = (JSON.parse(jsonFeed(feedOf([a], '/', 'summary'))) as { items: { content_text: string }[] })
          .items[0]!;
        expect(brief.content_text).toBe(a.dek);
      }
    },
  );
});
