// Addresses that moved: the latest list's numbered pages were /page/N until the front page took /
// and the list moved to /latest (issue 14). An old bookmark costs as little as it can: hosts that
// redirect answer it with 301 (the `_redirects` rules below for Netlify and Cloudflare Pages,
// hosting/nginx, `npm start`'s server in dev/serve.ts), and for hosts that cannot (GitHub Pages)
// each old address is a page of a few hundred bytes that sends the browser on, instead of a full
// copy of the list. Netlify serves an existing file before a redirect rule (Cloudflare Pages does
// not), and its forcing `301!` is a status Cloudflare Pages rejects, so on Netlify the small page answers.
import type { SiteInfo } from '../../model/data';
import { absoluteUrl, listPageCount, routePaths } from '../../model/routes';
import { escapeMarkup as x } from './feeds/markup';

/** Where the latest list's page N lives now, under the base path: the folder form static hosts serve without a redirect. */
function newAddress(basePath: string, page: string): string {
  return `${basePath}${routePaths.latest().slice(1)}/page/${page}/`;
}

/** The new address of an old `/page/N` request path (with or without its trailing slash), or null for any other path. */
export function movedTo(basePath: string, urlPath: string): string | null {
  if (!urlPath.startsWith(basePath)) return null;
  const old = /^page\/([^/]+)\/?$/.exec(urlPath.slice(basePath.length));
  return old ? newAddress(basePath, old[1]!) : null;
}

/**
 * `_redirects` lines both Netlify and Cloudflare Pages accept: `:n` matches one path segment on
 * both, and each matches the path as written, so the trailing-slash form has its own line.
 */
export function movedRedirectRules(basePath: string): string {
  const to = newAddress(basePath, ':n');
  return [`${basePath}page/:n ${to} 301`, `${basePath}page/:n/ ${to} 301`].map((line) => `${line}\n`).join('');
}

/**
 * `page/N/index.html` for every numbered page the latest list has: a refresh to the new address,
 * the canonical link search engines follow (absolute with SITE_URL, else from the site root), and
 * the link itself for a reader whose browser does not follow the refresh.
 */
export function movedListPageFiles(articleCount: number, basePath: string, site: SiteInfo): [string, string][] {
  const files: [string, string][] = [];
  for (let n = 2; n <= listPageCount(articleCount); n++) {
    const to = newAddress(basePath, String(n));
    const canonical =
      site.siteUrl === null ? to : absoluteUrl(site.siteUrl, routePaths.listPage(routePaths.latest(), n));
    const name = `Latest news, page ${n}`;
    const html = [
      '<!doctype html>',
      `<html lang="${x(site.siteLang)}">`,
      '<meta charset="utf-8">',
      '<meta name="viewport" content="width=device-width, initial-scale=1">',
      '<meta name="color-scheme" content="light dark">',
      `<title>${x(`${name} — ${site.siteTitle}`)}</title>`,
      `<meta http-equiv="refresh" content="0; url=${x(to)}">`,
      `<link rel="canonical" href="${x(canonical)}">`,
      `<p>This page has moved: <a href="${x(to)}">${x(name)}</a>.</p>`,
      '',
    ].join('\n');
    files.push([`page/${n}/index.html`, html]);
  }
  return files;
}
