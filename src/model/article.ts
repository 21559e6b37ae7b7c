// The one model shared by the pipeline (which writes it) and the app (which reads it).
// Everything here is plain, JSON-serialisable data: the app never parses seeds.
import { printName } from './printName';

/** Inline text inside a block. Strings are text; nothing here is ever HTML. */
export type Inline =
  string | { type: 'em' | 'strong' | 'code'; children: Inline[] } | { type: 'a'; href: string; children: Inline[] };

/** A block of article body, rendered by the app to React elements. */
export type Block =
  | { type: 'p'; children: Inline[] }
  | { type: 'h'; level: 2 | 3 | 4; children: Inline[] }
  | { type: 'ul' | 'ol'; items: Inline[][] }
  | { type: 'quote'; children: Block[] };

export interface Caption {
  text: string;
  credit: string | null;
  /** Image URL from front matter `image`, when given (http(s) only). */
  image: string | null;
}

/** What parsing a seed yields, before validation and enrichment. */
export interface ArticleDraft {
  /** Path relative to the seeds folder, with forward slashes. */
  file: string;
  title: string;
  /** 1-based line of the headline in the file, for located errors. */
  titleLine: number;
  dek: string | null;
  byline: string | null;
  /** ISO date (YYYY-MM-DD) or ISO date-time, only ever from the source. */
  date: string | null;
  source: string | null;
  url: string | null;
  /** Topic names from front matter, primary first; empty when the seed has none. */
  topics: string[];
  caption: Caption | null;
  body: Block[];
}

export interface Section {
  slug: string;
  name: string;
  /** 0..1; 1 for topics given in front matter. */
  confidence: number;
}

export interface EntityRef {
  name: string;
  slug: string;
  count: number;
  /**
   * Places only: the places it lies in, outermost first, by name ("United States", "California"
   * for Los Angeles); absent for countries, continents and places no gazetteer locates.
   */
  within?: string[];
}

export type EntityKind = 'people' | 'places' | 'organisations';
export const ENTITY_KINDS: readonly EntityKind[] = ['people', 'places', 'organisations'];

export type Entities = Record<EntityKind, EntityRef[]>;

/** Another copy of the same story under its own page: what "also as" and "Also published as" link. */
export interface CopyRef {
  slug: string;
  title: string;
  source: string | null;
}

/** The list-row form of an article: small, so list pages stay small. */
export interface ArticleSummary {
  id: string;
  slug: string;
  title: string;
  dek: string | null;
  date: string | null;
  source: string | null;
  readingMinutes: number;
  /** Primary first. */
  sections: Section[];
  /**
   * The other copies of this story, folded into this row (enrich/duplicates.ts); on a copy's own
   * page, the row's copy and the others. Absent when the story has one copy.
   */
  alsoAs?: CopyRef[];
}

export interface Article extends ArticleSummary {
  file: string;
  byline: string | null;
  url: string | null;
  caption: Caption | null;
  body: Block[];
  wordCount: number;
  entities: Entities;
  prev: ArticleSummary | null;
  next: ArticleSummary | null;
  /** The people the byline names, each with the slug of their author page; absent when none. */
  authors?: { slug: string; name: string }[];
  /** On a folded copy only: the copy lists show for this story. */
  duplicateOf?: CopyRef;
}

/** A problem found while reading seeds, always located. */
export interface Problem {
  file: string;
  line: number;
  message: string;
  severity: 'error' | 'warning';
}

/** `seeds/x.txt:3: message`, the path quoted when it holds anything unsafe to print (printName.ts). */
export function formatProblem(p: Problem, seedsLabel = 'seeds'): string {
  return `${printName(`${seedsLabel}/${p.file}`)}:${p.line}: ${p.message}`;
}
