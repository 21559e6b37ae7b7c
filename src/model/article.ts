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
  | { type: 'quote'; children: Block[] }
  | ({ type: 'img' } & Picture);

/** One resized copy of a local image, in both formats; paths relative to the site root. */
export interface ImageVariant {
  width: number;
  avif: string;
  webp: string;
}

/** An image as the page shows it. */
export interface Picture {
  /**
   * An https URL (a remote image, shown as given), or a path relative to the site root (`images/…`,
   * the build's WebP copy of a local file). In a draft, a local image's path relative to the seeds folder.
   */
  src: string;
  alt: string;
  /** Intrinsic size; null for a remote image, whose size the build never fetches to learn. */
  width: number | null;
  height: number | null;
  /** Local images only, narrowest first; empty for remote ones. */
  variants: ImageVariant[];
}

export interface Caption {
  text: string;
  credit: string | null;
  /** The article's own image, from front matter `image`: an https URL or a file beside the seed. */
  image: Picture | null;
}

/** A local image a draft names, for located warnings once the build looks for the file. */
export interface ImageRef {
  /** Relative to the seeds folder, with forward slashes. */
  path: string;
  line: number;
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
  /** The local images in caption and body, each with the line that names it. */
  images: ImageRef[];
}

/** A section as a list row names it: enough to show and link it (decision 0022). */
export interface SectionRef {
  slug: string;
  name: string;
}

export interface Section extends SectionRef {
  /** 0..1; 1 for topics given in front matter. Only in the article's own file: no list shows it. */
  confidence: number;
}

/**
 * Sections as list rows carry them. Confidence moves a little whenever the section model is
 * re-fitted, so a row that carried it would change, and every list page showing the row with it,
 * after an edit to some other article.
 */
export function sectionRefs(sections: readonly SectionRef[]): SectionRef[] {
  return sections.map(({ slug, name }) => ({ slug, name }));
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
  sections: SectionRef[];
  /** The list row's thumbnail (a URL as Picture.src); absent when the article has no image, so lists stay small. */
  thumbnail?: string;
  /** The story this article is one of, when it is (stories.ts); absent for a lone article. */
  story?: StoryRef;
  /**
   * The other copies of this story, folded into this row (enrich/duplicates.ts); on a copy's own
   * page, the row's copy and the others. Absent when the story has one copy.
   */
  alsoAs?: CopyRef[];
}

/** Enough of a story to link to it: "4 articles in this story". */
export interface StoryRef {
  slug: string;
  /** Articles in the story, this one included: always 2 or more. */
  count: number;
}

/** A related article as the article page links it: no more than the link needs. */
export interface RelatedLink {
  id: string;
  slug: string;
  title: string;
  date: string | null;
  source: string | null;
}

export interface Article extends ArticleSummary {
  /** Primary first, each with its confidence. */
  sections: Section[];
  file: string;
  byline: string | null;
  url: string | null;
  caption: Caption | null;
  body: Block[];
  wordCount: number;
  entities: Entities;
  prev: ArticleSummary | null;
  next: ArticleSummary | null;
  /** Up to six other articles on the same subject, best first (related.ts); absent when there are none. */
  related?: RelatedLink[];
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
