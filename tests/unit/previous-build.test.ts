// A rebuild deletes what the last build wrote and this one did not, and nothing this one wrote:
// a file that changed owner (a prerendered /page/N that is now a small page written with the
// hosting files) stays.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openPreviousBuild, type BuildRecord } from '../../src/pipeline/incremental/previousBuild';
import { buildCachePaths } from '../../src/pipeline/incremental/cacheLayout';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const outputFile = (outDir: string) => (route: string) => path.join(outDir, route, 'index.html');

describe('openPreviousBuild', () => {
  it('keeps a file the last build prerendered and this one wrote as another kind, and deletes the stale', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'broadsheet-previous-'));
    made.push(root);
    const outDir = path.join(root, 'dist');
    for (const file of ['index.html', 'page/2/index.html', 'page/9/index.html']) {
      mkdirSync(path.dirname(path.join(outDir, file)), { recursive: true });
      writeFileSync(path.join(outDir, file), 'old');
    }
    const page = { inputs: [], key: 'k' };
    const last: BuildRecord = {
      pages: { '/': page, '/page/2': page, '/page/9': page },
      data: {},
      search: {},
      discovery: {},
      other: [],
    };
    const { recordFile } = buildCachePaths(root, outDir);
    mkdirSync(path.dirname(recordFile), { recursive: true });
    writeFileSync(recordFile, JSON.stringify(last));

    const previous = await openPreviousBuild(root, outDir);
    expect(previous.warm).toBe(true);
    writeFileSync(path.join(outDir, 'page/2/index.html'), 'small');
    await previous.finish({ ...last, pages: { '/': page }, other: ['page/2/index.html'] }, outputFile(outDir));

    expect(readFileSync(path.join(outDir, 'page/2/index.html'), 'utf8')).toBe('small');
    expect(existsSync(path.join(outDir, 'page/9'))).toBe(false);
    expect(existsSync(path.join(outDir, 'index.html'))).toBe(true);
  });
});
