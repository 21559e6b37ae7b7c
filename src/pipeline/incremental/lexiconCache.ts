// compromise's lexicon as the gazetteer reads it, saved by the first build that tags an article:
// reading it back takes a few hundredths of a second, importing compromise about one. A rebuild
// after an edit tags the edited article, so without this every rebuild paid for the import.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Lexicon } from '../enrich/gazetteer';

interface Saved {
  /** The code and packages it came from (EntityCache's key): a new compromise makes a new copy. */
  key: string;
  lexicon: Lexicon;
}

export async function loadLexicon(file: string, key: string): Promise<Lexicon> {
  // A missing or broken copy (a build stopped while writing it) is made again.
  const saved = await readFile(file, 'utf8')
    .then((text) => JSON.parse(text) as Partial<Saved>)
    .catch(() => null);
  if (saved?.key === key && saved.lexicon) return saved.lexicon;
  const { compromiseLexicon } = await import('../enrich/compromiseLexicon');
  const lexicon = compromiseLexicon();
  // Written aside and renamed, so a build running at the same time never reads half a file.
  const temp = `${file}.${process.pid}.tmp`;
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(temp, JSON.stringify({ key, lexicon } satisfies Saved));
  await rename(temp, file);
  return lexicon;
}
