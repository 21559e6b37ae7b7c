// What the site asks of its hosts: `_headers` for Netlify and Cloudflare Pages, the nginx recipe
// in hosting/nginx/, and the `npm start` server, all carrying one header set.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { get, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/pipeline/common/contentSecurityPolicy';
import { IMMUTABLE, REVALIDATE, SECURITY_HEADERS } from '../../src/pipeline/common/httpHeaders';
import { startServer } from '../../src/pipeline/dev/serve';
import { hostingFiles } from '../../src/pipeline/emit/hosting';
import { movedTo } from '../../src/pipeline/emit/movedPages';

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

/**
 * `_redirects` as Cloudflare Pages reads it, the stricter of the two hosts: two or three tokens a
 * line, a status of 200, 301, 302, 303, 307 or 308 (Netlify's forcing `301!` is refused), and
 * `:name` matching one path segment, as on Netlify.
 */
function parseRedirects(text: string): { from: RegExp; to: string; status: number }[] {
  return text
    .split('\n')
    .map((line, i) => [line.trim(), i + 1] as const)
    .filter(([line]) => line !== '' && !line.startsWith('#'))
    .map(([line, n]) => {
      const tokens = line.split(/\s+/);
      if (tokens.length < 2 || tokens.length > 3)
        throw new Error(`_redirects:${n}: 2 or 3 tokens, got ${tokens.length}`);
      const [from, to, status = '302'] = tokens as [string, string, string?];
      if (!/^(?:200|301|302|303|307|308)$/.test(status)) throw new Error(`_redirects:${n}: status ${status}`);
      if (!from.startsWith('/') || !to.startsWith('/')) throw new Error(`_redirects:${n}: paths start with /`);
      const pattern = from.replace(/[.?+^$()[\]{}|\\]/g, '\\$&').replace(/:[A-Za-z]\w*/g, '([^/]+)');
      return { from: new RegExp(`^${pattern}$`), to, status: Number(status) };
    });
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

  it('writes _redirects with only the moved list pages: both hosts serve 404.html with status 404 unasked', () => {
    expect([...files.keys()]).toEqual(['_headers', '_redirects']);
    expect(files.get('_redirects')).toBe(
      `${base}page/:n ${base}latest/page/:n/ 301\n${base}page/:n/ ${base}latest/page/:n/ 301\n`,
    );
  });

  it('writes redirect rules both hosts accept and that send /page/N, with or without its slash, to /latest/page/N/', () => {
    const rules = parseRedirects(files.get('_redirects') ?? '');
    const redirect = (urlPath: string) => {
      for (const rule of rules) {
        const found = rule.from.exec(urlPath);
        if (found) return { to: rule.to.replace(':n', found[1]!), status: rule.status };
      }
      return null;
    };
    expect(redirect(`${base}page/2`)).toEqual({ to: `${base}latest/page/2/`, status: 301 });
    expect(redirect(`${base}page/12/`)).toEqual({ to: `${base}latest/page/12/`, status: 301 });
    for (const other of [`${base}latest/page/2`, `${base}page/2/x`, `${base}topics/x/page/2`, `${base}page`])
      expect(redirect(other), other).toBeNull();
    // npm start's server answers the same paths the same way.
    for (const urlPath of [`${base}page/2`, `${base}page/12/`, `${base}latest/page/2`, `${base}page/2/x`]) {
      expect(movedTo(base, urlPath), urlPath).toBe(redirect(urlPath)?.to ?? null);
    }
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

  it("sends the latest list's old addresses on with the rule _redirects gives the other hosts", () => {
    const rule = hostingFiles('/news/')
      .find(([file]) => file === '_redirects')![1]
      .split('\n')[0]!;
    expect(rule).toBe('/news/page/:n /news/latest/page/:n/ 301');
    expect(server).toContain('location ~ ^/news/page/([^/]+)/?$ {\n    return 301 /news/latest/page/$1/;\n  }');
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
      // The latest list's old addresses move on, as `_redirects` has them move on Netlify and Cloudflare Pages.
      for (const old of ['page/2', 'page/2/']) {
        const response = await fetch(url + old, { redirect: 'manual' });
        expect(response.status, old).toBe(301);
        expect(response.headers.get('location'), old).toBe('/news/latest/page/2/');
      }
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('the npm start server with --compress', () => {
  it('gzips text for a client that accepts it, as static hosts do, and sends it plain otherwise', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'broadsheet-serve-'));
    const page = `<p>${'home '.repeat(200)}</p>`;
    writeFileSync(path.join(root, 'index.html'), page);
    writeFileSync(path.join(root, 'icon.png'), 'not really a png');
    const server = await startServer(root, '/', 0, true);
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    try {
      const gzipped = await request(url, 'gzip, deflate');
      expect(gzipped.headers['content-encoding']).toBe('gzip');
      expect(gzipped.headers.vary).toBe('Accept-Encoding');
      expect(gunzipSync(gzipped.body).toString()).toBe(page);
      const plain = await request(url, '');
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body.toString()).toBe(page);
      const image = await request(`${url}icon.png`, 'gzip');
      expect(image.headers['content-encoding']).toBeUndefined();
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

/** A GET that leaves the body as sent (fetch would decode it), with the Accept-Encoding given. */
function request(url: string, acceptEncoding: string): Promise<{ headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(url, { headers: { 'accept-encoding': acceptEncoding } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}
