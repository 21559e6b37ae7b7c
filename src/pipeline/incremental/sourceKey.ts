// A hash of the project files a build step reads, so a rebuild can tell whether that step's
// last output is still what it would make now.
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';

interface IgnoreRules {
  /** Base-name patterns, and whether each applies to folders only (written with a trailing slash). */
  names: { pattern: RegExp; foldersOnly: boolean }[];
  /** Names ignored at the root only (`/name`), with the same flag. */
  rooted: Map<string, boolean>;
}

const globToRegExp = (glob: string) =>
  new RegExp(
    `^${glob
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '[^/]*')
      .replace(/\?/g, '[^/]')}$`,
  );

/**
 * The root .gitignore's plain rules (`name`, `name/`, `/name/`, `*.log`). Tailwind scans every
 * file git would keep, so leaving out only what such a rule ignores never misses a file it
 * reads; rules this does not understand are not applied (a file too many only costs a rebuild).
 * A negation could bring back a file an earlier rule left out, so with one no rule is applied.
 */
async function ignoreRules(root: string): Promise<IgnoreRules> {
  const text = await readFile(path.join(root, '.gitignore'), 'utf8').catch(() => '');
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
  const rules: IgnoreRules = { names: [], rooted: new Map() };
  if (lines.some((l) => l.startsWith('!'))) return rules;
  for (const line of lines) {
    const foldersOnly = line.endsWith('/');
    const body = line.replace(/\/$/, '');
    if (body.startsWith('/') && !body.slice(1).includes('/') && !/[*?[\\]/.test(body))
      rules.rooted.set(body.slice(1), foldersOnly);
    else if (!body.includes('/') && !/[[\\]/.test(body)) rules.names.push({ pattern: globToRegExp(body), foldersOnly });
  }
  return rules;
}

export interface SourceKeyOptions {
  root: string;
  /** Folders (relative to root, forward slashes) to hash; '' for all of root. */
  include: string[];
  /** Absolute paths never read, such as the build's own output. */
  exclude: string[];
  /** Anything else the output depends on: options, environment, a format version. */
  extra: string[];
}

/** sha256 over the relative path and bytes of every kept file, in sorted order, and the extras. */
export async function sourceKey({ root, include, exclude, extra }: SourceKeyOptions): Promise<string> {
  const rules = await ignoreRules(root);
  const excluded = new Set(exclude.map((p) => path.resolve(p)));
  const files: string[] = [];
  const ignored = (rel: string, name: string, isFolder: boolean): boolean => {
    const rooted = rel === '' ? rules.rooted.get(name) : undefined;
    if (rooted !== undefined && (isFolder || !rooted)) return true;
    return rules.names.some((r) => r.pattern.test(name) && (isFolder || !r.foldersOnly));
  };
  const walk = async (rel: string): Promise<void> => {
    const entries = await readdir(path.join(root, rel), { withFileTypes: true }).catch(() => null);
    // An included path that is a file, not a folder.
    if (entries === null) {
      if (
        rel !== '' &&
        (await stat(path.join(root, rel)).then(
          (s) => s.isFile(),
          () => false,
        ))
      )
        files.push(rel);
      return;
    }
    for (const entry of entries) {
      const relPath = rel === '' ? entry.name : `${rel}/${entry.name}`;
      if (entry.name === '.git' || entry.name === 'node_modules' || excluded.has(path.join(root, relPath))) continue;
      if (ignored(rel, entry.name, entry.isDirectory())) continue;
      if (entry.isDirectory()) await walk(relPath);
      else if (entry.isFile()) files.push(relPath);
    }
  };
  for (const folder of include) await walk(folder);
  files.sort();
  const hash = createHash('sha256');
  for (const item of extra) hash.update(item).update('\0');
  for (const file of files)
    hash
      .update(file)
      .update('\0')
      .update(await readFile(path.join(root, file)))
      .update('\0');
  return hash.digest('hex');
}
