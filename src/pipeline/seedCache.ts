// What each seed file gave the last build of an out dir: its draft and problems, and the
// entities named in it. Both are functions of the file's path and bytes alone (the corpus-wide
// steps, sections and merging entity names, always run afresh), so a rebuild parses and tags
// only the files whose bytes changed. Kept as one JSON line per file, so a rebuild appends the
// few new lines instead of rewriting the whole file.
import { createHash } from 'node:crypto';
import { appendFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ArticleDraft, Entities } from '../model/article';
import type { ParseResult } from './parse/result';
import { parseSeed } from './parse/parseSeed';
import { sourceKey } from './sourceKey';

interface Entry {
  parsed: ParseResult;
  entities?: Entities;
}

/** Bump when what an entry holds changes. */
const FORMAT = 'seeds-1';

/** The code an entry's contents come from: the pipeline and model sources and the installed packages. */
function codeKey(projectRoot: string): Promise<string> {
  return sourceKey({
    root: projectRoot,
    include: ['src/pipeline', 'src/model', 'package-lock.json'],
    exclude: [],
    extra: [FORMAT, process.version],
  });
}

export class SeedCache {
  /** Entries this build used or made, by seed digest. */
  private readonly used = new Map<string, Entry>();
  /** Digest of each draft this build parsed or took from the cache, to find its entry again. */
  private readonly digestOf = new WeakMap<ArticleDraft, string>();
  /** Digests whose entry this build made or added to: the lines to append. */
  private readonly changed = new Set<string>();

  private constructor(
    private readonly file: string,
    private readonly key: string,
    private readonly stored: Map<string, Entry>,
  ) {}

  /** The cache file's entries when `warm` and made by the same code; else an empty cache. */
  static async open(file: string, projectRoot: string, warm: boolean): Promise<SeedCache> {
    const key = await codeKey(projectRoot);
    const stored = new Map<string, Entry>();
    const text = warm ? await readFile(file, 'utf8').catch(() => '') : '';
    const lines = text.split('\n');
    if (lines[0] === JSON.stringify({ key })) {
      // The last line may be cut short by a build that was stopped while appending to it.
      for (const line of lines.slice(1)) {
        try {
          const [digest, entry] = JSON.parse(line) as [string, Entry];
          stored.set(digest, entry);
        } catch {
          // An incomplete line: that file is parsed again.
        }
      }
    }
    return new SeedCache(file, key, stored);
  }

  /** parseSeed, or what it gave for the same path and bytes last time. */
  parse(file: string, bytes: Uint8Array): ParseResult {
    const digest = createHash('sha256').update(file).update('\0').update(bytes).digest('hex');
    let entry = this.used.get(digest) ?? this.stored.get(digest);
    if (!entry) {
      entry = { parsed: parseSeed(file, bytes) };
      this.changed.add(digest);
    }
    this.used.set(digest, entry);
    if (entry.parsed.draft) this.digestOf.set(entry.parsed.draft, digest);
    return entry.parsed;
  }

  /** The entities of a draft that parse gave, computed once per file content. */
  entities(draft: ArticleDraft, extract: () => Entities): Entities {
    const digest = this.digestOf.get(draft);
    const entry = digest === undefined ? undefined : this.used.get(digest);
    if (digest === undefined || !entry) return extract();
    if (!entry.entities) {
      entry.entities = extract();
      this.changed.add(digest);
    }
    return entry.entities;
  }

  /**
   * Appends new entries; rewrites the file when it is from other code or holds more stale entries
   * (files since changed or removed) than a quarter of the live ones.
   */
  async save(): Promise<void> {
    const stale = [...this.stored.keys()].filter((digest) => !this.used.has(digest)).length;
    const line = (digest: string, entry: Entry) => `\n${JSON.stringify([digest, entry])}`;
    await mkdir(path.dirname(this.file), { recursive: true });
    if (this.stored.size === 0 || stale * 4 > this.used.size) {
      const lines = [...this.used].map(([digest, entry]) => line(digest, entry));
      await writeFile(this.file, JSON.stringify({ key: this.key }) + lines.join(''));
      return;
    }
    if (this.changed.size === 0) return;
    // An entry that only gained its entities is appended again; the later line wins on load.
    await appendFile(this.file, [...this.changed].map((digest) => line(digest, this.used.get(digest)!)).join(''));
  }
}
