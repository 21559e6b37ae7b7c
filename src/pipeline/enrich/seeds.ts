// Seed terms for each topic: its describing words, or, for a topic given by name only, the words
// of the known topics its name refers to, the name's own word forms, and words the user's corpus
// uses in the articles those seeds clearly pick.
import type { Topic } from './taxonomy';
import type { TermMatrix } from './termMatrix';
import { terms } from './terms';

/** Term id → weight, per topic. */
export type Seeds = Map<number, number>[];

/** What the program knows of news before it sees a corpus. */
export interface Knowledge {
  topics: readonly Topic[];
  /** Common section name → slugs of the known topics it covers ("world" → politics, conflict, …). */
  sectionNames: Readonly<Record<string, readonly string[]>>;
}

const EXPANSION_SIZE = 40;
/** A topic's own name, when nothing else describes it, counts for this many describing words. */
const CORE_WEIGHT = 3;
/** An article is a topic's clear example when that topic's seed evidence is this many times the next. */
const CLEAR_MARGIN = 1.5;

export function topicSeeds(topics: Topic[], matrix: TermMatrix, knowledge: Knowledge): Seeds {
  const seeds: Seeds = topics.map(() => new Map());
  const namesOnly: number[] = [];
  topics.forEach((topic, k) => {
    const seed = seeds[k]!;
    const borrowed = topic.words.length > 0 ? [] : borrowedWords(topic, knowledge);
    const words = topic.words.length > 0 ? topic.words : borrowed;
    // A name that borrowed a known topic's words is one word among many ("world" also fills
    // sports pages: World Cup, world record); alone, or chosen with its words, it leads them.
    const nameWeight = borrowed.length > 0 ? 1 : CORE_WEIGHT;
    for (const id of nameForms(topic, matrix)) seed.set(id, nameWeight);
    for (const word of words) {
      for (const t of terms(word)) {
        const id = matrix.index.get(t);
        if (id !== undefined && !seed.has(id)) seed.set(id, 1);
      }
    }
    if (topic.words.length === 0) namesOnly.push(k);
  });
  if (namesOnly.length > 0) expandFromCorpus(seeds, namesOnly, matrix);
  return seeds;
}

/** Seed evidence: idf-weighted, saturating counts of each topic's seed terms, per article. */
export function seedScores(matrix: TermMatrix, seeds: Seeds): Float64Array {
  const N = matrix.docs.length;
  const K = seeds.length;
  const V = matrix.vocab.length;
  // Dense term × topic weights, each topic normalised so long word lists do not win by length.
  const dense = new Float64Array(V * K);
  const hasSeed = new Uint8Array(V);
  seeds.forEach((seed, k) => {
    let total = 0;
    for (const [id, w] of seed) total += w * idf(matrix, id);
    const norm = total > 0 ? Math.sqrt(total) : 1;
    for (const [id, w] of seed) {
      dense[id * K + k] = w / norm;
      hasSeed[id] = 1;
    }
  });
  const scores = new Float64Array(N * K);
  for (let d = 0; d < N; d++) {
    const doc = matrix.docs[d]!;
    for (let i = 0; i < doc.ids.length; i++) {
      const id = doc.ids[i]!;
      if (!hasSeed[id]) continue;
      const gain = (1 + Math.log(doc.tf[i]!)) * idf(matrix, id);
      for (let k = 0; k < K; k++) scores[d * K + k]! += dense[id * K + k]! * gain;
    }
  }
  return scores;
}

function idf(matrix: TermMatrix, id: number): number {
  return Math.log((matrix.docs.length + 1) / (matrix.df[id]! + 0.5));
}

/** Terms of the name and label, and corpus words that are forms of them ("tech" → "technology"). */
function nameForms(topic: Topic, matrix: TermMatrix): number[] {
  const bases = [...new Set([...terms(topic.name), ...terms(topic.label)])];
  const ids = new Set<number>();
  for (const base of bases) {
    const exact = matrix.index.get(base);
    if (exact !== undefined) ids.add(exact);
    if (base.length < 4) continue;
    matrix.vocab.forEach((term, id) => {
      if (sharesStem(base, term)) ids.add(id);
    });
  }
  return [...ids].sort((a, b) => a - b);
}

/** One is a prefix (of four letters or more) of the other: "tech" and "technology", "politic" and "political". */
function sharesStem(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.startsWith(short);
}

/**
 * A name that refers to topics the program already knows borrows their describing words: "tech"
 * finds Science & Tech, "Sci/Tech" finds it part by part ("sci" abbreviates "science"), "World"
 * is a known section name. This is general knowledge of news, not of any corpus; names it does
 * not know rely on the corpus alone.
 */
function borrowedWords(topic: Topic, knowledge: Knowledge): string[] {
  const found = knownTopics(terms(topic.name), knowledge);
  return [...new Set(found.flatMap((t) => t.words))];
}

function knownTopics(parts: string[], knowledge: Knowledge): readonly Topic[] {
  if (parts.length === 0) return [];
  const { topics } = knowledge;
  const name = parts.join(' ');
  const exact = topics.find(
    (t) => terms(t.name).join(' ') === name || terms(t.slug.replace(/-/g, ' ')).join(' ') === name,
  );
  if (exact) return [exact];
  const section = sectionTopics(name, knowledge);
  if (section.length > 0) return section;
  const found = new Set<Topic>();
  for (const part of parts) for (const t of topicsForPart(part, knowledge)) found.add(t);
  if (found.size > 0) return [...found];
  // A describing word of exactly one known topic ("film", "football"); a word several share says too little.
  const byWord = topics.filter((t) => t.words.some((w) => terms(w).join(' ') === name));
  return byWord.length === 1 ? byWord : [];
}

function sectionTopics(name: string, knowledge: Knowledge): Topic[] {
  for (const [section, slugs] of Object.entries(knowledge.sectionNames)) {
    if (terms(section).join(' ') !== name) continue;
    return knowledge.topics.filter((t) => slugs.includes(t.slug));
  }
  return [];
}

/** Known topics one word of a name points at: a word of their name or label, or its abbreviation. */
function topicsForPart(part: string, knowledge: Knowledge): readonly Topic[] {
  const named = (t: Topic): string[] => [...terms(t.name), ...terms(t.label)];
  const exact = knowledge.topics.filter((t) => named(t).includes(part));
  if (exact.length > 0) return exact;
  const section = sectionTopics(part, knowledge);
  if (section.length > 0) return section;
  // "sci" for science, "econ" for economy; shorter prefixes match too much.
  return part.length >= 3
    ? knowledge.topics.filter((t) => named(t).some((w) => w.length > part.length && w.startsWith(part)))
    : [];
}

/**
 * An article whose seed evidence clearly points at one names-only topic is that topic's example;
 * words far more common in its examples than in the rest of the corpus describe the topic too.
 * Each word goes to the one topic it favours most.
 */
function expandFromCorpus(seeds: Seeds, namesOnly: number[], matrix: TermMatrix): void {
  const N = matrix.docs.length;
  const V = matrix.vocab.length;
  const K = seeds.length;
  const evidence = seedScores(matrix, seeds);
  const examples = new Map<number, number[]>(namesOnly.map((k) => [k, []]));
  for (let d = 0; d < N; d++) {
    let best = -1;
    let top = 0;
    let second = 0;
    for (let k = 0; k < K; k++) {
      const s = evidence[d * K + k]!;
      if (s > top) {
        second = top;
        top = s;
        best = k;
      } else if (s > second) second = s;
    }
    if (best >= 0 && top >= CLEAR_MARGIN * second) examples.get(best)?.push(d);
  }
  const best = new Float64Array(V);
  const owner = new Int32Array(V).fill(-1);
  for (const k of namesOnly) {
    const inside = examples.get(k)!;
    if (inside.length === 0 || inside.length === N) continue;
    const core = seeds[k]!;
    const dfIn = new Float64Array(V);
    for (const d of inside) for (const id of matrix.docs[d]!.ids) dfIn[id]! += 1;
    const nIn = inside.length;
    const nOut = N - nIn;
    for (let w = 0; w < V; w++) {
      if (matrix.df[w]! < 3 || core.has(w)) continue;
      const pIn = (dfIn[w]! + 0.5) / (nIn + 1);
      const pOut = (matrix.df[w]! - dfIn[w]! + 0.5) / (nOut + 1);
      const score = pIn * Math.log(pIn / pOut);
      if (score > best[w]!) {
        best[w] = score;
        owner[w] = k;
      }
    }
  }
  for (const k of namesOnly) {
    const ranked: number[] = [];
    for (let w = 0; w < V; w++) if (owner[w] === k) ranked.push(w);
    ranked.sort((a, b) => best[b]! - best[a]! || a - b);
    for (const w of ranked.slice(0, EXPANSION_SIZE)) if (!seeds[k]!.has(w)) seeds[k]!.set(w, 1);
  }
}
