// The entities named in each seed file, its word count, its terms for the section model and its
// body's duplicate signature, at the last build of an out dir. They are functions of the file's
// path and bytes alone (the corpus-wide steps, fitting the section model, merging entity names and
// grouping copies, always run afresh), so a rebuild works them out only for the files whose bytes
// changed: 6 s of 20,000 articles' tagging, 2 s of their duplicate search. Drafts are not kept:
// parsing 20,000 seeds again (0.6 s) is cheaper than reading their drafts back as JSON. One JSON
// line per file, so a rebuild appends the few new lines instead of rewriting the whole file.
import { createHash } from 'node:crypto';
import { appendFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ArticleDraft } from '../../model/article';
import type { BodySignature } from '../enrich/duplicates';
import type { TaggedEntities } from '../enrich/entityNames';
import type { DocTerms } from '../enrich/termMatrix';
import type { ParseResult } from '../parse/result';
import { parseLoadedSeed } from '../parse/seedParser';
import { sourceKey } from './sourceKey';

/** What is kept per seed file; each part is filled in when first asked for. */
interface Entry {
  entities?: TaggedEntities;
  words?: number;
  /** The section model's terms (docTerms): the terms joined by spaces (a term never holds one), and their counts. */
  terms?: [string, number[]];
  /** Duplicate detection's body signature: its digest, and its MinHash and shingles as base64; '' for a body too short to fold. */
  body?: [string, string, string] | '';
}

/** Bump when what an entry holds changes. */
const FORMAT = 'entities-7';

/** The code an entry's contents come from: the pipeline and model sources and the installed packages. */
export function codeKey(projectRoot: string): Promise<string> {
  return sourceKey({
    root: projectRoot,
    include: ['src/pipeline', 'src/model', 'package-lock.json'],
    exclude: [],
    extra: [FORMAT, process.version],
  });
}

const base64 = (values: Uint32Array) =>
  Buffer.from(values.buffer, values.byteOffset, values.byteLength).toString('base64');

/** Copied into a buffer of its own: a decoded Buffer may start at an offset no Uint32Array can. */
function uint32s(text: string): Uint32Array {
  const bytes = Buffer.from(text, 'base64');
  const values = new Uint32Array(bytes.length / 4);
  new Uint8Array(values.buffer).set(bytes);
  return values;
}

export class EntityCache {
  /** Entries this build used or made, by seed digest. */
  private readonly used = new Map<string, Entry>();
  /** Digest of each draft this build parsed, to find its entry. */
  private readonly digestOf = new WeakMap<ArticleDraft, string>();
  /** Digests whose entry this build made: the lines to append. */
  private readonly changed = new Set<string>();

  private constructor(
    private readonly file: string,
    /** Hash of the code entries come from (codeKey). */
    readonly key: string,
    private readonly stored: Map<string, Entry>,
  ) {}

  /** The cache file's entries when `warm` and made by the same code; else an empty cache. */
  static async open(file: string, projectRoot: string, warm: boolean): Promise<EntityCache> {
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
          // An incomplete line: that file's entities are extracted again.
        }
      }
    }
    return new EntityCache(file, key, stored);
  }

  /** parseSeed, noting which file content each draft came from (loadSeeds loads the Markdown parser first). */
  parse(file: string, bytes: Uint8Array): ParseResult {
    const parsed = parseLoadedSeed(file, bytes);
    if (parsed.draft)
      this.digestOf.set(parsed.draft, createHash('sha256').update(file).update('\0').update(bytes).digest('hex'));
    return parsed;
  }

  /** The entities of a draft that parse gave, extracted once per file content. */
  entities(draft: ArticleDraft, extract: () => TaggedEntities): TaggedEntities {
    return this.remember(draft, 'entities', extract);
  }

  /** The digest of the file content a draft came from (by parse), which keys its entry. */
  digest(draft: ArticleDraft): string | undefined {
    return this.digestOf.get(draft);
  }

  /** Whether entities(draft) would answer without extracting: the tagger need not even be loaded. */
  hasEntities(draft: ArticleDraft): boolean {
    const digest = this.digestOf.get(draft);
    if (digest === undefined) return false;
    return (this.used.get(digest) ?? this.stored.get(digest))?.entities !== undefined;
  }

  /**
   * The section model's terms of a draft that parse gave, read once per file content. Kept rather
   * than the whole term matrix: the matrix depends on every other article, each one's terms do not.
   */
  terms(draft: ArticleDraft, read: () => DocTerms): DocTerms {
    const [joined, tf] = this.remember(draft, 'terms', () => {
      const { terms, tf } = read();
      return [terms.join(' '), tf];
    });
    return { terms: joined === '' ? [] : joined.split(' '), tf };
  }

  /** Duplicate detection's signature of a draft that parse gave, worked out once per file content. */
  bodySignature(draft: ArticleDraft, make: () => BodySignature | null): BodySignature | null {
    const kept = this.remember(draft, 'body', () => {
      const made = make();
      return made ? [made.digest, base64(made.minhash), base64(made.shingles)] : '';
    });
    return kept === '' ? null : { digest: kept[0], minhash: uint32s(kept[1]), shingles: uint32s(kept[2]) };
  }

  /** The word count of a draft that parse gave, counted once per file content. */
  words(draft: ArticleDraft, count: () => number): number {
    return this.remember(draft, 'words', count);
  }

  private remember<K extends keyof Entry>(
    draft: ArticleDraft,
    part: K,
    make: () => NonNullable<Entry[K]>,
  ): NonNullable<Entry[K]> {
    const digest = this.digestOf.get(draft);
    if (digest === undefined) return make();
    let entry = this.used.get(digest);
    if (!entry) {
      // A copy, so an entry filled in this build never changes the stored one it started from.
      entry = { ...this.stored.get(digest) };
      this.used.set(digest, entry);
    }
    let value = entry[part];
    if (value === undefined) {
      value = make();
      entry[part] = value;
      this.changed.add(digest);
    }
    return value as NonNullable<Entry[K]>;
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
    // An entry that gained a part is appended whole again; the later line wins on load.
    await appendFile(this.file, [...this.changed].map((digest) => line(digest, this.used.get(digest)!)).join(''));
  }
}
