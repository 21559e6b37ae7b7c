// A table that is slow to make from its packages and quick to read back, saved by the first build
// that needs it (compromise's lexicon, the places gazetteer). A rebuild that tags one edited
// article would otherwise pay seconds for the packages every time.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

interface Saved<T> {
  /** The code and packages it came from (EntityCache's key): new packages make a new copy. */
  key: string;
  table: T;
}

/** The table saved in `file` under `key`, or a new one from `make`, saved for the next build. */
export async function loadSavedTable<T>(file: string, key: string, make: () => Promise<T>): Promise<T> {
  // A missing or broken copy (a build stopped while writing it) is made again.
  const saved = await readFile(file, 'utf8')
    .then((text) => JSON.parse(text) as Partial<Saved<T>>)
    .catch(() => null);
  if (saved?.key === key && saved.table !== undefined) return saved.table;
  const table = await make();
  // Written aside and renamed, so a build running at the same time never reads half a file.
  const temp = `${file}.${process.pid}.tmp`;
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(temp, JSON.stringify({ key, table } satisfies Saved<T>));
  await rename(temp, file);
  return table;
}
