// Sections for a whole corpus at once, with no labelled data: describing words pick the articles
// they clearly fit, a naive Bayes classifier learns the rest of each topic's vocabulary from those
// articles, and a few rounds of self-training let it settle on the user's own corpus.
import type { Section } from '../../model/article';
import { slugify } from '../../model/routes';
import { DEFAULT_TOPICS } from './defaultTopics';
import { logLikelihoods, trainNaiveBayes } from './naiveBayes';
import { topicSeeds, type Seeds } from './seeds';
import type { Taxonomy, Topic } from './taxonomy';
import { buildTermMatrix, type TermMatrix } from './termMatrix';

export interface TopicInput {
  title: string;
  dek: string | null;
  paragraphs: string[];
  /** Topics from front matter; when present they are the article's sections. */
  topics: string[];
}

/**
 * What an article that fits no topic gets. Every article needs at least one section (list pages
 * and facets assume it), so instead of a wrong guess it gets this one, with a confidence of 0,
 * which says "unclassified" to anyone reading the data.
 */
export const UNCLASSIFIED: Readonly<Section> = { slug: 'general', name: 'General', confidence: 0 };

const ROUNDS = Number(process.env.ROUNDS ?? 6);
const GATE = Number(process.env.GATE ?? 0.3);
const PRIOR_STRENGTH = Number(process.env.PRIOR ?? 1);
const MAX_SECTIONS = 3;
/** A secondary section must have at least this posterior. */
const SECONDARY_MIN = 0.2;
/**
 * Per-word log-likelihood gain of the best topic over the corpus-wide word distribution below which
 * an article is about nothing in particular.
 */
const MIN_FIT = 0.05;
/** Posteriors are computed per word, then scaled to a typical article length, to stay readable. */
const TEMPERATURE_WORDS = Number(process.env.TW ?? 40);

export interface TopicScores {
  /** topic[d * K + k]: how well doc d fits topic k over the whole taxonomy, summing to 1 over k. */
  topic: Float64Array;
  /** The same over the corpus's main topics only (its desks), which decide the primary section. */
  primary: Float64Array;
  /** Per-word log-likelihood gain of the best topic over the corpus-wide word distribution. */
  fit: Float64Array;
  /** Topic indices that are desks in this corpus. */
  desks: number[];
  given: (Given | null)[];
}

export function assignSections(docs: TopicInput[], taxonomy: Taxonomy): Section[][] {
  const topics = taxonomy.topics;
  const K = topics.length;
  const scores = scoreTopics(docs, taxonomy);
  const section = (k: number, p: number): Section => ({ slug: topics[k]!.slug, name: topics[k]!.name, confidence: round3(p) });
  return docs.map((_, d) => {
    const fixed = scores.given[d];
    if (fixed) return fixed.sections;
    if (scores.fit[d]! < MIN_FIT) return [{ ...UNCLASSIFIED }];
    const primary = rankTopics(scores.primary, d, K)[0]!;
    const out = [section(primary, scores.primary[d * K + primary]!)];
    for (const k of rankTopics(scores.topic, d, K)) {
      const p = scores.topic[d * K + k]!;
      if (out.length >= MAX_SECTIONS || p < SECONDARY_MIN) break;
      if (k !== primary) out.push(section(k, p));
    }
    return out;
  });
}

/**
 * Two passes. The first classifies over the whole taxonomy. Topics that then hold a real share of
 * the corpus are its desks; the second pass re-learns with only those, and decides each article's
 * primary section, so a fraud trial in a business-heavy corpus is filed under Business with
 * Crime & Law as a second section, rather than the other way round. The first pass still supplies
 * the secondary sections.
 */
export function scoreTopics(docs: TopicInput[], taxonomy: Taxonomy): TopicScores {
  const topics = taxonomy.topics;
  const K = topics.length;
  const given = docs.map((doc) => frontMatterSections(doc.topics, topics));
  const matrix = buildTermMatrix(docs);
  const seeds = topicSeeds(topics, matrix, DEFAULT_TOPICS);
  const scores = seedScores(matrix, seeds);
  const allowed = topicGate(scores, K);
  const first = selfTrain(matrix, allowed, initialWeights(scores, given, K), given, K);

  // Only the broad default taxonomy has desks; a user's own topics are all sections they want.
  const desks = taxonomy.source === 'default' ? deskTopics(first.posteriors, given, K) : topics.map((_, k) => k);
  if (desks.length === K) return { topic: first.posteriors, primary: first.posteriors, fit: first.fit, desks, given };
  const isDesk = new Uint8Array(K);
  for (const k of desks) isDesk[k] = 1;
  const deskAllowed = new Uint8Array(allowed.length);
  const N = docs.length;
  for (let d = 0; d < N; d++) {
    let any = false;
    for (const k of desks) if (allowed[d * K + k]) any = true;
    // An article whose seed words point only at minor topics may still go to any desk.
    for (let k = 0; k < K; k++) deskAllowed[d * K + k] = isDesk[k] && (allowed[d * K + k] || !any) ? 1 : 0;
  }
  const start = new Float64Array(N * K);
  for (let d = 0; d < N; d++) {
    const fixed = given[d];
    if (fixed) {
      for (const k of fixed.classes) start[d * K + k] = 1;
      continue;
    }
    const k = rankTopics(first.posteriors, d, K)[0]!;
    if (isDesk[k]) start[d * K + k] = 1;
  }
  const second = selfTrain(matrix, deskAllowed, start, given, K);
  return { topic: first.posteriors, primary: second.posteriors, fit: first.fit, desks, given };
}

/**
 * Topics that are the primary of at least a fair share (1/K) of the corpus, plus any named in
 * front matter: the sections this corpus is really organised in.
 */
function deskTopics(posteriors: Float64Array, given: (Given | null)[], K: number): number[] {
  const N = given.length;
  const count = new Float64Array(K);
  const named = new Uint8Array(K);
  for (let d = 0; d < N; d++) {
    const fixed = given[d];
    if (fixed) for (const k of fixed.classes) named[k] = 1;
    else count[rankTopics(posteriors, d, K)[0]!]! += 1;
  }
  const desks: number[] = [];
  for (let k = 0; k < K; k++) if (named[k] || count[k]! >= N / K) desks.push(k);
  if (desks.length === 0) desks.push(rankTopics(count, 0, K)[0]!);
  return desks;
}

interface Trained {
  posteriors: Float64Array;
  fit: Float64Array;
}

/** Naive Bayes self-training: learn from the current labels, relabel every article, repeat. */
function selfTrain(matrix: TermMatrix, allowed: Uint8Array, weights: Float64Array, given: (Given | null)[], K: number): Trained {
  const N = matrix.docs.length;
  let posteriors = new Float64Array(N * K);
  let fit = new Float64Array(N);
  for (let round = 0; round < ROUNDS; round++) {
    const model = trainNaiveBayes(matrix, weights, K);
    const logPrior = classPriors(weights, K);
    posteriors = new Float64Array(N * K);
    fit = new Float64Array(N);
    matrix.docs.forEach((doc, d) => {
      const ll = logLikelihoods(model, doc);
      let best = -Infinity;
      for (let k = 0; k < K; k++) if (allowed[d * K + k]) best = Math.max(best, ll[k]!);
      const scale = doc.length > 0 ? TEMPERATURE_WORDS / doc.length : 0;
      let max = -Infinity;
      for (let k = 0; k < K; k++) {
        ll[k] = ll[k]! * scale + logPrior[k]!;
        if (allowed[d * K + k]) max = Math.max(max, ll[k]!);
      }
      let sum = 0;
      for (let k = 0; k < K; k++) {
        const p = allowed[d * K + k] ? Math.exp(ll[k]! - max) : 0;
        posteriors[d * K + k] = p;
        sum += p;
      }
      for (let k = 0; k < K; k++) posteriors[d * K + k]! /= sum;
      fit[d] = doc.length > 0 ? (best - ll[K]!) / doc.length : 0;
    });
    relabel(weights, posteriors, given, K);
  }
  return { posteriors, fit };
}

export interface Given {
  sections: Section[];
  /** Taxonomy indices the front matter named, for training. */
  classes: number[];
}

/** Front-matter topics, matched to taxonomy topics by slug, name or label where possible. */
function frontMatterSections(names: string[], topics: Topic[]): Given | null {
  const clean = names.map((n) => n.trim()).filter(Boolean);
  if (clean.length === 0) return null;
  const sections: Section[] = [];
  const classes: number[] = [];
  for (const name of clean) {
    const slug = slugify(name);
    const k = topics.findIndex((t) => t.slug === slug || slugify(t.name) === slug || slugify(t.label) === slug);
    const section = k >= 0 ? { slug: topics[k]!.slug, name: topics[k]!.name, confidence: 1 } : { slug, name, confidence: 1 };
    if (sections.some((s) => s.slug === section.slug)) continue;
    sections.push(section);
    if (k >= 0) classes.push(k);
  }
  return { sections, classes };
}

/** Seed evidence: idf-weighted, saturating counts of each topic's seed terms. */
function seedScores(matrix: TermMatrix, seeds: Seeds): Float64Array {
  const N = matrix.docs.length;
  const K = seeds.length;
  const scores = new Float64Array(N * K);
  const norms = seeds.map((seed) => {
    let total = 0;
    for (const [id, w] of seed) total += w * idf(matrix, id);
    return total > 0 ? Math.sqrt(total) : 1;
  });
  matrix.docs.forEach((doc, d) => {
    for (let i = 0; i < doc.ids.length; i++) {
      const id = doc.ids[i]!;
      const gain = (1 + Math.log(doc.tf[i]!)) * idf(matrix, id);
      for (let k = 0; k < K; k++) {
        const w = seeds[k]!.get(id);
        if (w !== undefined) scores[d * K + k]! += (w * gain) / norms[k]!;
      }
    }
  });
  return scores;
}

/**
 * An article can only be filed under a topic it actually talks about: one whose seed evidence is
 * at least a fraction of its strongest. Without this, a small topic's model drifts during
 * self-training towards whatever articles it happened to catch. Articles with no seed evidence
 * at all may go anywhere.
 */
function topicGate(scores: Float64Array, K: number): Uint8Array {
  const allowed = new Uint8Array(scores.length);
  const N = scores.length / K;
  for (let d = 0; d < N; d++) {
    let max = 0;
    for (let k = 0; k < K; k++) max = Math.max(max, scores[d * K + k]!);
    for (let k = 0; k < K; k++) allowed[d * K + k] = max === 0 || scores[d * K + k]! >= GATE * max ? 1 : 0;
  }
  return allowed;
}

function idf(matrix: TermMatrix, id: number): number {
  return Math.log((matrix.docs.length + 1) / (matrix.df[id]! + 0.5));
}

function initialWeights(scores: Float64Array, given: (Given | null)[], K: number): Float64Array {
  const weights = new Float64Array(given.length * K);
  given.forEach((_, d) => {
    const fixed = given[d];
    if (fixed) {
      for (const k of fixed.classes) weights[d * K + k] = 1;
      return;
    }
    const ranked = rankTopics(scores, d, K);
    const top = scores[d * K + ranked[0]!]!;
    const second = ranked.length > 1 ? scores[d * K + ranked[1]!]! : 0;
    if (top > 0 && top >= 1.5 * second) weights[d * K + ranked[0]!] = 1;
  });
  // Topics no article clearly fits still get their describing words as a tiny pseudo-document,
  // so the classifier knows what they look like.
  return weights;
}

/** Next round's training labels: each article counts for its current best topic. */
function relabel(weights: Float64Array, posteriors: Float64Array, given: (Given | null)[], K: number): void {
  const N = given.length;
  for (let d = 0; d < N; d++) {
    if (given[d]) continue;
    for (let k = 0; k < K; k++) weights[d * K + k] = 0;
    const k = rankTopics(posteriors, d, K)[0]!;
    weights[d * K + k] = posteriors[d * K + k]!;
  }
}

/**
 * How common each topic is in the corpus so far. Articles on the border between a big topic and a
 * small one go to the big one, the way an editor files a fraud trial at a bank under Business.
 */
function classPriors(weights: Float64Array, K: number): Float64Array {
  const mass = new Float64Array(K);
  let total = 0;
  for (let i = 0; i < weights.length; i++) {
    mass[i % K]! += weights[i]!;
    total += weights[i]!;
  }
  const prior = new Float64Array(K);
  for (let k = 0; k < K; k++) prior[k] = PRIOR_STRENGTH * Math.log((mass[k]! + 1) / (total + K));
  return prior;
}

/** Topic indices by descending score; ties go to the earlier topic, so output is deterministic. */
function rankTopics(scores: Float64Array, d: number, K: number): number[] {
  const order = Array.from({ length: K }, (_, k) => k);
  return order.sort((a, b) => scores[d * K + b]! - scores[d * K + a]! || a - b);
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
