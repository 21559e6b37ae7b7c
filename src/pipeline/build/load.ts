// The seeds folder → drafts and problems, in file order so two builds of the same seeds agree.
import { Dirent, type Stats } from 'node:fs';
import { lstat, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArticleDraft, Problem } from '../../model/article';
import { printName } from '../../model/printName';
import { isMarkdownSeed, loadMarkdownParser, parseLoadedSeed } from '../parse/seedParser';
import type { ParseResult } from '../parse/result';
import { nameFromBytes } from '../read/fileName';
import { errorCode, kindOf, readSeedBytes, SeedReadError, type FileKind } from '../read/seedBytes';

/** Bytes of one seed → its draft; a build passes one that notes which bytes each draft came from (entityCache.ts). */
export type ParseSeed = (file: string, bytes: Uint8Array) => ParseResult;

const SEED_FILE = /\.(?:txt|md|markdown)$/i;
/** A folder's own notes (a corpus often ships a README) are text files but not articles. */
const FOLDER_NOTE = /^(?:readme|licen[cs]e|changelog|contributing)\.(?:txt|md|markdown)$/i;
const SLASH = Buffer.from('/');
// Names as bytes: decoding them would lose any that are not UTF-8, and then the file cannot be opened.
const LIST = { withFileTypes: true, encoding: 'buffer' } as const;

export interface LoadedSeeds {
  /** Sorted by file path. */
  drafts: ArticleDraft[];
  problems: Problem[];
}

/** The seeds folder itself is missing, unreadable or (unless allowed) holds no seeds: nothing to locate. */
export class SeedsFolderError extends Error {}

/** A seed as listed: its path relative to the seeds folder, and the real bytes that open it. */
interface SeedPath {
  rel: string;
  path: Buffer;
}

export async function loadSeeds(
  seedsDir: string,
  parse: ParseSeed = parseLoadedSeed,
  { allowEmpty = false }: { allowEmpty?: boolean } = {},
): Promise<LoadedSeeds> {
  const problems: Problem[] = [];
  const files = await listSeedFiles(seedsDir, problems);
  // An unreadable subfolder already explains the emptiness, located.
  if (files.length === 0 && !allowEmpty && !problems.some((p) => p.severity === 'error')) {
    const advice = 'pass --allow-empty (ALLOW_EMPTY=1) to build an empty site';
    throw new SeedsFolderError(`seeds folder ${printName(seedsDir)} holds no .txt or .md seeds; ${advice}`);
  }
  if (files.some((f) => isMarkdownSeed(f.rel))) await loadMarkdownParser();

  const drafts: ArticleDraft[] = [];
  for (const file of files) {
    const result = readSeed(file.path, file.rel, parse);
    if (result.draft) drafts.push(result.draft);
    problems.push(...result.problems);
  }
  return { drafts, problems };
}

/** Reads and parses one seed; `relFile` is relative to seedsDir, with forward slashes. */
export async function loadSeedFile(
  seedsDir: string,
  relFile: string,
  parse: ParseSeed = parseLoadedSeed,
): Promise<{ draft: ArticleDraft | null; problems: Problem[] }> {
  if (isMarkdownSeed(relFile)) await loadMarkdownParser();
  return readSeed(join(seedsDir, ...relFile.split('/')), relFile, parse);
}

function readSeed(path: string | Buffer, relFile: string, parse: ParseSeed): ParseResult {
  let bytes: Uint8Array;
  try {
    // Synchronous: seeds are small, and 20,000 of them read in 0.7 s this way against 1.8 s
    // through the thread pool (four round trips per file), with 64 reads in flight.
    bytes = readSeedBytes(path);
  } catch (error) {
    if (!(error instanceof SeedReadError)) throw error;
    return { draft: null, problems: [located(relFile, error.message, 'error')] };
  }
  return parse(relFile, bytes);
}

/** Seeds in code-unit order of their relative paths; throws SeedsFolderError when the folder cannot be read. */
async function listSeedFiles(seedsDir: string, problems: Problem[]): Promise<SeedPath[]> {
  const root = Buffer.from(seedsDir);
  const entries = await readdir(root, LIST).catch((error: unknown) => {
    throw new SeedsFolderError(folderFailure(seedsDir, error));
  });
  const files: SeedPath[] = [];
  await walk(root, '', entries, files, problems);
  return files.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
}

function folderFailure(seedsDir: string, error: unknown): string {
  const code = errorCode(error);
  const name = printName(seedsDir);
  if (code === 'ENOENT') return `seeds folder ${name} does not exist`;
  if (code === 'ENOTDIR') return `seeds folder ${name} is not a folder`;
  return `seeds folder ${name} cannot be read: ${code}`;
}

async function walk(
  dir: Buffer,
  rel: string,
  entries: Dirent<Buffer>[],
  files: SeedPath[],
  problems: Problem[],
): Promise<void> {
  for (const entry of entries) {
    const name = nameFromBytes(entry.name);
    if (name.startsWith('.') || name === 'node_modules') continue;
    const relPath = rel === '' ? name : `${rel}/${name}`;
    const path = Buffer.concat([dir, SLASH, entry.name]);
    const kind = await entryKind(entry, path);
    if (kind === 'folder') {
      const inner = await readdir(path, LIST).catch((error: unknown) => {
        problems.push(located(relPath, `cannot read this folder: ${errorCode(error)}`, 'error'));
        return [];
      });
      await walk(path, relPath, inner, files, problems);
    } else if (kind === 'linked folder') {
      // Linked folders are not followed, since they can loop back on themselves.
      problems.push(located(relPath, 'linked folder not followed', 'warning'));
    } else if (!SEED_FILE.test(name)) {
      continue;
    } else if (kind !== 'file') {
      problems.push(located(relPath, `left out: ${kind}`, 'warning'));
    } else if (FOLDER_NOTE.test(name)) {
      problems.push(located(relPath, 'left out: a folder note, not an article', 'warning'));
    } else {
      files.push({ rel: relPath, path });
    }
  }
}

type FileType = Pick<Stats, 'isFile' | 'isDirectory' | 'isSymbolicLink'> & FileKind;

/** 'file', 'folder', 'linked folder', or why the entry cannot be a seed. Linked files count as files. */
async function entryKind(entry: FileType, path: Buffer): Promise<string> {
  if (entry.isFile()) return 'file';
  if (entry.isDirectory()) return 'folder';
  if (entry.isSymbolicLink()) {
    const target = await stat(path).catch((error: unknown) => errorCode(error));
    if (target === 'ENOENT') return 'a link to a missing file';
    if (target === 'ELOOP') return 'a link that loops back on itself';
    if (typeof target === 'string') return `a link that cannot be followed: ${target}`;
    if (target.isFile()) return 'file';
    if (target.isDirectory()) return 'linked folder';
    return `a link to ${kindOf(target)}, not a regular file`;
  }
  if (entry.isFIFO() || entry.isSocket() || entry.isCharacterDevice() || entry.isBlockDevice()) {
    return `${kindOf(entry)}, not a regular file`;
  }
  // Some file systems do not give the type while listing; ask for it.
  const info = entry instanceof Dirent ? await lstat(path).catch(() => null) : null;
  return info ? entryKind(info, path) : 'a file whose type cannot be read';
}

function located(file: string, message: string, severity: Problem['severity']): Problem {
  return { file, line: 1, message, severity };
}
