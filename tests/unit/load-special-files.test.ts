// Seeds that are not plain files: each is named in a located warning and never opened (a FIFO
// would block the read, /dev/zero would never end), and odd file names are read and print safely.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/model/article';
import { loadSeedFile, loadSeeds } from '../../src/pipeline/build/load';
import { MAX_SEED_BYTES } from '../../src/pipeline/read/seedBytes';

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

function tempDir(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'broadsheet-special-'));
  roots.push(root);
  return root;
}

const article = (title: string): string => `${title}\n\nThe dek.\n\nThe body.\n`;

function mkfifo(file: string): void {
  execFileSync('mkfifo', [file]);
}

/** Problem lines as the CLI prints them, in the loader's order. */
const lines = (problems: Parameters<typeof formatProblem>[0][]): string[] => problems.map((p) => formatProblem(p));

describe('loadSeeds with special files', { timeout: 30_000 }, () => {
  it('names each link that leads nowhere, each FIFO and each device in a warning, and reads the rest', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'good.txt'), article('Good'));
    symlinkSync(path.join(dir, 'missing.txt'), path.join(dir, 'dangling.txt'));
    symlinkSync('self.txt', path.join(dir, 'self.txt'));
    symlinkSync('pong.txt', path.join(dir, 'ping.txt'));
    symlinkSync('ping.txt', path.join(dir, 'pong.txt'));
    symlinkSync('/dev/zero', path.join(dir, 'zero.txt'));
    mkfifo(path.join(dir, 'x.txt'));
    // Not seed names: nothing to say about them.
    mkfifo(path.join(dir, 'pipe'));
    symlinkSync(path.join(dir, 'gone'), path.join(dir, 'dangling.png'));

    const { drafts, problems } = await loadSeeds(dir);
    expect(drafts.map((d) => d.file)).toEqual(['good.txt']);
    expect(problems.every((p) => p.severity === 'warning')).toBe(true);
    expect(lines(problems).sort()).toEqual([
      'seeds/dangling.txt:1: left out: a link to a missing file',
      'seeds/ping.txt:1: left out: a link that loops back on itself',
      'seeds/pong.txt:1: left out: a link that loops back on itself',
      'seeds/self.txt:1: left out: a link that loops back on itself',
      'seeds/x.txt:1: left out: a FIFO, not a regular file',
      'seeds/zero.txt:1: left out: a link to a character device, not a regular file',
    ]);
  });

  it('never opens a FIFO or a device asked for by name', async () => {
    const dir = tempDir();
    mkfifo(path.join(dir, 'x.txt'));
    symlinkSync('/dev/zero', path.join(dir, 'zero.txt'));
    expect(await loadSeedFile(dir, 'x.txt')).toEqual({
      draft: null,
      problems: [{ file: 'x.txt', line: 1, message: 'cannot read: a FIFO, not a regular file', severity: 'error' }],
    });
    expect((await loadSeedFile(dir, 'zero.txt')).problems).toEqual([
      { file: 'zero.txt', line: 1, message: 'cannot read: a character device, not a regular file', severity: 'error' },
    ]);
  });

  it('refuses a seed over the 5 MB limit without reading it', async () => {
    const dir = tempDir();
    // One byte over the limit, and one exactly at it.
    writeFileSync(path.join(dir, 'huge.txt'), `${article('Huge')}${'x'.repeat(MAX_SEED_BYTES - 25)}`);
    writeFileSync(path.join(dir, 'edge.txt'), `${article('Edge')}${'y'.repeat(MAX_SEED_BYTES - 26)}`);
    const { drafts, problems } = await loadSeeds(dir);
    expect(drafts.map((d) => d.file)).toEqual(['edge.txt']);
    expect(lines(problems)).toEqual([
      `seeds/huge.txt:1: file is ${MAX_SEED_BYTES + 1} bytes, over the 5 MB seed limit`,
    ]);
  });
});

describe('file names in problem lines', () => {
  it('reads a file whose name is not valid UTF-8, and shows the stray byte escaped', async () => {
    const dir = tempDir();
    const raw = Buffer.concat([Buffer.from(`${dir}/caf`), Buffer.from([0xe9]), Buffer.from('.txt')]);
    writeFileSync(raw, article('Café'));
    const rawEmpty = Buffer.concat([Buffer.from(`${dir}/bad`), Buffer.from([0xff]), Buffer.from('.txt')]);
    writeFileSync(rawEmpty, '');
    const { drafts, problems } = await loadSeeds(dir);
    expect(drafts.map((d) => [d.file, d.title])).toEqual([['caf\\xE9.txt', 'Café']]);
    expect(lines(problems)).toEqual(['seeds/bad\\xFF.txt:1: file is empty']);
  });

  it('quotes a name with control characters or one that looks like a location', async () => {
    const dir = tempDir();
    for (const name of ['e\u001b[31mred.txt', 'new\nline.txt', 'x.txt:1:.txt', 'plain name.txt']) {
      writeFileSync(path.join(dir, name), '');
    }
    const { problems } = await loadSeeds(dir);
    expect(lines(problems).sort()).toEqual([
      '"seeds/e\\u001b[31mred.txt":1: file is empty',
      '"seeds/new\\nline.txt":1: file is empty',
      '"seeds/x.txt:1:.txt":1: file is empty',
      'seeds/plain name.txt:1: file is empty',
    ]);
  });
});
