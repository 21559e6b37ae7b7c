// The build log (issue 13, item 8): one line per stage with its own time, no "1 articles", no
// progress lines on a short build, and a summary of articles, pages, data size and warnings.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const repo = path.resolve(__dirname, '../..');
const tsx = path.join(repo, 'node_modules/.bin/tsx');
const cli = path.join(repo, 'src/pipeline/build/cli.ts');
const SEED = '000_b8ec4b7f77a3a021.txt';

/** Every stage a cold build of a site without an address runs, as its line begins. */
const STAGES = [
  'read 1 seed in',
  'tagged 1 article in',
  'built the search index (',
  // No sitemap without SITE_URL, so the line must not claim one.
  'wrote robots.txt in',
  'wrote 24 data files (',
  'bundled the app in',
  'prerendered 17 pages in',
  'saved what a rebuild reuses in',
];
const STAGE_LINE = /^(.+) in (\d+\.\d)s$/;
const SUMMARY = /^built 1 article, 17 pages and \d+ kB of data into (.+) in (\d+\.\d)s: 1 warning$/;

describe('the build log', { timeout: 300_000 }, () => {
  let lines: string[];
  let outDir: string;

  beforeAll(() => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'broadsheet-log-'));
    const seeds = path.join(dir, 'seeds');
    mkdirSync(seeds);
    copyFileSync(path.join(repo, 'seeds', SEED), path.join(seeds, SEED));
    // A folder note: left out with a warning the summary must count.
    writeFileSync(path.join(seeds, 'README.md'), '# About these seeds\n\nNotes for the editors.\n');
    outDir = path.join(dir, 'dist');
    const env = { ...process.env };
    delete env.SEEDS_DIR;
    delete env.SITE_URL;
    // As a user runs it: vitest's NODE_ENV=test makes Vite bundle React's development build, whose
    // size Vite warns about.
    delete env.NODE_ENV;
    const result = spawnSync(tsx, [cli, 'build', '--seeds', seeds, '--out', outDir], {
      cwd: repo,
      env,
      encoding: 'utf8',
    });
    expect(result.status, result.stderr).toBe(0);
    lines = result.stderr.trimEnd().split('\n');
  }, 300_000);

  it('has one line per stage, each with a time', () => {
    for (const stage of STAGES) {
      const matching = lines.filter((line) => line.startsWith(stage));
      expect(matching, stage).toHaveLength(1);
      expect(matching[0], stage).toMatch(STAGE_LINE);
    }
  });

  it('says nothing else but the warning, the missing address and the summary', () => {
    const other = lines.filter((line) => !STAGES.some((stage) => line.startsWith(stage)));
    expect(other, lines.join('\n')).toHaveLength(3);
    expect(other[0]).toMatch(/^warning: .*README\.md:1: /);
    expect(other[1]).toMatch(/^no SITE_URL: /);
    expect(other[2]).toMatch(SUMMARY);
    expect(SUMMARY.exec(other[2]!)?.[1]).toBe(outDir);
  });

  it('gives each stage its own time: the prerender, which waits for the bundle, is not charged for it', () => {
    const seconds = (stage: string) => Number(STAGE_LINE.exec(lines.find((line) => line.startsWith(stage))!)![2]);
    const total = Number(SUMMARY.exec(lines.at(-1)!)![2]);
    // The prerender starts once the app is bundled, so the two run one after the other.
    expect(seconds('bundled the app in') + seconds('prerendered 17 pages in')).toBeLessThanOrEqual(total + 0.2);
  });

  it('never counts one thing in the plural', () => {
    for (const line of lines) expect(line).not.toMatch(/(^|[^\d,.])1 (articles|seeds|pages|files|warnings)\b/);
  });
});
