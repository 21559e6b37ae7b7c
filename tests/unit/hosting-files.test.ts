// What the site asks of its hosts: `_headers` for Netlify and Cloudflare Pages, the nginx recipe
// in hosting/nginx/, and the `npm start` server, all carrying one header set.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/pipeline/common/contentSecurityPolicy';
import { IMMUTABLE, REVALIDATE, SECURITY_HEADERS } from '../../src/pipeline/common/httpHeaders';
import { startServer } from '../../src/pipeline/dev/serve';
import { hostingFiles } from '../../src/pipeline/emit/hosting';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

interface Rule {
  path: string;
  headers: [string, string][];
}

/** Netlify's `_headers` grammar: a path line at column 0, then indented `Name: value` lines. */
function parseHeaders(text: string): Rule[] {
  const rules: Rule[] = [];
  text.split('\n').forEach((line, i) => {
    const where = `_headers:${i + 1}`;
    if (line.trim() === '' || line.trimStart().startsWith('#')) return;
    if (/^\/\S*$/.test(line)) {
      rules.push({ path: line, headers: [] });
      return;
    }
    const header = /^\s+([A-Za-z0-9-]+):\s*(\S.*)$/.exec(line);
    if (!header) throw new Error(`${where}: neither a path nor an indented header: ${line}`);
    const rule = rules[rules.length - 1];
    if (!rule) throw new Error(`${where}: a header before any path`);
    rule.headers.push([header[1]!, header[2]!]);
  });
  for (const rule of rules) if (rule.headers.length === 0) throw new Error(`${rule.path}: a path with no headers`);
  return rules;
}

/** Both hosts' splat: a `*` matches any run of characters, slashes included. */
function matches(rulePath: string, urlPath: string): boolean {
  const pattern = rulePath
    .split('*')
    .map((part) => part.replace(/[.?+^$()[\]{}|\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${pattern}$`).test(urlPath);
}

/** Every value a host would send for `name` at `urlPath`: Cloudflare Pages joins them all. */
function valuesAt(rules: Rule[], urlPath: string, name: string): string[] {
  return rules
    .filter((rule) => matches(rule.path, urlPath))
    .flatMap((rule) => rule.headers.filter(([n]) => n === name).map(([, value]) => value));
}

const SHORT_LIVED = [
  '',
  'index.html',
  '404.html',
  'articles/some-story/',
  'topics/politics/',
  'people/claudia-sheinbaum/',
  'search/',
  'settings/',
  'data/chunks/0.json',
  'data/articles/some-story.json',
  'search-index/meta.json',
  'search-index/w/3.json',
  'sw.js',
  'manifest.webmanifest',
  'feed.xml',
  'atom.xml',
  'feed.json',
  'sitemap.xml',
];

describe.each(['/', '/news/'])('hosting files for BASE_PATH=%s', (base) => {
  const files = new Map(hostingFiles(base));
  // Parsed in each test, so a syntax error fails tests rather than the file's collection.
  const headers = () => parseHeaders(files.get('_headers') ?? '');

  it('writes no _redirects: both hosts serve 404.html with status 404 unasked', () => {
    expect([...files.keys()]).toEqual(['_headers']);
  });

  it('writes _headers in the syntax Netlify and Cloudflare Pages share', () => {
    expect(headers).not.toThrow();
    expect(headers()[0]?.path).toBe(`${base}*`);
  });

  it('sends every security header on every path, the page CSP plus frame-ancestors', () => {
    const rules = headers();
    for (const urlPath of ['', 'assets/index-abc123.js', ...SHORT_LIVED, 'no/such/page']) {
      for (const [name, value] of SECURITY_HEADERS)
        expect(valuesAt(rules, `${base}${urlPath}`, name), name).toEqual([value]);
    }
    const csp = valuesAt(rules, base, 'Content-Security-Policy')[0];
    expect(csp).toBe(`${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
    expect(valuesAt(rules, base, 'Referrer-Policy')).toEqual(['strict-origin-when-cross-origin']);
    expect(valuesAt(rules, base, 'Permissions-Policy')[0]).toMatch(/camera=\(\)/);
    expect(valuesAt(rules, base, 'X-Content-Type-Options')).toEqual(['nosniff']);
  });

  it('makes hashed assets and resized images immutable for a year', () => {
    expect(valuesAt(headers(), `${base}assets/index-abc123.js`, 'Cache-Control')).toEqual([IMMUTABLE]);
    expect(valuesAt(headers(), `${base}images/0123abcd-480.avif`, 'Cache-Control')).toEqual([IMMUTABLE]);
    expect(IMMUTABLE).toBe('public, max-age=31536000, immutable');
  });

  it('keeps HTML, data, the search index, feeds, the service worker and the manifest short-lived, one value each', () => {
    const rules = headers();
    for (const urlPath of SHORT_LIVED) {
      expect(valuesAt(rules, `${base}${urlPath}`, 'Cache-Control'), urlPath).toEqual([REVALIDATE]);
    }
    expect(REVALIDATE).toBe('public, max-age=0, must-revalidate');
  });
});

describe('the nginx recipe', () => {
  const snippet = readFileSync(path.join(repoRoot, 'hosting/nginx/snippets/broadsheet-headers.conf'), 'utf8');
  const server = readFileSync(path.join(repoRoot, 'hosting/nginx/broadsheet.conf'), 'utf8');

  it('sends the shared header set, 404s included', () => {
    const added = [...snippet.matchAll(/^add_header (\S+) "([^"]*)" always;$/gm)].map((m) => [m[1], m[2]]);
    expect(added).toEqual(SECURITY_HEADERS);
    expect(snippet.match(/^add_header/gm)).toHaveLength(SECURITY_HEADERS.length);
  });

  it('includes the set in every location that adds a header, since add_header there drops inherited ones', () => {
    const locations = server.split(/^\s*location /m).slice(1);
    const adding = locations.filter((body) => body.includes('add_header'));
    expect(adding.length).toBeGreaterThanOrEqual(3);
    for (const body of adding) expect(body, body).toContain('include snippets/broadsheet-headers.conf;');
    const hashed = locations.filter((body) => /^\/news\/(?:assets|images)\/ /.test(body));
    expect(hashed).toHaveLength(2);
    for (const body of hashed) expect(body).toContain(`add_header Cache-Control "${IMMUTABLE}" always;`);
    for (const body of adding.filter((b) => !hashed.includes(b)))
      expect(body).toContain(`add_header Cache-Control "${REVALIDATE}" always;`);
  });
});

describe('the npm start server', () => {
  it('sends the same headers as _headers, on pages, assets and the 404 page', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'broadsheet-serve-'));
    mkdirSync(path.join(root, 'assets'));
    mkdirSync(path.join(root, 'data'));
    writeFileSync(path.join(root, 'index.html'), '<p>home</p>');
    writeFileSync(path.join(root, '404.html'), '<p>not found</p>');
    writeFileSync(path.join(root, 'assets/index-abc123.js'), '');
    writeFileSync(path.join(root, 'data/manifest.json'), '{}');
    const server = await startServer(root, '/news/', 0);
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/news/`;
    try {
      const expected: [string, number, string][] = [
        ['', 200, REVALIDATE],
        ['assets/index-abc123.js', 200, IMMUTABLE],
        ['data/manifest.json', 200, REVALIDATE],
        ['nope', 404, REVALIDATE],
      ];
      for (const [file, status, cacheControl] of expected) {
        const response = await fetch(url + file);
        expect(response.status, file).toBe(status);
        expect(response.headers.get('cache-control'), file).toBe(cacheControl);
        for (const [name, value] of SECURITY_HEADERS) expect(response.headers.get(name), `${file} ${name}`).toBe(value);
      }
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
