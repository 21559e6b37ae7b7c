// A file name's bytes as the text a seed path is known by. Names are bytes on Linux; one that is not
// valid UTF-8 keeps each stray byte as `\xE9`, so it stays distinct from its neighbours (ids hash the
// path) and prints legibly, while the bytes themselves are still used to open it.
import { firstInvalidUtf8 } from './decode';

export function nameFromBytes(bytes: Buffer): string {
  let name = '';
  let at = 0;
  while (at < bytes.length) {
    const bad = at + firstInvalidUtf8(bytes.subarray(at));
    name += bytes.toString('utf8', at, bad);
    if (bad < bytes.length) name += `\\x${bytes[bad]!.toString(16).toUpperCase().padStart(2, '0')}`;
    at = bad + 1;
  }
  return name;
}
