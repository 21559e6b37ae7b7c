// Same seeds, same bytes: two builds of one corpus must write identical dist/ trees.
import { createHash } from 'node:crypto';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generate';
import { buildSite } from './lib/build-site';
import { makeTmpDir, seedsDir } from './lib/paths';

function digestTree(root: string): Map<string, string> {
  const digests = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else digests.set(path.relative(root, full), createHash('sha256').update(readFileSync(full)).digest('hex'));
    }
  };
  walk(root);
  return digests;
}

describe('deterministic output', () => {
  it('writes byte-identical dist/ for two builds of the same seeds', async () => {
    const seeds = makeTmpDir('det-seeds');
    generateCorpus({ count: 120, outDir: seeds });
    cpSync(seedsDir, path.join(seeds, 'seed'), { recursive: true });
    writeFileSync(
      path.join(seeds, 'note.md'),
      '---\ntitle: A Markdown note\ndate: 2024-05-01\ntopics: [Science]\n---\n\nSome *emphasis* and a [link](https://example.org).\n',
    );
    const first = makeTmpDir('det-a');
    const second = makeTmpDir('det-b');
    await buildSite({ seedsDir: seeds, outDir: first });
    await buildSite({ seedsDir: seeds, outDir: second });

    const a = digestTree(first);
    const b = digestTree(second);
    expect(a.size).toBeGreaterThan(120);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    const differing = [...a].filter(([file, digest]) => b.get(file) !== digest).map(([file]) => file);
    expect(differing).toEqual([]);
  });
});
