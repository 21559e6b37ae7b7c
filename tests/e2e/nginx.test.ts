// The README's nginx recipe, run: the seed site built with BASE_PATH=/news/ and served by
// Debian's nginx from hosting/nginx/, with deep links, the 404 status and the headers checked.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routePaths, slugify } from '../../src/model/routes';
import { IMMUTABLE, REVALIDATE, SECURITY_HEADERS } from '../../src/pipeline/common/httpHeaders';
import { buildSite } from '../harness/build-site';
import { makeTmpDir, repoRoot, seedsDir } from '../harness/paths';
import { SEED_HEADLINE } from './lib/seed-facts';
import { freePort } from '../harness/free-port';

const NGINX = '/usr/sbin/nginx';
const START_TIMEOUT_MS = 15_000;

/** The repository's template with the port and dist path filled in, as the README tells a user to. */
function writeConfig(dir: string, dist: string, port: number): string {
  const template = readFileSync(path.join(repoRoot, 'hosting/nginx/broadsheet.conf'), 'utf8');
  writeFileSync(
    path.join(dir, 'broadsheet.conf'),
    template.replaceAll('@PORT@', `127.0.0.1:${port}`).replaceAll('@DIST@', dist),
  );
  mkdirSync(path.join(dir, 'snippets'));
  const snippet = readFileSync(path.join(repoRoot, 'hosting/nginx/snippets/broadsheet-headers.conf'), 'utf8');
  writeFileSync(path.join(dir, 'snippets/broadsheet-headers.conf'), snippet);
  const temp = (name: string) => path.join(dir, name);
  const main = `
# The test's own instance: root can read the mkdtemp (0700) folders the build wrote into.
${process.getuid?.() === 0 ? 'user root;' : ''}
worker_processes 1;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${temp('client_body')};
  proxy_temp_path ${temp('proxy')};
  fastcgi_temp_path ${temp('fastcgi')};
  uwsgi_temp_path ${temp('uwsgi')};
  scgi_temp_path ${temp('scgi')};
  include broadsheet.conf;
}
`;
  const file = path.join(dir, 'nginx.conf');
  writeFileSync(file, main);
  return file;
}

async function waitUntilServing(url: string, nginx: ChildProcess, errorLog: string): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    if (nginx.exitCode !== null) {
      throw new Error(`nginx exited with code ${nginx.exitCode}:\n${readFileSync(errorLog, 'utf8')}`);
    }
    const answered = await fetch(url).then(
      () => true,
      () => false,
    );
    if (answered) return;
    if (Date.now() > deadline) throw new Error(`nginx did not answer ${url} within ${START_TIMEOUT_MS} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function expectSecurityHeaders(response: Response): void {
  for (const [name, value] of SECURITY_HEADERS) expect(response.headers.get(name), name).toBe(value);
}

describe('the nginx recipe serves a BASE_PATH=/news/ build under /news/', () => {
  let nginx: ChildProcess | undefined;
  let dist = '';
  let base = '';

  beforeAll(async () => {
    if (!existsSync(NGINX)) {
      throw new Error(`${NGINX} is missing: install Debian's nginx (apt-get install -y nginx), as .ci/run does`);
    }
    dist = makeTmpDir('nginx-dist');
    await buildSite({ seedsDir, outDir: dist, basePath: '/news/' });
    const dir = makeTmpDir('nginx-conf');
    const port = await freePort();
    const config = writeConfig(dir, dist, port);
    // Its own pid file and log: the Debian service's /run/nginx.pid and /var/log/nginx stay untouched.
    const pidFile = path.join(dir, 'nginx.pid');
    const errorLog = path.join(dir, 'error.log');
    writeFileSync(errorLog, '');
    nginx = spawn(NGINX, ['-e', errorLog, '-c', config, '-g', `daemon off; pid ${pidFile}; error_log ${errorLog};`], {
      stdio: 'ignore',
    });
    base = `http://127.0.0.1:${port}/news/`;
    await waitUntilServing(base, nginx, errorLog);
  });

  afterAll(async () => {
    const master = nginx;
    if (!master?.pid || master.exitCode !== null) return;
    const exited = new Promise((resolve) => master.once('exit', resolve));
    // With `daemon off` the process we started is the master: stopping it ends its worker too.
    process.kill(master.pid, 'SIGQUIT');
    await exited;
  });

  it('answers /news/ with the home page and every security header', async () => {
    const response = await fetch(base);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expectSecurityHeaders(response);
    expect(response.headers.get('cache-control')).toBe(REVALIDATE);
    expect(await response.text()).toContain('<html');
  });

  it('answers a deep article link with and without the trailing slash', async () => {
    const article = routePaths.article(slugify(SEED_HEADLINE)).slice(1);
    for (const link of [article, `${article}/`]) {
      const response = await fetch(new URL(link, base));
      expect(response.status, link).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(await response.text()).toContain('Mexico president defends extradition of 37 cartel leaders');
      expectSecurityHeaders(response);
    }
  });

  it('lets browsers keep a hashed asset for a year, with the security headers still on', async () => {
    const asset = readdirSync(path.join(dist, 'assets')).find((name) => name.endsWith('.js'));
    expect(asset).toBeDefined();
    const response = await fetch(new URL(`assets/${asset}`, base));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe(IMMUTABLE);
    expectSecurityHeaders(response);
  });

  it('keeps data, the service worker and the manifest short-lived', async () => {
    for (const file of ['data/chunks/0.json', 'sw.js', 'manifest.webmanifest']) {
      const response = await fetch(new URL(file, base));
      expect(response.status, file).toBe(200);
      expect(response.headers.get('cache-control'), file).toBe(REVALIDATE);
    }
    const manifest = await fetch(new URL('manifest.webmanifest', base));
    expect(manifest.headers.get('content-type')).toBe('application/manifest+json');
  });

  it('answers an unknown path with the 404 page and status 404', async () => {
    const response = await fetch(new URL('nope', base));
    expect(response.status).toBe(404);
    expect(await response.text()).toBe(readFileSync(path.join(dist, '404.html'), 'utf8'));
    expectSecurityHeaders(response);
  });

  it("sends the latest list's old addresses (/news/page/N) on to /news/latest/page/N/ with a 301", async () => {
    for (const old of ['page/2', 'page/2/', 'page/31/']) {
      const response = await fetch(new URL(old, base), { redirect: 'manual' });
      expect(response.status, old).toBe(301);
      expect(response.headers.get('location'), old).toBe(`/news/latest/page/${old.split('/')[1]}/`);
    }
    // Only those: the new addresses and other numbered pages are served, not sent on.
    expect((await fetch(new URL('latest/page/2', base), { redirect: 'manual' })).status).not.toBe(301);
  });

  it('redirects /news to /news/', async () => {
    const response = await fetch(base.slice(0, -1), { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/news/');
  });
});
