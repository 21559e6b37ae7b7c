// The seeds folder itself: missing, unreadable or empty stops the CLI in one plain sentence (no
// `path/.:1:`, no advice to skip broken seeds); an unreadable subfolder is a located problem.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const repo = path.resolve(__dirname, '../..');
const tsx = path.join(repo, 'node_modules/.bin/tsx');
const cli = path.join(repo, 'src/pipeline/build/cli.ts');
const SEED = '000_b8ec4b7f77a3a021.txt';
const NOBODY = 65534;
const STACK_LINE = /^\s+at .+:\d+:\d+\)?$/m;

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

function tempDir(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'broadsheet-folder-'));
  roots.push(root);
  return root;
}

function run(args: string[], extra: SpawnSyncOptions = {}, env: NodeJS.ProcessEnv = {}) {
  const base = { ...process.env, ...env };
  delete base.SEEDS_DIR;
  if (!('ALLOW_EMPTY' in env)) delete base.ALLOW_EMPTY;
  const result = spawnSync(tsx, [cli, ...args], { cwd: repo, env: base, encoding: 'utf8', timeout: 120_000, ...extra });
  return { code: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

describe('the seeds folder', { timeout: 120_000 }, () => {
  it('that does not exist is one sentence and a failure, even when skipping broken seeds', () => {
    const missing = path.join(tempDir(), 'nope');
    for (const args of [['catalog'], ['build', '--skip-broken', '--out', path.join(tempDir(), 'dist')]]) {
      const { code, stdout, stderr } = run([...args, '--seeds', missing]);
      expect(code).toBe(1);
      expect(stdout).toBe('');
      expect(stderr).toMatch(new RegExp(`^seeds folder ${missing} does not exist$`, 'm'));
      expect(stderr).not.toMatch(/:1:|skip-broken|ENOENT/);
      expect(stderr).not.toMatch(STACK_LINE);
    }
  });

  it('with no seeds fails unless an empty folder is asked for', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'notes.json'), '{}');
    const refused = run(['catalog', '--seeds', dir]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(
      `seeds folder ${dir} holds no .txt or .md seeds; pass --allow-empty (ALLOW_EMPTY=1) to build an empty site\n`,
    );
    for (const allowed of [
      run(['catalog', '--seeds', dir, '--allow-empty']),
      run(['catalog', '--seeds', dir], {}, { ALLOW_EMPTY: '1' }),
    ]) {
      expect(allowed).toEqual({ code: 0, stdout: '', stderr: '' });
    }
  });

  // Root reads any folder whatever its mode, so the unreadable cases run as `nobody` when we are root.
  const asUser = process.getuid?.() === 0 ? { uid: NOBODY, gid: NOBODY } : {};

  it('that cannot be read is one sentence; an unreadable subfolder is a located error', () => {
    const root = tempDir();
    chmodSync(root, 0o755);
    const seeds = path.join(root, 'seeds');
    mkdirSync(path.join(seeds, 'locked'), { recursive: true });
    copyFileSync(path.join(repo, 'seeds', SEED), path.join(seeds, SEED));
    copyFileSync(path.join(repo, 'seeds', SEED), path.join(seeds, 'locked', 'hidden.txt'));
    chmodSync(path.join(seeds, 'locked'), 0o000);
    try {
      const partial = run(['catalog', '--seeds', 'seeds'], { ...asUser, cwd: root });
      expect(partial.stderr).toBe('seeds/locked:1: cannot read this folder: EACCES\n');
      expect(partial.code).toBe(1);
      const files = partial.stdout
        .trim()
        .split('\n')
        .map((line) => (JSON.parse(line) as { file: string }).file);
      expect(files).toEqual([SEED]);

      chmodSync(seeds, 0o000);
      const none = run(['catalog', '--seeds', seeds], { ...asUser, cwd: root });
      expect(none).toEqual({ code: 1, stdout: '', stderr: `seeds folder ${seeds} cannot be read: EACCES\n` });
    } finally {
      // A user other than root could not remove them otherwise.
      chmodSync(seeds, 0o755);
      chmodSync(path.join(seeds, 'locked'), 0o755);
    }
  });

  it('with special files and odd names prints every one of them located and escaped', () => {
    const dir = tempDir();
    copyFileSync(path.join(repo, 'seeds', SEED), path.join(dir, SEED));
    writeFileSync(path.join(dir, 'e\u001b[31mred.txt'), '');
    writeFileSync(Buffer.concat([Buffer.from(`${dir}/bad`), Buffer.from([0xff]), Buffer.from('.txt')]), '');
    spawnSync('mkfifo', [path.join(dir, 'x.txt')]);
    const { code, stdout, stderr } = run(['catalog', '--seeds', dir]);
    expect(code).toBe(1);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    expect(stderr).not.toContain('\u001b');
    expect(stderr.trimEnd().split('\n').sort()).toEqual([
      `"${dir}/e\\u001b[31mred.txt":1: file is empty`,
      `${dir}/bad\\xFF.txt:1: file is empty`,
      `warning: ${dir}/x.txt:1: left out: a FIFO, not a regular file`,
    ]);
  });
});
