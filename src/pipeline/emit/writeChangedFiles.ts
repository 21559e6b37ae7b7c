// Writes a build's data files into an out dir that may hold the last build's: a file whose text
// is unchanged is left as it is. A rebuild after one edit changes a few dozen of 20,000 files.
import { fileDigest } from '../common/fileDigest';
import { writeFiles } from './writeFiles';

/**
 * `previous` holds the digest (fileDigest) of each file root already holds, by path under root;
 * returns every file's digest, in the order given, how many were left as they were, and the
 * bytes of all of them (the build's summary gives the size of the site's data).
 */
export async function writeChangedFiles(
  root: string,
  files: Iterable<[string, string]>,
  previous: Readonly<Record<string, string>>,
): Promise<{ digests: Map<string, string>; unchanged: number; bytes: number }> {
  const digests = new Map<string, string>();
  let unchanged = 0;
  let bytes = 0;
  function* changed(): Generator<[string, string]> {
    for (const [rel, text] of files) {
      const digest = fileDigest(text);
      digests.set(rel, digest);
      bytes += Buffer.byteLength(text);
      if (previous[rel] === digest) unchanged++;
      else yield [rel, text];
    }
  }
  await writeFiles(root, changed());
  return { digests, unchanged, bytes };
}
