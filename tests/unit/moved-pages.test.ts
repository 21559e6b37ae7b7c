// The latest list's old addresses (/page/N, from before the list moved to /latest): for hosts
// without redirects, a small page per old address that sends the browser on, not a copy of the list.
import { describe, expect, it } from 'vitest';
import { CHUNK_SIZE } from '../../src/model/data';
import { movedListPageFiles } from '../../src/pipeline/emit/movedPages';

const site = { siteTitle: 'The <Test> Gazette', siteUrl: null, siteLang: 'en-GB', siteDescription: null };

describe('movedListPageFiles', () => {
  it('writes one small page for each numbered page the latest list has, and none for page 1', () => {
    const files = movedListPageFiles(3 * CHUNK_SIZE + 1, '/', site);
    expect(files.map(([file]) => file)).toEqual(['page/2/index.html', 'page/3/index.html', 'page/4/index.html']);
    expect(movedListPageFiles(CHUNK_SIZE, '/', site)).toEqual([]);
  });

  it('refreshes to the new address under the base path, with a canonical link and a link to follow', () => {
    const [[file, html]] = movedListPageFiles(2 * CHUNK_SIZE, '/news/', site) as [[string, string]];
    expect(file).toBe('page/2/index.html');
    expect(html).toBe(
      [
        '<!doctype html>',
        '<html lang="en-GB">',
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="color-scheme" content="light dark">',
        '<title>Latest news, page 2 — The &lt;Test&gt; Gazette</title>',
        '<meta http-equiv="refresh" content="0; url=/news/latest/page/2/">',
        '<link rel="canonical" href="/news/latest/page/2/">',
        '<p>This page has moved: <a href="/news/latest/page/2/">Latest news, page 2</a>.</p>',
        '',
      ].join('\n'),
    );
  });

  it('gives the canonical link as an absolute URL, the one the new page names itself by, when the site has an address', () => {
    const [[, html]] = movedListPageFiles(2 * CHUNK_SIZE, '/news/', {
      ...site,
      siteUrl: 'https://example.org/news/',
    }) as [[string, string]];
    expect(html).toContain('<link rel="canonical" href="https://example.org/news/latest/page/2">');
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/news/latest/page/2/">');
  });
});
