import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/model/article';
import { loadSeedFile, loadSeeds, SeedsFolderError } from '../../src/pipeline/build/load';

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** A seeds folder in a fresh temp dir, from relative path → content. */
function seedsDir(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'broadsheet-load-'));
  roots.push(root);
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), content);
  }
  return root;
}

const article = (title: string): string => `${title}\n\nThe dek.\n\nThe body.\n`;

describe('loadSeeds', () => {
  it('reads .txt, .md and .markdown files in nested folders, in code-unit order of their paths', async () => {
    const dir = seedsDir({
      'b.txt': article('B'),
      'a/z.md': '# AZ\n\nBody.',
      'a/B.markdown': '# AB\n\nBody.',
      'Z.TXT': article('Upper Z'),
      'a.txt': article('A'),
      'notes.json': '{}',
      'image.png': 'not a seed',
    });
    const { drafts, problems } = await loadSeeds(dir);
    expect(problems).toEqual([]);
    expect(drafts.map((d) => d.file)).toEqual(['Z.TXT', 'a.txt', 'a/B.markdown', 'a/z.md', 'b.txt']);
    expect(drafts.map((d) => d.title)).toEqual(['Upper Z', 'A', 'AB', 'AZ', 'B']);
  });

  it('skips dot-files, dot-folders and node_modules', async () => {
    const dir = seedsDir({
      'kept.txt': article('Kept'),
      '.hidden.txt': article('Hidden'),
      '.git/x.md': '# Git',
      'node_modules/pkg/readme.md': '# Package',
      'deep/.cache/y.txt': article('Cache'),
    });
    const { drafts } = await loadSeeds(dir);
    expect(drafts.map((d) => d.file)).toEqual(['kept.txt']);
  });

  it('leaves out a folder README or licence, and says so', async () => {
    const dir = seedsDir({
      'story.md': '# Story',
      'README.md': '# About this corpus',
      'news/LICENSE.txt': 'All rights reserved',
    });
    const { drafts, problems } = await loadSeeds(dir);
    expect(drafts.map((d) => d.file)).toEqual(['story.md']);
    expect(problems.map((p) => formatProblem(p)).sort()).toEqual([
      'seeds/README.md:1: left out: a folder note, not an article',
      'seeds/news/LICENSE.txt:1: left out: a folder note, not an article',
    ]);
  });

  it('lists every problem, located and in file order, and keeps the good drafts', async () => {
    const dir = seedsDir({
      'ok.txt': article('Fine'),
      'empty.txt': '',
      'bad/front.md': '---\ntitle: T\ntopics: 5\n---\n',
      'bad/bin.txt': Uint8Array.from([0x47, 0x49, 0x46, 0, 1, 2]),
      'old.txt': Uint8Array.from([...new TextEncoder().encode('Caf'), 0xe9, 0x0a, 0x0a, 0x42]),
    });
    const { drafts, problems } = await loadSeeds(dir);
    expect(drafts.map((d) => d.file)).toEqual(['ok.txt', 'old.txt']);
    expect(problems.map((p) => formatProblem(p))).toEqual([
      'seeds/bad/bin.txt:1: binary file, not text',
      'seeds/bad/front.md:3: topics must be a list of names or a comma-separated string, not the number 5',
      'seeds/empty.txt:1: file is empty',
      'seeds/old.txt:1: not valid UTF-8; decoded as Windows-1252',
    ]);
  });

  it('fails when the folder holds no seeds, unless an empty folder is allowed', async () => {
    const dir = seedsDir({ 'readme.rst': 'nothing', '.hidden.md': '# no' });
    await expect(loadSeeds(dir)).rejects.toThrow(
      new SeedsFolderError(
        `seeds folder ${dir} holds no .txt or .md seeds; pass --allow-empty (ALLOW_EMPTY=1) to build an empty site`,
      ),
    );
    expect(await loadSeeds(dir, undefined, { allowEmpty: true })).toEqual({ drafts: [], problems: [] });
  });

  it('fails on a missing seeds folder, or a file in its place, in one unlocated sentence', async () => {
    const missing = path.join(os.tmpdir(), 'broadsheet-does-not-exist-4471');
    await expect(loadSeeds(missing)).rejects.toThrow(new SeedsFolderError(`seeds folder ${missing} does not exist`));
    const file = path.join(seedsDir({ 'a.txt': article('A') }), 'a.txt');
    await expect(loadSeeds(file)).rejects.toThrow(new SeedsFolderError(`seeds folder ${file} is not a folder`));
  });

  it('reads linked files but does not follow linked folders', async () => {
    const outside = seedsDir({ 'elsewhere.txt': article('Linked file'), 'sub/x.txt': article('Far') });
    const dir = seedsDir({ 'a.txt': article('A') });
    symlinkSync(path.join(outside, 'elsewhere.txt'), path.join(dir, 'link.txt'));
    symlinkSync(dir, path.join(dir, 'loop'));
    const { drafts, problems } = await loadSeeds(dir);
    expect(drafts.map((d) => d.file)).toEqual(['a.txt', 'link.txt']);
    expect(problems).toEqual([{ file: 'loop', line: 1, message: 'linked folder not followed', severity: 'warning' }]);
  });

  it('reads many files with the same result every time', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 300; i++)
      files[`f${String(i % 7)}/${String(299 - i).padStart(3, '0')}.txt`] = article(`Title ${i}`);
    const dir = seedsDir(files);
    const first = await loadSeeds(dir);
    const second = await loadSeeds(dir);
    expect(first.drafts).toHaveLength(300);
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
    const paths = first.drafts.map((d) => d.file);
    expect(paths).toEqual([...paths].sort());
  });
});

describe('loadSeedFile', () => {
  it('reads one seed by its forward-slash relative path', async () => {
    const dir = seedsDir({ 'x/y/one.md': '---\ntitle: One\n---\nBody.' });
    const { draft, problems } = await loadSeedFile(dir, 'x/y/one.md');
    expect(problems).toEqual([]);
    expect(draft).toMatchObject({ file: 'x/y/one.md', title: 'One' });
  });

  it('reports a file that cannot be read', async () => {
    const dir = seedsDir({ 'a.txt': article('A') });
    expect(await loadSeedFile(dir, 'gone.txt')).toEqual({
      draft: null,
      problems: [{ file: 'gone.txt', line: 1, message: 'cannot read: ENOENT', severity: 'error' }],
    });
  });
});
