// Feeds and the sitemap of a real build, served as a host would serve them: every feed parsed by
// a real feed parser (feedsmith) with its fields checked (full text in the site's and sections'
// feeds, summaries in the entities'), every sitemap URL answering 200, the discovery links in
// the pages; and a build without SITE_URL that says once what it left out.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseAtomFeed, parseJsonFeed, parseRssFeed } from 'feedsmith';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generate';
import { NO_SITE_URL_NOTICE } from '../../src/pipeline/emit/discovery';
import { FEED_ENTRY_CAP } from '../../src/pipeline/emit/feeds/feed';
import { rfc3339 } from '../../src/pipeline/emit/feeds/feedDates';
import { buildSite } from '../harness/build-site';
import { makeTmpDir, seedsDir } from '../harness/paths';
import { serveSite, type ServedSite } from '../harness/serve-site';
import { bbcCorpusDir, hasBbcCorpus } from '../harness/shared';

const useBbc = hasBbcCorpus() && !process.env.BROADSHEET_E2E_GENERATED;
const GUID = /^urn:broadsheet:article:[0-9a-f]{12}$/;
const ENTITY_DIRS = ['people', 'places', 'organisations'];

/** Every feed file under dir, as paths relative to it. */
function feedPaths(dir: string, rel = ''): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const child = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (child !== 'data' && child !== 'assets' && !child.startsWith('search-index'))
        found.push(...feedPaths(dir, child));
    } else if (['rss.xml', 'atom.xml', 'feed.json'].includes(entry.name)) found.push(child);
  }
  return found.sort();
}

const tags = (xml: string, tag: string) =>
  [...xml.matchAll(new RegExp(`<${tag}>([^<]*)</${tag}>`, 'g'))].map((m) => m[1]!);

describe(
  `feeds and sitemap of a ${useBbc ? 'BBC' : 'generated 300-article'} build with SITE_URL`,
  { timeout: 600_000 },
  () => {
    let root: string;
    let outDir: string;
    let site: ServedSite;

    beforeAll(async () => {
      root = makeTmpDir('feeds');
      outDir = path.join(root, 'dist');
      let corpus = bbcCorpusDir;
      if (!useBbc) {
        corpus = path.join(root, 'seeds');
        generateCorpus({ count: 300, outDir: corpus });
      }
      // The server reads files as they are asked for, so it can start first and lend its address to the build.
      site = await serveSite(outDir);
      await buildSite({ seedsDir: corpus, outDir, args: ['--site-url', site.url] });
    }, 600_000);

    afterAll(async () => {
      await site?.close();
      rmSync(root, { recursive: true, force: true });
    });

    it('writes the three formats for the site, each section and each entity, each parsing with its fields', () => {
      const files = feedPaths(outDir);
      expect(files).toEqual(expect.arrayContaining(['rss.xml', 'atom.xml', 'feed.json']));
      const facets = readdirSync(path.join(outDir, 'data/facets/sections')).filter((f) => !f.endsWith('.ids.json'));
      const entities = ENTITY_DIRS.flatMap((k) =>
        readdirSync(path.join(outDir, 'data/facets', k))
          .filter((f) => !f.endsWith('.ids.json'))
          .map((f) => `${k}/${f.replace(/\.json$/, '')}`),
      );
      // One feed of each format per page: the site, every section, every entity (each page, even
      // one rendered only in the browser, has its feeds).
      expect(files).toHaveLength(3 * (1 + facets.length + entities.length));
      for (const entity of entities)
        expect(files).toEqual(
          expect.arrayContaining([`${entity}/rss.xml`, `${entity}/atom.xml`, `${entity}/feed.json`]),
        );
      let summaries = 0;
      for (const file of files) {
        const text = readFileSync(path.join(outDir, file), 'utf8');
        const pageUrl = site.at(`/${path.posix.dirname(file) === '.' ? '' : path.posix.dirname(file)}`);
        // The site's and the sections' feeds carry the full text; an entity's, summaries and links.
        const full = !ENTITY_DIRS.some((k) => file.startsWith(`${k}/`));
        if (!full) summaries++;
        if (file.endsWith('rss.xml')) {
          const feed = parseRssFeed(text);
          expect(feed.link, file).toBe(pageUrl);
          expect(feed.language).toBe('en');
          expect(feed.items!.length).toBeGreaterThan(0);
          expect(feed.items!.length).toBeLessThanOrEqual(FEED_ENTRY_CAP);
          for (const item of feed.items!) {
            expect(item.guid?.value).toMatch(GUID);
            expect(item.title).toBeTruthy();
            expect(item.link?.startsWith(site.at('/articles/'))).toBe(true);
            if (full) expect(item.content?.encoded, file).toMatch(/^<(p|h[234]|ul|ol|blockquote|figure)>/);
            else expect(item.content, file).toBeUndefined();
            expect(item.categories!.length).toBeGreaterThan(0);
            if (item.pubDate) expect(new Date(item.pubDate).toUTCString()).toBe(item.pubDate);
          }
        } else if (file.endsWith('atom.xml')) {
          const feed = parseAtomFeed(text);
          expect(feed.id).toBe(site.at(`/${file}`));
          for (const entry of feed.entries!) {
            expect(entry.id).toMatch(GUID);
            expect(entry.links).toEqual(
              expect.arrayContaining([
                expect.objectContaining({ rel: 'alternate', href: expect.stringContaining('/articles/') }),
              ]),
            );
            if (full) expect(entry.content?.type, file).toBe('html');
            else expect(entry.content, file).toBeUndefined();
            if (entry.published)
              expect(new Date(entry.published).toISOString().replace('.000Z', 'Z')).toBe(entry.published);
          }
        } else {
          // The parser reads the version to pick its rules and does not hand it back.
          expect((JSON.parse(text) as { version: string }).version).toBe('https://jsonfeed.org/version/1.1');
          const feed = parseJsonFeed(JSON.parse(text));
          expect(feed.feed_url).toBe(site.at(`/${file}`));
          for (const item of feed.items!) {
            expect(item.id).toMatch(GUID);
            if (full) expect(item.content_html, file).toMatch(/^<(p|h[234]|ul|ol|blockquote|figure)>/);
            else expect([item.content_html, typeof item.content_text], file).toEqual([undefined, 'string']);
          }
        }
      }
      expect(summaries).toBe(3 * entities.length);
    });

    it('keeps the newest dated articles in the site feed, newest first (undated ones when none is dated)', () => {
      const dates = parseJsonFeed(JSON.parse(readFileSync(path.join(outDir, 'feed.json'), 'utf8'))).items!.map(
        (i) => i.date_published,
      );
      expect(dates.length).toBe(FEED_ENTRY_CAP);
      // The BBC corpus has no dates at all; the generated one dates nine articles in ten.
      const articlesDir = path.join(outDir, 'data/articles');
      const dated = readdirSync(articlesDir)
        .map((f) => (JSON.parse(readFileSync(path.join(articlesDir, f), 'utf8')) as { date: string | null }).date)
        .filter((date) => date !== null)
        .map(rfc3339);
      if (dated.length === 0) {
        expect(dates.filter(Boolean)).toEqual([]);
        return;
      }
      expect(dates.every(Boolean)).toBe(true);
      expect([...dates].sort().reverse()).toEqual(dates);
      // No dated article newer than the oldest kept was left out.
      expect(dated.filter((date) => date > dates.at(-1)!).length).toBeLessThan(FEED_ENTRY_CAP);
    });

    it('lists in its sitemap only pages that answer 200, and robots.txt names it', async () => {
      const robots = await fetch(site.at('/robots.txt')).then((r) => r.text());
      expect(robots).toContain(`Sitemap: ${site.at('/sitemap.xml')}`);
      const index = await fetch(site.at('/sitemap.xml')).then((r) => r.text());
      const urls: string[] = [];
      for (const sitemap of tags(index, 'loc')) {
        const response = await fetch(sitemap);
        expect(response.status, sitemap).toBe(200);
        urls.push(...tags(await response.text(), 'loc'));
      }
      expect(urls).toContain(site.url);
      expect(urls.some((u) => u.includes('/articles/'))).toBe(true);
      expect(urls.some((u) => u.includes('/topics/'))).toBe(true);
      for (const url of urls) {
        const response = await fetch(url);
        expect(response.status, url).toBe(200);
        await response.arrayBuffer();
      }
    });

    it('links the feeds from the pages: the site feed everywhere, a topic its own, with Subscribe links', async () => {
      const home = await fetch(site.url).then((r) => r.text());
      expect(home).toContain('<html lang="en">');
      expect(home).toContain(
        `<link rel="alternate" type="application/rss+xml" title="Broadsheet (RSS)" href="${site.at('/rss.xml')}">`,
      );
      expect(home).toMatch(/<a href="[^"]*\/rss\.xml" type="application\/rss\+xml"[^>]*>Subscribe/);
      const topic = readdirSync(path.join(outDir, 'topics'))[0]!;
      const page = await fetch(site.at(`/topics/${topic}`)).then((r) => r.text());
      expect(page).toContain(`href="${site.at(`/topics/${topic}/atom.xml`)}"`);
      expect(page).toContain(`href="${site.at('/feed.json')}"`);
      expect(page).toContain(`<a href="${site.at(`/topics/${topic}/rss.xml`)}" type="application/rss+xml"`);
    });
  },
);

describe('a build without SITE_URL', { timeout: 300_000 }, () => {
  it('succeeds, says once what it left out, and links no feed', async () => {
    const root = makeTmpDir('no-site-url');
    try {
      const outDir = path.join(root, 'dist');
      const { stderr } = await buildSite({ seedsDir, outDir });
      expect(stderr.split(NO_SITE_URL_NOTICE)).toHaveLength(2);
      expect(feedPaths(outDir)).toEqual([]);
      expect(readdirSync(outDir).filter((f) => f.startsWith('sitemap'))).toEqual([]);
      expect(readFileSync(path.join(outDir, 'robots.txt'), 'utf8')).not.toContain('Sitemap');
      const home = readFileSync(path.join(outDir, 'index.html'), 'utf8');
      expect(home).not.toContain('rel="alternate"');
      // The link's text, not a script chunk that happens to be named after its component.
      expect(home).not.toMatch(/>\s*Subscribe/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
