// One seed's bytes, read only when it is a regular file of sane size: a FIFO would block the read
// forever and a device such as /dev/zero would never end, so the type is checked before opening.
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';

export const MAX_SEED_BYTES = 5 * 1024 * 1024;

/** Why a seed's bytes could not be had, worded for a problem line. */
export class SeedReadError extends Error {}

export type FileKind = Pick<Stats, 'isFIFO' | 'isSocket' | 'isCharacterDevice' | 'isBlockDevice' | 'isDirectory'>;

/** What a non-regular file is, for messages: "a FIFO", "a character device". */
export function kindOf(info: FileKind): string {
  if (info.isFIFO()) return 'a FIFO';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  if (info.isDirectory()) return 'a folder';
  return 'not a regular file';
}

/** `path` may be the name's own bytes, so a name that is not valid UTF-8 still opens. */
export function readSeedBytes(path: string | Buffer): Uint8Array {
  try {
    checkRegular(statSync(path));
    // Non-blocking, in case a FIFO took the file's place since the check above.
    const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const bytes = Buffer.allocUnsafeSlow(checkRegular(fstatSync(fd)).size);
      let length = 0;
      while (length < bytes.length) {
        const n = readSync(fd, bytes, length, bytes.length - length, length);
        if (n === 0) break;
        length += n;
      }
      return bytes.subarray(0, length);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    if (error instanceof SeedReadError) throw error;
    throw new SeedReadError(`cannot read: ${errorCode(error)}`);
  }
}

function checkRegular(info: Stats): Stats {
  if (!info.isFile()) throw new SeedReadError(`cannot read: ${kindOf(info)}, not a regular file`);
  if (info.size > MAX_SEED_BYTES) {
    throw new SeedReadError(`file is ${info.size} bytes, over the ${MAX_SEED_BYTES / 1024 / 1024} MB seed limit`);
  }
  return info;
}

/** `ENOENT`, `EACCES`…: short and the same on every system. */
export function errorCode(error: unknown): string {
  if (error instanceof Error && 'code' in error && typeof error.code === 'string') return error.code;
  return error instanceof Error ? error.message : String(error);
}
