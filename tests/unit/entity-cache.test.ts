import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TaggedEntities } from '../../src/pipeline/enrich/entityNames';
import { EntityCache } from '../../src/pipeline/incremental/entityCache';
import { repoRoot } from '../harness/paths';

const seed = (text: string) =>
  new TextEncoder().encode(`${text}\n\nBy A Writer\n\nThe mayor of Leeds spoke on Monday.\n`);
const found: TaggedEntities = {
  people: [],
  places: [{ name: 'Leeds', slug: 'leeds', count: 1 }],
  organisations: [],
  acronyms: [],
  spelledOut: [],
  works: [],
  clubs: [],
  placeForms: [],
  sport: false,
};

let dir: string;
let file: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'broadsheet-entity-cache-'));
  file = path.join(dir, 'entities.jsonl');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Opens the cache, parses each seed and asks for its entities and words; returns which were worked out. */
async function run(warm: boolean, seeds: [string, Uint8Array][]): Promise<string[]> {
  const cache = await EntityCache.open(file, repoRoot, warm);
  const made: string[] = [];
  for (const [name, bytes] of seeds) {
    const { draft } = cache.parse(name, bytes);
    if (!draft) throw new Error(`${name} did not parse`);
    expect(cache.entities(draft, () => (made.push(`entities ${name}`), found))).toEqual(found);
    expect(cache.words(draft, () => (made.push(`words ${name}`), 7))).toBe(7);
  }
  await cache.save();
  return made;
}

describe('EntityCache', () => {
  it('works out entities and words again only for files whose bytes changed', async () => {
    expect(
      await run(true, [
        ['a.txt', seed('A headline')],
        ['b.txt', seed('B headline')],
      ]),
    ).toHaveLength(4);
    expect(
      await run(true, [
        ['a.txt', seed('A headline')],
        ['b.txt', seed('B headline, corrected')],
      ]),
    ).toEqual(['entities b.txt', 'words b.txt']);
    expect(
      await run(true, [
        ['a.txt', seed('A headline')],
        ['b.txt', seed('B headline, corrected')],
      ]),
    ).toEqual([]);
  });

  it('keys entries by path as well as bytes', async () => {
    await run(true, [['a.txt', seed('Same')]]);
    expect(await run(true, [['moved/a.txt', seed('Same')]])).toEqual(['entities moved/a.txt', 'words moved/a.txt']);
  });

  it('starts empty for a cold build', async () => {
    await run(true, [['a.txt', seed('A headline')]]);
    expect(await run(false, [['a.txt', seed('A headline')]])).toHaveLength(2);
  });

  it('says which drafts have entities saved, so a build knows whether to load the tagger at all', async () => {
    await run(true, [['a.txt', seed('A headline')]]);
    const cache = await EntityCache.open(file, repoRoot, true);
    const kept = cache.parse('a.txt', seed('A headline')).draft!;
    const edited = cache.parse('b.txt', seed('B headline')).draft!;
    expect(cache.hasEntities(kept)).toBe(true);
    expect(cache.hasEntities(edited)).toBe(false);
    cache.entities(edited, () => found);
    expect(cache.hasEntities(edited)).toBe(true);
  });
});
