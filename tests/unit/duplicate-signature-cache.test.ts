// A rebuild finds copies of one story from the body signatures the last build kept (entityCache.ts),
// working out signatures only for changed seeds, and must fold exactly what a cold build folds.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { foldCopies } from '../../src/pipeline/build/copies';
import { sortForList } from '../../src/pipeline/build/corpus';
import { identify } from '../../src/pipeline/build/identify';
import { bodySignature } from '../../src/pipeline/enrich/duplicates';
import { EntityCache } from '../../src/pipeline/incremental/entityCache';
import { repoRoot } from '../harness/paths';

const FERRY = [
  'The morning ferry to the islands was cancelled for a third day as gales kept boats in harbour along the whole of the west coast.',
  'Islanders said shops were running short of bread and milk, and the council opened the school hall for travellers stranded on the mainland overnight.',
];
const LIBRARY = [
  'A town library that closed two years ago will open again next month after volunteers raised enough money to pay for a new roof and heating.',
  'The group behind the appeal said more than four hundred people had given something, from children emptying money boxes to a local builder who worked for free.',
];
const FERRY_EDITED = [FERRY[0]!.replace('third', 'fourth'), FERRY[1]!];
const SHORT = ['Pictures from the day.'];

const seed = (title: string, paragraphs: string[]) =>
  new TextEncoder().encode(`${title}\n\nBy A Writer\n\nA standfirst.\n\n${paragraphs.join('\n\n')}\n`);

let dir: string;
let file: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'broadsheet-signature-cache-'));
  file = path.join(dir, 'entities.jsonl');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Folds the seeds through the cache; the listed and folded files, and whose signatures were worked out. */
async function fold(seeds: [string, Uint8Array][]) {
  const cache = await EntityCache.open(file, repoRoot, true);
  const drafts = seeds.map(([name, bytes]) => cache.parse(name, bytes).draft!);
  const made: string[] = [];
  const folded = foldCopies(sortForList(identify(drafts)), (draft, make) =>
    cache.bodySignature(draft, () => (made.push(draft.file), make())),
  );
  await cache.save();
  const uncached = foldCopies(sortForList(identify(drafts)));
  const files = (f: typeof folded) => ({
    listed: f.identified.map((item) => item.draft.file),
    copies: f.copies.map((copy) => [copy.item.draft.file, f.identified[copy.of]!.draft.file]),
  });
  return { folded: files(folded), uncached: files(uncached), made: made.sort() };
}

describe('duplicate signatures kept across builds', () => {
  it('folds the same copies from kept signatures as from the bodies, working out only changed seeds', async () => {
    const first = await fold([
      ['a.txt', seed('Ferries cancelled', FERRY)],
      ['b.txt', seed('Storm keeps ferries in port', FERRY)],
      ['c.txt', seed('Library to reopen', LIBRARY)],
      ['d.txt', seed('In pictures', SHORT)],
    ]);
    expect(first.made).toEqual(['a.txt', 'b.txt', 'c.txt', 'd.txt']);
    expect(first.folded).toEqual({ listed: ['a.txt', 'c.txt', 'd.txt'], copies: [['b.txt', 'a.txt']] });

    // c.txt becomes a near copy of the ferry story and d.txt an exact one; only they are read again.
    const second = await fold([
      ['a.txt', seed('Ferries cancelled', FERRY)],
      ['b.txt', seed('Storm keeps ferries in port', FERRY)],
      ['c.txt', seed('Ferries off again', FERRY_EDITED)],
      ['d.txt', seed('In pictures', FERRY)],
    ]);
    expect(second.made).toEqual(['c.txt', 'd.txt']);
    expect(second.folded).toEqual({
      listed: ['a.txt'],
      copies: [
        ['b.txt', 'a.txt'],
        ['c.txt', 'a.txt'],
        ['d.txt', 'a.txt'],
      ],
    });
    expect(second.folded).toEqual(second.uncached);

    // Nothing changed: every signature comes from the cache, and the answer is the same.
    const third = await fold([
      ['a.txt', seed('Ferries cancelled', FERRY)],
      ['b.txt', seed('Storm keeps ferries in port', FERRY)],
      ['c.txt', seed('Ferries off again', FERRY_EDITED)],
      ['d.txt', seed('In pictures', FERRY)],
    ]);
    expect(third.made).toEqual([]);
    expect(third.folded).toEqual(second.folded);
  });

  it('keeps a signature as it was made, and none for a body too short to fold', async () => {
    const cache = await EntityCache.open(file, repoRoot, true);
    const long = cache.parse('a.txt', seed('Ferries', FERRY)).draft!;
    const short = cache.parse('b.txt', seed('Pictures', SHORT)).draft!;
    cache.bodySignature(long, () => bodySignature(FERRY));
    cache.bodySignature(short, () => bodySignature(SHORT));
    await cache.save();
    const warm = await EntityCache.open(file, repoRoot, true);
    const never = () => {
      throw new Error('worked out again');
    };
    expect(warm.bodySignature(warm.parse('a.txt', seed('Ferries', FERRY)).draft!, never)).toEqual(bodySignature(FERRY));
    expect(warm.bodySignature(warm.parse('b.txt', seed('Pictures', SHORT)).draft!, never)).toBeNull();
  });
});
