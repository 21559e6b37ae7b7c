// CLI output through pipes: a slow reader still gets every byte (the process must not exit while
// stdout is draining), and a reader that leaves after one line ends the run quietly.
import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import type { Readable } from 'node:stream';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generate';

const repo = path.resolve(__dirname, '../..');
const tsx = path.join(repo, 'node_modules/.bin/tsx');
const cli = path.join(repo, 'src/pipeline/build/cli.ts');
// Over 400 KB of catalog: more than a pipe (64 KiB) or a socket pair's buffer holds at once.
const ARTICLES = 300;

let dir = '';
let seeds = '';
let expected = Buffer.alloc(0);

interface Run {
  code: number | null;
  stdout: Buffer;
  stderr: string;
}

/** Runs the catalog; `read` decides how its stdout is consumed. */
function catalog(read: (stdout: Readable, chunks: Buffer[]) => void): Promise<Run> {
  const child = spawn(tsx, [cli, 'catalog', '--seeds', seeds], { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'] });
  const chunks: Buffer[] = [];
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  read(child.stdout, chunks);
  return new Promise((resolve) => {
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(chunks), stderr }));
  });
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'broadsheet-pipes-'));
  seeds = path.join(dir, 'seeds');
  generateCorpus({ count: ARTICLES, outDir: seeds });
  // The reference: a file takes writes synchronously, so nothing can be cut off there.
  const out = path.join(dir, 'catalog.jsonl');
  const fd = openSync(out, 'w');
  const child = spawn(tsx, [cli, 'catalog', '--seeds', seeds], { cwd: repo, stdio: ['ignore', fd, 'inherit'] });
  const code = await new Promise((resolve) => child.on('close', resolve));
  closeSync(fd);
  expect(code).toBe(0);
  expected = readFileSync(out);
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('npm run catalog through a pipe', { timeout: 120_000 }, () => {
  it('delivers every byte to a reader slower than the writer', async () => {
    const { code, stdout, stderr } = await catalog((stream, chunks) => {
      stream.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        // Take a chunk, then look away: the writer's buffer fills and it has to wait for us.
        stream.pause();
        setTimeout(() => stream.resume(), 15);
      });
    });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(expected.length).toBeGreaterThan(400_000);
    expect(stdout.length).toBe(expected.length);
    expect(stdout.equals(expected)).toBe(true);
    const lines = stdout.toString('utf8').split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(ARTICLES);
    for (const line of lines) expect(() => JSON.parse(line) as unknown).not.toThrow();
  });

  it('ends quietly, with no EPIPE stack, when the reader leaves after one line', async () => {
    const { code, stdout, stderr } = await catalog((stream, chunks) => {
      stream.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        // Like `| head -1`: close our end as soon as a whole line is in.
        if (chunk.includes(0x0a)) stream.destroy();
      });
    });
    expect(stdout.length).toBeLessThan(expected.length);
    expect(stdout.equals(expected.subarray(0, stdout.length))).toBe(true);
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
