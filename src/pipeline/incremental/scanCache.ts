// The last build's word scan (termIndex.ts) of an out dir, kept with the seed digest of each
// article it read, so a rebuild reads again only the articles whose seed changed (updateScan):
// about 3 s of 20,000 articles' words. One line per term, so it is written and read as text
// without building a JSON tree of a hundred thousand entries.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { TextBuffer } from '../emit/textBuffer';
import type { TermScan, TermStats } from '../emit/termIndex';

export interface SavedScan {
  /** The code the scan came from (EntityCache's key): other code, another scan. */
  key: string;
  /** Seed digest (EntityCache.digest) of each article, by ordinal. */
  digests: string[];
  scan: TermScan;
}

interface Header {
  key: string;
  digests: string[];
  lengths: number[];
}

export async function readSavedScan(file: string): Promise<SavedScan | null> {
  try {
    const lines = (await readFile(file, 'utf8')).split('\n');
    const header = JSON.parse(lines[0]!) as Header;
    // The last line is empty when the file is whole: a file cut short is not used.
    if (lines[lines.length - 1] !== '' || header.digests.length !== header.lengths.length) return null;
    const terms = new Map<string, TermStats>();
    for (let i = 1; i < lines.length - 1; i++) {
      const [term, raw, positions, docs] = lines[i]!.split('\t');
      if (term === undefined || raw === undefined || positions === undefined || docs === undefined) return null;
      terms.set(term, {
        raw: TextBuffer.fromString(raw),
        positions: TextBuffer.fromString(positions),
        last: -1,
        docs: Number(docs),
      });
    }
    return { key: header.key, digests: header.digests, scan: { terms, lengths: Uint32Array.from(header.lengths) } };
  } catch {
    return null;
  }
}

export async function saveScan(file: string, saved: SavedScan): Promise<void> {
  const header: Header = { key: saved.key, digests: saved.digests, lengths: [...saved.scan.lengths] };
  const lines = [JSON.stringify(header)];
  for (const [term, stats] of saved.scan.terms)
    lines.push(`${term}\t${stats.raw.toString()}\t${stats.positions.toString()}\t${stats.docs}`);
  lines.push('');
  // Written aside and renamed, so a build stopped half way leaves the last whole file or none.
  const temp = `${file}.${process.pid}.tmp`;
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(temp, lines.join('\n'));
  await rename(temp, file);
}
