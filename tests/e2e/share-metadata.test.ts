// Share and search metadata of a real build of the seed site with SITE_URL set to where it is
// served: the article page's head tags and JSON-LD, the share card they name (fetched and
// measured), the icons, no CSP report for the JSON-LD block, and no request for /favicon.ico.
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import sharp from 'sharp';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../harness/browser';
import { buildSite } from '../harness/build-site';
import { makeTmpDir, seedsDir } from '../harness/paths';
import { serveSite, type ServedSite } from '../harness/serve-site';
import { pagesPerTest } from '../harness/test-pages';

interface Head {
  meta: Record<string, string[]>;
  links: Record<string, string>;
  themeColors: [string, string][];
  jsonLd: string[];
}

/** The page's head as the browser parsed it: meta tags by property or name, links by rel. */
function readHead(page: Page): Promise<Head> {
  return page.evaluate(() => {
    const meta: Record<string, string[]> = {};
    for (const m of document.head.querySelectorAll('meta[property], meta[name]')) {
      const key = m.getAttribute('property') ?? m.getAttribute('name')!;
      (meta[key] ??= []).push(m.getAttribute('content') ?? '');
    }
    const links: Record<string, string> = {};
    for (const l of document.head.querySelectorAll('link[rel]'))
      links[l.getAttribute('rel')!] = (l as HTMLLinkElement).href;
    const themeColors = [...document.head.querySelectorAll('meta[name="theme-color"]')].map((m): [string, string] => [
      m.getAttribute('media') ?? '',
      m.getAttribute('content') ?? '',
    ]);
    const jsonLd = [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? '');
    return { meta, links, themeColors, jsonLd };
  });
}

describe('share and search metadata of the seed site built with SITE_URL', { timeout: 300_000 }, () => {
  let root: string;
  let outDir: string;
  let site: ServedSite;
  let browser: Browser;
  let slug: string;
  const openPage = pagesPerTest(() => browser);

  beforeAll(async () => {
    root = makeTmpDir('share');
    outDir = path.join(root, 'dist');
    site = await serveSite(outDir);
    await buildSite({ seedsDir, outDir, args: ['--site-url', site.url] });
    slug = readdirSync(path.join(outDir, 'articles'))[0]!;
    browser = await launchBrowser();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    rmSync(root, { recursive: true, force: true });
  });

  /** Opens a URL, recording every console error and CSP violation the page reports. */
  async function open(url: string): Promise<{ page: Page; violations: string[]; consoleErrors: string[] }> {
    const page = await openPage();
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    // Installed before any page script runs; the policy governs page scripts, not this one.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    const violations = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
    return { page, violations, consoleErrors };
  }

  it('the article page carries canonical, Open Graph, the X card and JSON-LD for itself', async () => {
    const url = site.at(`/articles/${slug}`);
    const { page, violations, consoleErrors } = await open(url);
    const headline = (await page.getByRole('heading', { level: 1 }).innerText()).trim();
    const head = await readHead(page);
    const card = head.meta['og:image']![0]!;
    expect(head.links.canonical).toBe(url);
    expect(head.meta).toMatchObject({
      'og:type': ['article'],
      'og:url': [url],
      'og:title': [headline],
      'og:site_name': ['Broadsheet'],
      'og:locale': ['en'],
      'og:image:width': ['1200'],
      'og:image:height': ['630'],
      'twitter:card': ['summary_large_image'],
    });
    expect(head.meta['og:description']![0]).toBe(head.meta.description![0]);
    // The seed has no image of its own: its section's card stands for it.
    const section = head.meta['article:section']![0]!;
    expect(card).toMatch(new RegExp(`^${site.at('/cards/sections/')}[a-z0-9-]+\\.png$`));
    expect(head.meta['og:image:alt']).toEqual([`Broadsheet: ${section}`]);
    // The seed is undated, so no published time is claimed.
    expect(head.meta['article:published_time']).toBeUndefined();
    expect(head.meta['article:tag']!.length).toBeGreaterThan(0);

    expect(head.jsonLd).toHaveLength(1);
    const graph = (JSON.parse(head.jsonLd[0]!) as { '@graph': Record<string, unknown>[] })['@graph'];
    const news = graph.find((node) => node['@type'] === 'NewsArticle')!;
    expect(news).toMatchObject({
      headline,
      mainEntityOfPage: url,
      image: [card],
      articleSection: section,
      isAccessibleForFree: true,
      publisher: { '@type': 'Organization', name: 'Broadsheet', url: site.url },
    });
    expect(news.datePublished).toBeUndefined();
    const crumbs = graph.find((node) => node['@type'] === 'BreadcrumbList')!.itemListElement as {
      name: string;
      item: string;
    }[];
    expect(crumbs.map((c) => c.name)).toEqual(['Broadsheet', section, headline]);
    for (const crumb of crumbs) expect((await fetch(crumb.item)).status, crumb.item).toBe(200);

    // JSON-LD is data: the policy (script-src 'self') has nothing to block, so nothing is reported.
    expect(violations).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('serves the card it names: a 1200×630 PNG', async () => {
    const html = await fetch(site.at(`/articles/${slug}`)).then((r) => r.text());
    const card = /<meta property="og:image" content="([^"]+)">/.exec(html)![1]!;
    const response = await fetch(card);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^image\/png/);
    const meta = await sharp(Buffer.from(await response.arrayBuffer())).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
  });

  it('every page has the icons and both theme colours, and home describes the site search', async () => {
    const { page } = await open(site.url);
    const head = await readHead(page);
    expect(head.links.canonical).toBe(site.url);
    expect(head.meta['og:type']).toEqual(['website']);
    expect(head.meta['og:image']).toEqual([site.at('/cards/site.png')]);
    expect(head.themeColors).toEqual([
      ['(prefers-color-scheme: light)', '#ffffff'],
      ['(prefers-color-scheme: dark)', '#0a0a0a'],
    ]);
    const touch = await fetch(head.links['apple-touch-icon']!);
    expect(touch.status).toBe(200);
    const icon = await sharp(Buffer.from(await touch.arrayBuffer())).metadata();
    expect([icon.format, icon.width, icon.height]).toEqual(['png', 180, 180]);

    const website = (JSON.parse(head.jsonLd[0]!) as { '@graph': Record<string, unknown>[] })['@graph'][0]!;
    const template = (website.potentialAction as { target: { urlTemplate: string } }).target.urlTemplate;
    expect(template).toBe(`${site.at('/search')}?q={search_term_string}`);
    expect((await fetch(template.replace('{search_term_string}', 'mexico'))).status).toBe(200);
  });

  it('no page makes Chromium ask for /favicon.ico, which it does ask for on a page without an icon link', async () => {
    // Chromium fetches icons itself, out of the page's sight, so only a server sees the request.
    writeFileSync(path.join(outDir, 'bare.html'), '<!doctype html><title>bare</title><p>bare</p>');
    const proxy = await recordingProxy(site.url);
    try {
      const page = await openPage({}, (watch) => watch.allow404(/\/favicon\.ico$/));
      for (const route of ['/', `/articles/${slug}`]) {
        await page.goto(new URL(route.slice(1), proxy.url).href);
        await page.waitForLoadState('networkidle');
      }
      const before = proxy.paths.length;
      await page.goto(new URL('bare.html', proxy.url).href);
      await expect.poll(() => proxy.paths.slice(before), { timeout: 10_000 }).toContain('/favicon.ico');
      expect(proxy.paths.slice(0, before)).toContain(`/articles/${slug}`);
      expect(proxy.paths.slice(0, before)).not.toContain('/favicon.ico');
    } finally {
      await proxy.close();
    }
  });
});

/** A server in front of the site that passes every request on and records its path. */
async function recordingProxy(target: string): Promise<{ url: string; paths: string[]; close: () => Promise<void> }> {
  const paths: string[] = [];
  const server = http.createServer((request, response) => {
    paths.push(request.url ?? '');
    fetch(new URL((request.url ?? '/').slice(1), target), { headers: { accept: request.headers.accept ?? '*/*' } })
      .then(async (upstream) => {
        const body = Buffer.from(await upstream.arrayBuffer());
        const headers = Object.fromEntries(
          [...upstream.headers].filter(
            ([name]) => !['content-encoding', 'content-length', 'transfer-encoding'].includes(name),
          ),
        );
        response.writeHead(upstream.status, headers).end(body);
      })
      .catch(() => response.writeHead(502).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    paths,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
