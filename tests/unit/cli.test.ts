// The command-line contract: catalog lines, located problems, and a build that fails on broken
// seeds (listing all of them) unless told to skip them.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = path.resolve(__dirname, '../..');
const tsx = path.join(repo, 'node_modules/.bin/tsx');
const cli = path.join(repo, 'src/pipeline/build/cli.ts');
const SEED = '000_b8ec4b7f77a3a021.txt';

function run(args: string[], cwd = repo, extraEnv: Record<string, string> = {}) {
  const env = { ...process.env, ...extraEnv };
  delete env.SEEDS_DIR;
  const result = spawnSync(tsx, [cli, ...args], { cwd, env, encoding: 'utf8', timeout: 120_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function brokenSeeds(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'broadsheet-cli-'));
  const seeds = path.join(dir, 'seeds');
  mkdirSync(path.join(seeds, 'nested'), { recursive: true });
  copyFileSync(path.join(repo, 'seeds', SEED), path.join(seeds, SEED));
  writeFileSync(path.join(seeds, 'empty.txt'), '');
  writeFileSync(path.join(seeds, 'nested', 'bad.md'), '---\ntitle: [unclosed\n---\n\nBody.\n');
  return dir;
}

describe('npm run catalog', { timeout: 120_000 }, () => {
  it('prints one JSON object per article with the documented fields', () => {
    const { code, stdout } = run(['catalog']);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const entry = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(Object.keys(entry)).toEqual(
      expect.arrayContaining([
        'file',
        'id',
        'slug',
        'title',
        'dek',
        'byline',
        'date',
        'topics',
        'sections',
        'entities',
        'wordCount',
        'paragraphs',
      ]),
    );
    expect(entry.file).toBe(SEED);
    expect(entry.date).toBeNull();
    expect(entry.byline).toBeNull();
    expect((entry.paragraphs as string[]).length).toBe(8);
    expect((entry.topics as string[]).length).toBeGreaterThan(0);
  });

  it('lists a copy folded into another article last, naming the article shown for its story', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'broadsheet-cli-'));
    mkdirSync(path.join(dir, 'seeds'));
    copyFileSync(path.join(repo, 'seeds', SEED), path.join(dir, 'seeds', 'a.txt'));
    copyFileSync(path.join(repo, 'seeds', SEED), path.join(dir, 'seeds', 'b.txt'));
    const { code, stdout } = run(['catalog', '--seeds', 'seeds'], dir);
    expect(code).toBe(0);
    const [shown, copy] = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect([shown!.file, copy!.file]).toEqual(['a.txt', 'b.txt']);
    expect(shown).not.toHaveProperty('duplicateOf');
    expect(copy!.duplicateOf).toBe(shown!.slug);
  });

  it('reports broken files on stderr as path:line: message and still lists the good ones', () => {
    const dir = brokenSeeds();
    const { code, stdout, stderr } = run(['catalog', '--seeds', 'seeds'], dir);
    expect(code).toBe(1);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^seeds\/empty\.txt:1: .+/m);
    expect(stderr).toMatch(/^seeds\/nested\/bad\.md:\d+: .+/m);
  });
});

describe('npm run build with broken seeds', { timeout: 120_000 }, () => {
  it('fails listing every problem at once, and never with a stack trace', () => {
    const dir = brokenSeeds();
    const { code, stderr } = run(['build', '--seeds', 'seeds', '--out', 'dist'], dir);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^seeds\/empty\.txt:1: /m);
    expect(stderr).toMatch(/^seeds\/nested\/bad\.md:\d+: /m);
    expect(stderr).toMatch(/--skip-broken/);
    expect(stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  });
});

/** One good seed and one for each way front matter used to throw (issue 11). */
function badFrontMatterSeeds(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'broadsheet-cli-yaml-'));
  const seeds = path.join(dir, 'seeds');
  mkdirSync(seeds);
  copyFileSync(path.join(repo, 'seeds', SEED), path.join(seeds, SEED));
  writeFileSync(path.join(seeds, 'alias.md'), '---\ntitle: *x\n---\n\nBody.\n');
  const aliases = Array.from({ length: 101 }, () => '*a').join(', ');
  writeFileSync(path.join(seeds, 'aliases.md'), `---\nt: &a x\nl: [${aliases}]\n---\n\nBody.\n`);
  writeFileSync(path.join(seeds, 'deep.md'), `---\ntitle: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n---\n`);
  return dir;
}

describe('front matter that used to throw', { timeout: 120_000 }, () => {
  const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const located = (seeds: string): RegExp[] => [
    new RegExp(`^${escape(seeds)}/alias\\.md:2: front matter: aliases such as \\*x are not supported`, 'm'),
    new RegExp(`^${escape(seeds)}/aliases\\.md:3: front matter: aliases such as \\*a are not supported`, 'm'),
    new RegExp(`^${escape(seeds)}/deep\\.md:2: front matter: nesting deeper than 32 levels`, 'm'),
  ];

  it('catalog lists the good file and locates each bad one, with no stack trace', () => {
    const { code, stdout, stderr } = run(['catalog', '--seeds', 'seeds'], badFrontMatterSeeds());
    expect(code).toBe(1);
    expect(
      stdout
        .trim()
        .split('\n')
        .map((l) => (JSON.parse(l) as { file: string }).file),
    ).toEqual([SEED]);
    for (const line of located('seeds')) expect(stderr).toMatch(line);
    expect(stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  });

  it('build with SKIP_BROKEN=1 builds the good file and names the ones it left out', () => {
    // Run from the repository, which holds the app the build bundles; seeds and output are the temp folder's.
    const dir = badFrontMatterSeeds();
    const seeds = path.join(dir, 'seeds');
    const { code, stderr } = run(['build', '--seeds', seeds, '--out', path.join(dir, 'dist')], repo, {
      SKIP_BROKEN: '1',
    });
    expect(code, stderr).toBe(0);
    for (const line of located(seeds)) expect(stderr).toMatch(line);
    expect(stderr).toMatch(/skipped 3 broken file\(s\): alias\.md, aliases\.md, deep\.md/);
    expect(stderr).toMatch(
      /built 1 article, \d+ pages and \d+ kB of data into .+: no warnings, \d+ errors? in skipped files$/m,
    );
    expect(stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  });
});
