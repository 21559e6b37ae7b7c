// Which articles are about the same thing, without comparing every pair. Each article is described
// by a few features: its entities, its sections and its most distinctive words by the corpus' own
// tf-idf (termMatrix.ts). An inverted index from the rarer features to the articles carrying them
// finds each article's candidates; the best candidates are then scored over every shared feature.
// The cost is the postings walked, each capped at POSTING_CAP, so it grows with the corpus, not its square.
import { ENTITY_KINDS, type Entities, type Section } from '../../model/article';
import type { TermMatrix } from './termMatrix';

export interface CoverageInput {
  /** Every word of every article, unpruned: a word two articles share is what matters here. */
  matrix: TermMatrix;
  entities: Entities[];
  sections: Section[][];
}

/** Each article's nearest articles, best first: row d holds slots d*k .. d*k+k-1, -1 when empty. */
export interface Neighbourhood {
  k: number;
  index: Int32Array;
  /** Cosine similarity of the two articles' weighted features, 0..1: how related they are. */
  score: Float64Array;
  /**
   * The same over their words and entities alone, without sections: whether they report one
   * event. A shared desk makes two articles related, never the same story; and it is 0 unless they
   * share an entity and EVENT_MIN_WORDS words, since two short items alike in one word are not alike.
   */
  eventScore: Float64Array;
}

/** How many related articles an article page shows. */
export const MAX_RELATED = 6;
/** Neighbours kept per article: the related links and the stories (stories.ts) both read them. */
const NEIGHBOURS = 12;
/** Candidates scored in full per article, taken by their score over the rarer features. */
const CANDIDATES = 24;
/** Words kept per article: enough to say what it is about, few enough that postings stay short. */
const DISTINCTIVE_TERMS = 15;
/**
 * A feature on more articles than this finds no candidates (it still counts in the score): in a big
 * corpus it says little, and walking its postings from each of its articles is the quadratic cost
 * this module exists to avoid.
 */
const POSTING_CAP = 400;
/** Who and where a story is about say more than any one word does. */
const ENTITY_WEIGHT = 1.5;
/**
 * A shared section is weak evidence of a shared subject, but it keeps an article's related links
 * on its desk when the words alone are ambiguous.
 */
const SECTION_WEIGHT = 4;
/** Words two articles must share, besides an entity, to be one event (eventScore). */
const EVENT_MIN_WORDS = 2;
/** Two articles this alike are copies of one another, not further coverage. */
const DUPLICATE_SCORE = 0.97;

const WORD = 0;
const ENTITY = 1;
const SECTION = 2;

interface Features {
  /** Feature ids, ascending. */
  ids: Int32Array;
  norm: number;
  /** The norm without section features. */
  eventNorm: number;
}

interface Described {
  features: Features[];
  weight: Float64Array;
  /** What each feature is: WORD, ENTITY or SECTION. */
  kind: Uint8Array;
}

/** Feature ids and idf weights: word features first (their matrix ids), then entities and sections. */
function describe({ matrix, entities, sections }: CoverageInput): Described {
  const N = matrix.docs.length;
  const V = matrix.vocab.length;
  const keys = new Map<string, number>();
  const keyDf: number[] = [];
  const keyBoost: number[] = [];
  const keyIsSection: number[] = [];
  const keyed = entities.map((ents, d) => {
    const ids = new Set<number>();
    const add = (key: string, boost: number, section: number) => {
      let id = keys.get(key);
      if (id === undefined) {
        id = keyDf.length;
        keys.set(key, id);
        keyDf.push(0);
        keyBoost.push(boost);
        keyIsSection.push(section);
      }
      if (!ids.has(id)) keyDf[id]! += 1;
      ids.add(id);
    };
    for (const kind of ENTITY_KINDS) for (const e of ents[kind]) add(`${kind}\u0000${e.slug}`, ENTITY_WEIGHT, 0);
    for (const s of sections[d] ?? []) add(`section\u0000${s.slug}`, SECTION_WEIGHT, 1);
    return ids;
  });
  const weight = new Float64Array(V + keyDf.length);
  for (let t = 0; t < V; t++) weight[t] = idf(N, matrix.df[t]!);
  keyDf.forEach((df, id) => (weight[V + id] = idf(N, df) * keyBoost[id]!));
  const kind = new Uint8Array(V + keyDf.length);
  keyIsSection.forEach((section, id) => (kind[V + id] = section ? SECTION : ENTITY));
  const features = matrix.docs.map((doc, d) => {
    const ids = [...distinctiveTerms(doc.ids, doc.tf, weight, matrix.df), ...[...keyed[d]!].map((id) => V + id)]
      // A feature no other article has cannot match, and one every article has says nothing.
      .filter((id) => weight[id]! > 0 && (id >= V ? keyDf[id - V]! : matrix.df[id]!) > 1)
      .sort((a, b) => a - b);
    let sum = 0;
    let eventSum = 0;
    for (const id of ids) {
      sum += weight[id]! ** 2;
      if (kind[id] !== SECTION) eventSum += weight[id]! ** 2;
    }
    return { ids: Int32Array.from(ids), norm: Math.sqrt(sum), eventNorm: Math.sqrt(eventSum) };
  });
  return { features, weight, kind };
}

function idf(N: number, df: number): number {
  return df > 0 ? Math.log(N / df) : 0;
}

/** The article's DISTINCTIVE_TERMS words with the highest tf-idf; ties to the lower id, so the choice is fixed. */
function distinctiveTerms(ids: Uint32Array, tf: Float64Array, weight: Float64Array, df: Uint32Array): number[] {
  const ranked: number[] = [];
  for (let i = 0; i < ids.length; i++) if (df[ids[i]!]! > 1) ranked.push(i);
  ranked.sort((a, b) => tf[b]! * weight[ids[b]!]! - tf[a]! * weight[ids[a]!]! || ids[a]! - ids[b]!);
  return ranked.slice(0, DISTINCTIVE_TERMS).map((i) => ids[i]!);
}

/** Cosine similarity of two articles, with and without sections: see Neighbourhood. */
function similarity(a: Features, b: Features, { weight, kind }: Described): [number, number] {
  let i = 0;
  let j = 0;
  let all = 0;
  let event = 0;
  let words = 0;
  let entities = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x < y) i++;
    else if (x > y) j++;
    else {
      const w = weight[x]! ** 2;
      all += w;
      if (kind[x] !== SECTION) event += w;
      if (kind[x] === WORD) words++;
      else if (kind[x] === ENTITY) entities++;
      i++;
      j++;
    }
  }
  const alike = entities > 0 && words >= EVENT_MIN_WORDS;
  return [all / (a.norm * b.norm), alike ? event / (a.eventNorm * b.eventNorm) : 0];
}

/** Each article's NEIGHBOURS most similar other articles, best first, ties to the earlier article. */
export function findNeighbours(input: CoverageInput): Neighbourhood {
  const described = describe(input);
  const { features, weight } = described;
  const N = features.length;
  // Indexed by feature id: a lookup per feature of every article, so an array, not a Map.
  const postings: (number[] | undefined)[] = new Array<number[] | undefined>(weight.length);
  features.forEach((f, d) => {
    for (const id of f.ids) (postings[id] ??= []).push(d);
  });
  for (let id = 0; id < postings.length; id++) if ((postings[id]?.length ?? 0) > POSTING_CAP) postings[id] = undefined;

  const k = NEIGHBOURS;
  const index = new Int32Array(N * k).fill(-1);
  const score = new Float64Array(N * k);
  const eventScore = new Float64Array(N * k);
  const eventOf = new Map<number, number>();
  const partial = new Float64Array(N);
  const touched: number[] = [];
  const top = new TopK(CANDIDATES);
  const best = new TopK(k);
  for (let d = 0; d < N; d++) {
    const own = features[d]!;
    for (const id of own.ids) {
      const list = postings[id];
      if (!list) continue;
      const w = weight[id]! ** 2;
      for (const other of list) {
        if (other === d) continue;
        if (partial[other] === 0) touched.push(other);
        partial[other]! += w;
      }
    }
    top.clear();
    for (const other of touched) top.offer(other, partial[other]!);
    for (const other of touched) partial[other] = 0;
    touched.length = 0;
    best.clear();
    eventOf.clear();
    for (const other of top.items()) {
      const [all, event] = similarity(own, features[other]!, described);
      best.offer(other, all);
      eventOf.set(other, event);
    }
    best.sorted().forEach(([other, s], slot) => {
      index[d * k + slot] = other;
      score[d * k + slot] = s;
      eventScore[d * k + slot] = eventOf.get(other)!;
    });
  }
  return { k, index, score, eventScore };
}

/**
 * Up to MAX_RELATED articles for each article, best first: its neighbours less its copies (an
 * identical headline, or features all but identical), which the reader has just read.
 */
export function relatedArticles(neighbours: Neighbourhood, titles: string[]): number[][] {
  const folded = titles.map((t) => t.toLowerCase().replace(/\s+/g, ' ').trim());
  return folded.map((title, d) => {
    const out: number[] = [];
    for (let slot = 0; slot < neighbours.k && out.length < MAX_RELATED; slot++) {
      const other = neighbours.index[d * neighbours.k + slot]!;
      if (other < 0) break;
      if (neighbours.score[d * neighbours.k + slot]! >= DUPLICATE_SCORE || folded[other] === title) continue;
      out.push(other);
    }
    return out;
  });
}

/** The k best (item, score) pairs offered: higher score first, then the lower item. */
class TopK {
  private readonly heap: [number, number][] = [];

  constructor(private readonly k: number) {}

  clear(): void {
    this.heap.length = 0;
  }

  offer(item: number, score: number): void {
    if (score <= 0) return;
    const heap = this.heap;
    if (heap.length < this.k) {
      heap.push([item, score]);
      this.up(heap.length - 1);
    } else if (worse(heap[0]!, item, score)) {
      heap[0] = [item, score];
      this.down(0);
    }
  }

  items(): number[] {
    return this.heap.map(([item]) => item).sort((a, b) => a - b);
  }

  sorted(): [number, number][] {
    return [...this.heap].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  }

  private up(i: number): void {
    const heap = this.heap;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!worse(heap[i]!, heap[parent]![0], heap[parent]![1])) break;
      [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
      i = parent;
    }
  }

  private down(i: number): void {
    const heap = this.heap;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let least = i;
      if (l < heap.length && worse(heap[l]!, heap[least]![0], heap[least]![1])) least = l;
      if (r < heap.length && worse(heap[r]!, heap[least]![0], heap[least]![1])) least = r;
      if (least === i) return;
      [heap[i], heap[least]] = [heap[least]!, heap[i]!];
      i = least;
    }
  }
}

/** Whether `entry` ranks below (item, score): a lower score, or the same score and a later item. */
function worse(entry: [number, number], item: number, score: number): boolean {
  return entry[1] < score || (entry[1] === score && entry[0] > item);
}
