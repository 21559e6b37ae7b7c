import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { prerender } from '../../src/pipeline/render/prerender';
import {
  fillTemplate,
  outputFile,
  templateFiller,
  renderRoutes,
  type PreviousPages,
  type RenderSetup,
} from '../../src/pipeline/render/renderPages';

// A stand-in for the built prerender module: an article route reads its JSON, others the manifest.
const FAKE_RENDERER = `
exports.renderRoute = async (url, { basename, readData }) => {
  const file = url.startsWith('/articles/') ? 'articles/' + url.slice('/articles/'.length) + '.json' : 'manifest.json';
  const data = await readData(file);
  return { status: 200, head: '<title>' + url + '</title>', lang: 'en', html: '<p>' + basename + data.text + '</p>', state: JSON.stringify(data) };
};
`;
const TEMPLATE =
  '<html><head><!--app-head--></head><body><div id="root"><!--app-html--></div><!--app-state--></body></html>';

let root: string;
let rendererPath: string;

async function writeData(outDir: string, files: Record<string, unknown>): Promise<void> {
  for (const [rel, value] of Object.entries(files)) {
    const file = path.join(outDir, 'data', rel);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, JSON.stringify(value));
  }
}

function setup(outDir: string, previous: PreviousPages = { previous: {} }): RenderSetup & PreviousPages {
  return { outDir, basePath: '/', rendererPath, template: TEMPLATE, ...previous };
}

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'broadsheet-render-'));
  rendererPath = path.join(root, 'entry-server.cjs');
  await writeFile(rendererPath, FAKE_RENDERER);
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('fillTemplate', () => {
  it('puts page text in literally, even where it looks like a replacement pattern', () => {
    const html = fillTemplate(TEMPLATE, {
      head: '<title>$&</title>',
      lang: 'en',
      html: '<p>bring in the $$$</p>',
      state: '{"a":"$\'"}',
    });
    expect(html).toContain('<title>$&</title>');
    expect(html).toContain('<p>bring in the $$$</p>');
    expect(html).toContain('{"a":"$\'"}</script>');
    expect(html).toContain('Content-Security-Policy');
  });

  it("sets <html lang> to the site's language", () => {
    const html = fillTemplate('<html lang="en"><head></head></html>', { head: '', lang: 'pt-BR', html: '', state: '' });
    expect(html).toContain('<html lang="pt-BR">');
    expect(html).not.toContain('lang="en"');
  });
});

describe('templateFiller', () => {
  it('fills page after page, each with its own language and text', () => {
    const fill = templateFiller(
      '<html lang="en"><head><!--app-head--></head><body><!--app-html--><!--app-state--></body></html>',
    );
    const pages = [
      { head: '<title>1</title>', lang: 'en', html: '<p>one</p>', state: '1' },
      { head: '<title>2</title>', lang: 'fr', html: '<p>deux</p>', state: '2' },
      { head: '<title>3</title>', lang: 'en', html: '<p>three</p>', state: '3' },
    ];
    for (const page of pages)
      expect(fill(page)).toBe(
        fillTemplate(
          '<html lang="en"><head><!--app-head--></head><body><!--app-html--><!--app-state--></body></html>',
          page,
        ),
      );
    expect(fill(pages[1]!)).toMatch(
      /^<html lang="fr"><head>\n {4}<meta http-equiv="Content-Security-Policy"[^>]*><title>2<\/title><\/head><body><p>deux<\/p><script type="application\/json" id="bs-state">2<\/script><\/body><\/html>$/,
    );
    expect(fill(pages[2]!)).toContain('<html lang="en">');
  });

  it('leaves a placeholder the template lacks, and one in page text, as they are', () => {
    const fill = templateFiller('<html lang="en"><head></head><body><!--app-html--></body></html>');
    const html = fill({
      head: 'unused',
      lang: 'en',
      html: '<p>&lt;!--app-state--&gt; <!--app-state--></p>',
      state: '{}',
    });
    expect(html).toMatch(/<body><p>&lt;!--app-state--&gt; <!--app-state--><\/p><\/body><\/html>$/);
    expect(html).not.toContain('unused');
  });
});

describe('renderRoutes', () => {
  it('writes each route and records the data files it read', async () => {
    const outDir = path.join(root, 'dist');
    await writeData(outDir, { 'manifest.json': { text: 'home' }, 'articles/a.json': { text: 'A' } });
    const outcome = await renderRoutes({ ...setup(outDir), routes: ['/', '/articles/a', '/404'] }, () => undefined);
    expect(outcome.reused).toBe(0);
    expect(Object.keys(outcome.records)).toEqual(['/', '/articles/a', '/404']);
    expect(outcome.records['/articles/a']!.inputs).toEqual(['articles/a.json']);
    expect(await readFile(outputFile(outDir, '/articles/a'), 'utf8')).toContain('<p>A</p>');
    expect(await readFile(path.join(outDir, '404.html'), 'utf8')).toContain('<p>home</p>');
  });

  it('fails on a route whose data file is missing', async () => {
    const outDir = path.join(root, 'dist');
    await writeData(outDir, { 'manifest.json': { text: 'home' } });
    await expect(renderRoutes({ ...setup(outDir), routes: ['/articles/gone'] }, () => undefined)).rejects.toThrow(
      /articles\/gone\.json/,
    );
  });

  it('keeps unchanged pages in place and renders changed ones again', async () => {
    const outDir = path.join(root, 'dist');
    await writeData(outDir, {
      'manifest.json': { text: 'home' },
      'articles/a.json': { text: 'A' },
      'articles/b.json': { text: 'B' },
    });
    const routes = ['/', '/articles/a', '/articles/b'];
    const first = await renderRoutes({ ...setup(outDir), routes }, () => undefined);
    await writeData(outDir, { 'articles/b.json': { text: 'B, corrected' } });
    // A page that was rendered again would lose this.
    await writeFile(outputFile(outDir, '/articles/a'), 'kept');

    const second = await renderRoutes({ ...setup(outDir, { previous: first.records }), routes }, () => undefined);
    expect(second.reused).toBe(2);
    expect(await readFile(outputFile(outDir, '/articles/a'), 'utf8')).toBe('kept');
    expect(await readFile(outputFile(outDir, '/articles/b'), 'utf8')).toContain('B, corrected');
    expect(second.records['/articles/b']!.key).not.toBe(first.records['/articles/b']!.key);
    expect(second.records['/articles/a']).toEqual(first.records['/articles/a']);
  });

  it('renders a page again when the renderer changes, even with the same data', async () => {
    const outDir = path.join(root, 'dist');
    await writeData(outDir, { 'manifest.json': { text: 'home' } });
    const first = await renderRoutes({ ...setup(outDir), routes: ['/'] }, () => undefined);
    // Another path: require() keeps the first module loaded from a path for the life of the process.
    const changed = path.join(root, 'entry-server-2.cjs');
    await writeFile(changed, FAKE_RENDERER.replace("'<p>'", '\'<p class="x">\''));
    const second = await renderRoutes(
      { ...setup(outDir, { previous: first.records }), rendererPath: changed, routes: ['/'] },
      () => undefined,
    );
    expect(second.reused).toBe(0);
    expect(await readFile(outputFile(outDir, '/'), 'utf8')).toContain('<p class="x">home</p>');
  });
});

describe('prerender', () => {
  it('shares a large site among workers and returns every record in route order', async () => {
    const outDir = path.join(root, 'dist');
    const slugs = Array.from({ length: 1100 }, (_, i) => `s${i}`);
    await writeData(outDir, {
      'manifest.json': { text: 'home' },
      ...Object.fromEntries(slugs.map((s) => [`articles/${s}.json`, { text: s }])),
    });
    const routes = ['/', ...slugs.map((s) => `/articles/${s}`)];
    const outcome = await prerender({
      outDir,
      basePath: '/',
      routes,
      quiet: true,
      previous: {},
      ready: Promise.resolve({ rendererPath, template: TEMPLATE, digests: new Map<string, string>() }),
    });
    expect(Object.keys(outcome.records)).toEqual(routes);
    expect(await readFile(outputFile(outDir, '/articles/s1099'), 'utf8')).toContain('<p>s1099</p>');
    // Worker threads boot tsx before they render: seconds on a busy machine.
  }, 30_000);

  it('fails, without leaving workers behind, when the renderer never gets built', async () => {
    const routes = Array.from({ length: 1100 }, (_, i) => `/articles/s${i}`);
    await expect(
      prerender({
        outDir: path.join(root, 'dist'),
        basePath: '/',
        routes,
        quiet: true,
        previous: {},
        ready: Promise.reject(new Error('bundle failed')),
      }),
    ).rejects.toThrow('bundle failed');
  });
});
