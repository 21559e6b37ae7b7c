// Search words picked from a built site's own list data, the same way on every run, so nothing
// from a corpus is ever written into the repository.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { dataPaths, type Manifest, type SummaryChunk } from '../../src/model/data';

export interface RareWords {
  /** Two different words (different stems) from headlines, for a cold and a warm search. */
  words: [string, string | null];
  /** In how many headlines and standfirsts each occurs (the lowest the corpus has). */
  documents: number[];
}

const WORD = /^[a-z]{5,}$/;

/** FNV-1a: a fixed, arbitrary order among equally rare words. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

function words(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter((w) => WORD.test(w)),
  );
}

/**
 * The rarest headline words: those in the fewest headlines and standfirsts of the corpus
 * (one, when the corpus has such words). The bodies are not read, so a word may still be
 * more common there; the search reports how many results it got.
 */
export function pickRareWords(outDir: string): RareWords {
  const dataDir = path.join(outDir, 'data');
  const manifest = JSON.parse(readFileSync(path.join(dataDir, dataPaths.manifest()), 'utf8')) as Manifest;
  const frequency = new Map<string, number>();
  const headlineWords = new Set<string>();
  for (let index = 0; index < manifest.chunkCount; index++) {
    const chunk = JSON.parse(readFileSync(path.join(dataDir, dataPaths.chunk(index)), 'utf8')) as SummaryChunk;
    for (const item of chunk.items) {
      const title = words(item.title);
      for (const word of title) headlineWords.add(word);
      for (const word of new Set([...title, ...words(item.dek ?? '')]))
        frequency.set(word, (frequency.get(word) ?? 0) + 1);
    }
  }
  const ranked = [...headlineWords].sort(
    (a, b) => frequency.get(a)! - frequency.get(b)! || hash(a) - hash(b) || a.localeCompare(b),
  );
  const first = ranked[0];
  if (!first) throw new Error(`${outDir} has no headline word of five letters or more to search for`);
  // A different stem, so the warm search cannot reuse the first one's index entries.
  const second = ranked.find((w) => w.slice(0, 4) !== first.slice(0, 4)) ?? null;
  return {
    words: [first, second],
    documents: [first, ...(second ? [second] : [])].map((w) => frequency.get(w)!),
  };
}
