// `npm start`'s server: serves dist/ the way a static host with the documented fallback does
// (`/x` → `/x/index.html`, unknown paths → 404.html with status 404), under BASE_PATH, with the
// headers `_headers` gives Netlify and Cloudflare Pages and the redirects of `_redirects`, so
// local testing sees what they send.
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { normaliseBasePath } from '../build/config';
import { SECURITY_HEADERS, cacheControlFor } from '../common/httpHeaders';
import { movedTo } from '../emit/movedPages';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
};

/** Text formats a host compresses; images and fonts are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.webmanifest', '.txt', '.xml']);
const gzipAsync = promisify(gzip);

async function isFile(file: string): Promise<boolean> {
  return stat(file).then(
    (s) => s.isFile(),
    () => false,
  );
}

/** Which file answers a request path, or null for 404. Never leaves `root`. */
export async function resolveFile(root: string, basePath: string, urlPath: string): Promise<string | null> {
  if (!urlPath.startsWith(basePath) && `${urlPath}/` !== basePath) return null;
  const inner = decodeURIComponent(urlPath.slice(basePath.length - 1) || '/');
  const file = path.join(root, path.normalize(inner));
  if (!file.startsWith(root)) return null;
  if (await isFile(file)) return file;
  const index = path.join(file, 'index.html');
  return (await isFile(index)) ? index : null;
}

/**
 * `compress`: gzip text the way static hosts do (Cloudflare Pages, Netlify, GitHub Pages), for
 * measurements of what a reader downloads; off by default so byte counts of other tools stay as they were.
 */
export function startServer(root: string, basePath: string, port: number, compress = false): Promise<Server> {
  const server = createServer((req, res) => {
    const urlPath = new URL(req.url ?? '/', 'http://localhost').pathname;
    const moved = movedTo(basePath, urlPath);
    if (moved !== null) {
      // As the `_redirects` rule answers on Netlify and Cloudflare Pages.
      res.writeHead(301, { ...Object.fromEntries(SECURITY_HEADERS), Location: moved }).end();
      return;
    }
    void (async () => {
      let file = await resolveFile(root, basePath, urlPath).catch(() => null);
      const status = file ? 200 : 404;
      file ??= path.join(root, '404.html');
      let body = await readFile(file).catch(() => Buffer.from('Not found'));
      const ext = path.extname(file);
      const encoding: Record<string, string> = {};
      if (compress && COMPRESSIBLE.has(ext)) {
        encoding.Vary = 'Accept-Encoding';
        if (/\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
          body = await gzipAsync(body);
          encoding['Content-Encoding'] = 'gzip';
        }
      }
      res.writeHead(status, {
        ...Object.fromEntries(SECURITY_HEADERS),
        'Content-Type': TYPES[ext] ?? 'application/octet-stream',
        'Cache-Control': cacheControlFor(path.relative(root, file).split(path.sep).join('/')),
        ...encoding,
      });
      res.end(body);
    })();
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = path.resolve(flag('dir') ?? process.env.OUT_DIR ?? 'dist');
  const basePath = normaliseBasePath(flag('base') ?? process.env.BASE_PATH);
  const port = Number(flag('port') ?? process.env.PORT ?? 4173);
  const server = await startServer(root, basePath, port, process.argv.includes('--compress'));
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  process.stdout.write(`Broadsheet: http://localhost:${actual}${basePath}\n`);
}
