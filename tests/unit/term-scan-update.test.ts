// A rebuild's search index reads again only the changed articles' words: the scan it makes, and
// the index files from it, must be exactly those of reading every article again.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSavedScan, saveScan } from '../../src/pipeline/incremental/scanCache';
import { indexFiles, type SearchFacets } from '../../src/pipeline/emit/searchIndex';
import { scanTerms, updateScan, type SearchableText, type TermScan } from '../../src/pipeline/emit/termIndex';

const WORDS = [
  'budget',
  'talks',
  'stall',
  'government',
  'striker',
  'club',
  'markets',
  'rally',
  'shares',
  'vote',
  'council',
  'river',
  'flood',
  'school',
  'price',
];

/** Deterministic pseudo-random articles, so a failure can be replayed. */
function articles(count: number, seed: number): SearchableText[] {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const sentence = (n: number) => Array.from({ length: n }, () => WORDS[Math.floor(next() * WORDS.length)]!).join(' ');
  return Array.from({ length: count }, () => ({
    title: sentence(3),
    dek: next() < 0.5 ? sentence(5) : null,
    paragraphs: Array.from({ length: 1 + Math.floor(next() * 3) }, () => sentence(4 + Math.floor(next() * 8))),
  }));
}

function flat(scan: TermScan): [string[][], number[]] {
  const terms = [...scan.terms].map(([term, s]) => [term, s.raw.toString(), s.positions.toString(), String(s.docs)]);
  return [terms.sort((a, b) => (a[0]! < b[0]! ? -1 : 1)), [...scan.lengths]];
}

const facets = (n: number): SearchFacets[] =>
  Array.from({ length: n }, (_, i) => ({
    slug: `a${i}`,
    terms: [`sections:s${i % 3}`],
    source: null,
    date: null,
    title: `A${i}`,
    excerpt: '',
  }));

describe('updateScan', () => {
  it('gives the scan of all articles read again, for edits, new words and words no longer used', () => {
    const before = articles(60, 7);
    const after = [...before];
    after[0] = { title: 'budget talks resume', dek: null, paragraphs: ['a brand new word: zeppelin', 'budget budget'] };
    after[17] = {
      ...before[17]!,
      paragraphs: [...before[17]!.paragraphs, 'This article was updated after publication.'],
    };
    after[59] = { title: 'only', dek: 'short', paragraphs: [] };
    const changed = new Map([0, 17, 59].map((o) => [o, after[o]!] as const));

    const updated = updateScan(scanTerms(before), changed);
    const fresh = scanTerms(after);
    expect(flat(updated)).toEqual(flat(fresh));
    expect(indexFiles(updated, facets(60))).toEqual(indexFiles(fresh, facets(60)));
  });

  it('drops a term no article holds any more', () => {
    const before = [
      { title: 'zeppelin', dek: null, paragraphs: [] },
      { title: 'club', dek: null, paragraphs: [] },
    ];
    const updated = updateScan(scanTerms(before), new Map([[0, { title: 'river', dek: null, paragraphs: [] }]]));
    expect([...updated.terms.keys()].sort()).toEqual(['club', 'river']);
  });

  it('changes nothing when nothing changed', () => {
    const before = articles(20, 3);
    expect(flat(updateScan(scanTerms(before), new Map()))).toEqual(flat(scanTerms(before)));
  });
});

describe('saved scans', () => {
  it('read back as they were saved, and a file cut short is not used', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'broadsheet-scan-'));
    try {
      const file = path.join(dir, 'x.scan');
      const scan = scanTerms(articles(30, 11));
      await saveScan(file, { key: 'k', digests: Array.from({ length: 30 }, (_, i) => `d${i}`), scan });
      const read = await readSavedScan(file);
      expect(read?.key).toBe('k');
      expect(read?.digests).toHaveLength(30);
      expect(flat(read!.scan)).toEqual(flat(scan));
      // The updated scan of a scan read back is the same as of the one in memory.
      const change = new Map([[4, { title: 'flood river', dek: null, paragraphs: ['school price'] }]]);
      expect(flat(updateScan(read!.scan, change))).toEqual(flat(updateScan(scan, change)));

      const whole = await import('node:fs/promises').then((fs) => fs.readFile(file, 'utf8'));
      await writeFile(file, whole.slice(0, Math.floor(whole.length / 2)));
      expect(await readSavedScan(file)).toBeNull();
      expect(await readSavedScan(path.join(dir, 'none'))).toBeNull();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
