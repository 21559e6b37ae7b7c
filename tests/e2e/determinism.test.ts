// Same seeds, same bytes: two builds of one corpus must write identical dist/ trees.
import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generate';
import { buildSite } from '../harness/build-site';
import { makeTmpDir, seedsDir } from '../harness/paths';

function digestTree(root: string): Map<string, string> {
  const digests = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      // Folders count too, so a rebuild that leaves an empty one behind differs from a cold build.
      if (entry.isDirectory()) {
        digests.set(`${path.relative(root, full)}/`, 'folder');
        walk(full);
      } else digests.set(path.relative(root, full), createHash('sha256').update(readFileSync(full)).digest('hex'));
    }
  };
  walk(root);
  return digests;
}

function expectSameTree(first: string, second: string): void {
  const a = digestTree(first);
  const b = digestTree(second);
  expect(a.size).toBeGreaterThan(120);
  expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
  const differing = [...a].filter(([file, digest]) => b.get(file) !== digest).map(([file]) => file);
  expect(differing).toEqual([]);
}

function makeSeeds(): string {
  const seeds = makeTmpDir('det-seeds');
  generateCorpus({ count: 120, outDir: seeds });
  cpSync(seedsDir, path.join(seeds, 'seed'), { recursive: true });
  writeFileSync(
    path.join(seeds, 'note.md'),
    '---\ntitle: A Markdown note\ndate: 2024-05-01\ntopics: [Science]\n---\n\nSome *emphasis* and a [link](https://example.org).\n',
  );
  return seeds;
}

/** Seed files in path order, relative to the corpus. */
function seedFiles(seeds: string): string[] {
  return readdirSync(seeds, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(txt|md)$/.test(entry.name))
    .map((entry) => path.relative(seeds, path.join(entry.parentPath, entry.name)))
    .sort();
}

describe('deterministic output', () => {
  it('writes byte-identical dist/ for two builds of the same seeds', async () => {
    const seeds = makeSeeds();
    const first = makeTmpDir('det-a');
    const second = makeTmpDir('det-b');
    await buildSite({ seedsDir: seeds, outDir: first });
    await buildSite({ seedsDir: seeds, outDir: second });
    expectSameTree(first, second);
  });

  it('rebuilds, reusing the last build, to the same bytes as a cold build of the changed seeds', async () => {
    const seeds = makeSeeds();
    const rebuilt = makeTmpDir('det-a');
    await buildSite({ seedsDir: seeds, outDir: rebuilt });
    const [edited, removed] = seedFiles(seeds);

    // A corrected byline: no section or entity depends on it, so only that article's files change.
    const editedFile = path.join(seeds, edited!);
    const text = readFileSync(editedFile, 'utf8');
    writeFileSync(editedFile, text.replace(/^By (.+)$/m, 'By $1 and Jo Bloggs'));
    expect(readFileSync(editedFile, 'utf8')).not.toBe(text);
    const corrected = await buildSite({ seedsDir: seeds, outDir: rebuilt });
    expect(corrected.stderr).toMatch(/\d+ unchanged pages reused from the last build/);
    expect(corrected.stderr).toMatch(/\d+ unchanged since the last build/);
    const cold = makeTmpDir('det-b');
    await buildSite({ seedsDir: seeds, outDir: cold });
    expectSameTree(rebuilt, cold);

    // A sentence added to it, one seed removed and one added: sections may move, pages and files go.
    appendFileSync(editedFile, '\n\nThis article was updated after publication to correct a detail.\n');
    rmSync(path.join(seeds, removed!));
    writeFileSync(
      path.join(seeds, 'added.md'),
      '---\ntitle: A late story\ndate: 2024-06-02\n---\n\nThe council met on Tuesday.\n',
    );
    await buildSite({ seedsDir: seeds, outDir: rebuilt });
    const coldAgain = makeTmpDir('det-b');
    await buildSite({ seedsDir: seeds, outDir: coldAgain });
    expectSameTree(rebuilt, coldAgain);
    // Five builds.
  }, 600_000);
});
