// Sections for a whole corpus at once, with no labelled data: describing words pick the articles
// they clearly fit, a naive Bayes classifier learns the rest of each topic's vocabulary from those
// articles, a few rounds of self-training let it settle on the user's own corpus, and a
// nearest-centroid pass over tf-idf vectors settles each article's primary section.
import type { Section } from '../../model/article';
import { slugify } from '../../model/routes';
import { refineByCentroids } from './centroids';
import { DEFAULT_TOPICS, SECTION_NAMES } from './defaultTopics';
import { corpusBackground, logLikelihoods, trainNaiveBayes, type Background, type NaiveBayes } from './naiveBayes';
import { seedScores, topicSeeds } from './seeds';
import type { Taxonomy, Topic } from './taxonomy';
import { buildTermMatrix, pruneRareTerms, type TermMatrix } from './termMatrix';

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

/** Self-training stops when (almost) no label changes, or after this many rounds. */
const MAX_ROUNDS = 8;
/** A topic is allowed for an article whose seed evidence for it is at least this share of its best. */
const GATE = 0.3;
const MAX_SECTIONS = 3;
/** A secondary section's describing words must weigh at least this share of the article's strongest topic's. */
const SECONDARY_EVIDENCE = 0.5;
/** A secondary section must have at least this posterior. */
const SECONDARY_MIN = 0.2;
/**
 * An article whose best topic predicts its words no better than the rest of the corpus at large
 * (per-word log-likelihood gain not above this) fits weakly: one section at most, and none if it
 * uses no topic's describing words either. An article sharing no word with any other has a gain of 0.
 */
const MIN_FIT = 0;
/**
 * Posteriors are computed from the per-word likelihood scaled to this many words rather than the
 * article's real length: naive Bayes over hundreds of words is absurdly sure of itself, and this
 * keeps confidences readable and secondary sections possible.
 */
const TEMPERATURE_WORDS = 40;
/** Below this many articles, likelihoods learned from the corpus are too thin to call an article unclassified. */
const SMALL_CORPUS = 50;

export interface Given {
  sections: Section[];
  /** Taxonomy indices the front matter named, for training. */
  classes: number[];
}

export interface TopicScores {
  /** topic[d * K + k]: how well doc d fits topic k over the whole taxonomy, summing to 1 over k. */
  topic: Float64Array;
  /** The same over the corpus's main topics only (its desks), which decide the primary section. */
  primary: Float64Array;
  /** Per-word log-likelihood gain of the best topic over the corpus-wide word distribution. */
  fit: Float64Array;
  /** Whether the article uses any topic's describing (or corpus-expanded) words at all. */
  evidence: Uint8Array;
  /** seed[d * K + k]: how strongly the article uses topic k's describing words. */
  seed: Float64Array;
  /** Topic indices that are desks in this corpus. */
  desks: number[];
  given: (Given | null)[];
}

/** One to three sections per article, primary first, parallel to docs. Same input, same output. */
/**
 * `matrix` is buildTermMatrix(docs) when the caller has it already (related.ts reads it too; a
 * rebuild makes it from each seed's kept terms with matrixOf).
 */
export function assignSections(docs: TopicInput[], taxonomy: Taxonomy, matrix?: TermMatrix): Section[][] {
  const topics = taxonomy.topics;
  const K = topics.length;
  const scores = scoreTopics(docs, taxonomy, matrix);
  const section = (k: number, p: number): Section => ({
    slug: topics[k]!.slug,
    name: topics[k]!.name,
    confidence: round3(p),
  });
  return docs.map((_, d) => {
    const fixed = scores.given[d];
    if (fixed) return fixed.sections;
    // About nothing in particular only when both signals fail: no topic's describing words, and no
    // topic predicting its words better than the corpus at large. Either alone misfires: the fit
    // of a two-line item is mostly noise, and an article can match a topic in words no list names.
    const weak = docs.length < SMALL_CORPUS ? !scores.evidence[d] : !(scores.fit[d]! > MIN_FIT);
    if (weak && !scores.evidence[d]) return [{ ...UNCLASSIFIED }];
    const primary = argmax(scores.primary, d, K);
    const out = [section(primary, scores.primary[d * K + primary]!)];
    // Weak evidence earns one section: a second would more likely be wrong than informative.
    if (weak || !scores.evidence[d]) return out;
    const ranked = rankTopics(scores.topic, d, K);
    // A secondary section must be likely in itself and at least half as likely as the best topic,
    // and the article must use its describing words about as much as any topic's: one stray
    // "beat" in an economy story is not a reason to file it under Sport.
    const floor = Math.max(SECONDARY_MIN, scores.topic[d * K + ranked[0]!]! / 2);
    const strongest = scores.seed[d * K + argmax(scores.seed, d, K)]!;
    for (const k of ranked) {
      const p = scores.topic[d * K + k]!;
      if (out.length >= MAX_SECTIONS || p < floor) break;
      if (k !== primary && scores.seed[d * K + k]! >= SECONDARY_EVIDENCE * strongest) out.push(section(k, p));
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
export function scoreTopics(
  docs: TopicInput[],
  taxonomy: Taxonomy,
  full: TermMatrix = buildTermMatrix(docs),
): TopicScores {
  const topics = taxonomy.topics;
  const K = topics.length;
  const N = docs.length;
  const given = docs.map((doc) => frontMatterSections(doc.topics, topics));
  // Small corpora keep every word: there is too little text to throw any away.
  const matrix = N >= SMALL_CORPUS ? pruneRareTerms(full, 2) : full;
  const seeds = topicSeeds(topics, matrix, { topics: DEFAULT_TOPICS, sectionNames: SECTION_NAMES });
  const evidence = seedScores(matrix, seeds);
  const allowed = topicGate(evidence, K);
  // Articles that use no topic's words at all are scored but never taught from: a handful of
  // off-topic pieces must not become a topic's model of itself, or they would "fit" it.
  const teaches = new Uint8Array(N);
  for (let d = 0; d < N; d++) teaches[d] = given[d] || evidence[d * K + argmax(evidence, d, K)]! > 0 ? 1 : 0;
  if (N < SMALL_CORPUS) {
    // Too few articles to learn from: the describing words alone decide, shared out as posteriors.
    const shares = evidenceShares(evidence, allowed, K);
    return {
      topic: shares,
      primary: shares,
      fit: new Float64Array(N),
      evidence: teaches,
      seed: evidence,
      desks: topics.map((_, k) => k),
      given,
    };
  }
  const all = new Uint8Array(K).fill(1);
  const background = corpusBackground(matrix);
  const first = selfTrain(matrix, background, allowed, all, initialWeights(evidence, given, K), given, teaches);

  // Only the broad default taxonomy has desks; a user's own topics are all sections they want.
  const desks = taxonomy.source === 'default' ? deskTopics(first.posteriors, given, K) : topics.map((_, k) => k);
  const base = { topic: first.posteriors, fit: first.fit, evidence: teaches, seed: evidence, desks, given };
  if (desks.length === K)
    return { ...base, primary: refinePrimary(matrix, first.posteriors, given, teaches, desks, K) };
  const isDesk = new Uint8Array(K);
  for (const k of desks) isDesk[k] = 1;
  const deskAllowed = new Uint8Array(N * K);
  const start = new Float64Array(N * K);
  for (let d = 0; d < N; d++) {
    let any = false;
    for (const k of desks) if (allowed[d * K + k]) any = true;
    // An article whose seed words point only at minor topics may still go to any desk.
    for (const k of desks) deskAllowed[d * K + k] = allowed[d * K + k] || !any ? 1 : 0;
    const fixed = given[d];
    if (fixed) {
      for (const k of fixed.classes) start[d * K + k] = 1;
    } else {
      const k = argmax(first.posteriors, d, K);
      if (isDesk[k]) start[d * K + k] = 1;
    }
  }
  const second = selfTrain(matrix, background, deskAllowed, isDesk, start, given, teaches);
  return { ...base, primary: refinePrimary(matrix, second.posteriors, given, teaches, desks, K) };
}

/** Naive Bayes' primary labels, refined by nearest centroid; shares over the classes as posteriors. */
function refinePrimary(
  matrix: TermMatrix,
  posteriors: Float64Array,
  given: (Given | null)[],
  teaches: Uint8Array,
  classes: number[],
  K: number,
): Float64Array {
  const N = given.length;
  const labels = new Int32Array(N);
  const fixed = new Uint8Array(N);
  for (let d = 0; d < N; d++) {
    const named = given[d]?.classes[0];
    labels[d] = named ?? argmax(posteriors, d, K);
    fixed[d] = named === undefined ? 0 : 1;
  }
  return refineByCentroids(matrix, labels, fixed, teaches, classes, K).shares;
}

/** Each allowed topic's share of an article's seed evidence. */
function evidenceShares(evidence: Float64Array, allowed: Uint8Array, K: number): Float64Array {
  const shares = new Float64Array(evidence.length);
  for (let d = 0; d < evidence.length / K; d++) {
    let sum = 0;
    for (let k = 0; k < K; k++) if (allowed[d * K + k]) sum += evidence[d * K + k]!;
    for (let k = 0; k < K; k++) shares[d * K + k] = sum > 0 && allowed[d * K + k] ? evidence[d * K + k]! / sum : 0;
  }
  return shares;
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
    else count[argmax(posteriors, d, K)]! += 1;
  }
  const desks: number[] = [];
  for (let k = 0; k < K; k++) if (named[k] || count[k]! >= N / K) desks.push(k);
  if (desks.length === 0) desks.push(argmax(count, 0, K));
  return desks;
}

interface Trained {
  posteriors: Float64Array;
  fit: Float64Array;
}

/** Naive Bayes self-training: learn from the current labels, relabel every article, repeat. */
function selfTrain(
  matrix: TermMatrix,
  background: Background,
  allowed: Uint8Array,
  active: Uint8Array,
  weights: Float64Array,
  given: (Given | null)[],
  teaches: Uint8Array,
): Trained {
  const N = matrix.docs.length;
  const K = active.length;
  const posteriors = new Float64Array(N * K);
  const fit = new Float64Array(N);
  const labels = new Int32Array(N).fill(-1);
  let model: NaiveBayes | undefined;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    model = trainNaiveBayes(matrix, background, weights, active, model);
    // The loop over documents is a function of its own: V8 compiles it in the middle of its first
    // run, and the code after it, not yet run then, would throw that compiled code away.
    scoreDocuments(matrix, model, classPriors(weights, K), allowed, weights, posteriors, fit);
    // A few articles can swap back and forth between two close topics for ever; stop once they are all that move.
    if (relabel(weights, posteriors, given, teaches, labels, K) <= N / 500) break;
  }
  return { posteriors, fit };
}

/** Every document's posteriors over the topics it may go to, and its fit (see TopicScores.fit). */
function scoreDocuments(
  matrix: TermMatrix,
  model: NaiveBayes,
  logPrior: Float64Array,
  allowed: Uint8Array,
  weights: Float64Array,
  posteriors: Float64Array,
  fit: Float64Array,
): void {
  const N = matrix.docs.length;
  const K = model.active.length;
  const ll = new Float64Array(K + 1);
  const which = new Int32Array(K);
  for (let d = 0; d < N; d++) {
    const doc = matrix.docs[d]!;
    const row = d * K;
    logLikelihoods(model, doc, d, ll, weights, allowed, row, which);
    // Never above 1: a two-line item must not be surer of itself than its own words allow.
    const scale = doc.length > 0 ? Math.min(1, TEMPERATURE_WORDS / doc.length) : 0;
    let best = -Infinity;
    let max = -Infinity;
    for (let k = 0; k < K; k++) {
      if (!allowed[row + k]) continue;
      best = Math.max(best, ll[k]!);
      ll[k] = ll[k]! * scale + logPrior[k]!;
      max = Math.max(max, ll[k]!);
    }
    let sum = 0;
    for (let k = 0; k < K; k++) {
      const p = allowed[row + k] ? Math.exp(ll[k]! - max) : 0;
      posteriors[row + k] = p;
      sum += p;
    }
    for (let k = 0; k < K; k++) posteriors[row + k]! /= sum;
    fit[d] = doc.length > 0 ? (best - ll[K]!) / doc.length : 0;
  }
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
    const section =
      k >= 0 ? { slug: topics[k]!.slug, name: topics[k]!.name, confidence: 1 } : { slug, name, confidence: 1 };
    if (sections.some((s) => s.slug === section.slug)) continue;
    sections.push(section);
    if (k >= 0) classes.push(k);
  }
  return { sections, classes };
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
    const max = scores[d * K + argmax(scores, d, K)]!;
    for (let k = 0; k < K; k++) allowed[d * K + k] = max === 0 || scores[d * K + k]! >= GATE * max ? 1 : 0;
  }
  return allowed;
}

/** First labels: front matter, else the topic whose seed words clearly dominate (1.5× the next). */
function initialWeights(scores: Float64Array, given: (Given | null)[], K: number): Float64Array {
  const weights = new Float64Array(given.length * K);
  given.forEach((fixed, d) => {
    if (fixed) {
      for (const k of fixed.classes) weights[d * K + k] = 1;
      return;
    }
    const ranked = rankTopics(scores, d, K);
    const top = scores[d * K + ranked[0]!]!;
    const second = ranked.length > 1 ? scores[d * K + ranked[1]!]! : 0;
    if (top > 0 && top >= 1.5 * second) weights[d * K + ranked[0]!] = 1;
  });
  return weights;
}

/** Next round's training labels: each article counts for its current best topic. Returns how many labels changed. */
function relabel(
  weights: Float64Array,
  posteriors: Float64Array,
  given: (Given | null)[],
  teaches: Uint8Array,
  labels: Int32Array,
  K: number,
): number {
  let changed = 0;
  for (let d = 0; d < given.length; d++) {
    if (given[d] || !teaches[d]) continue;
    for (let k = 0; k < K; k++) weights[d * K + k] = 0;
    const k = argmax(posteriors, d, K);
    weights[d * K + k] = posteriors[d * K + k]!;
    if (labels[d] !== k) changed++;
    labels[d] = k;
  }
  return changed;
}

/**
 * How common each topic is in the corpus so far. Articles on the border between a big topic and a
 * small one go to the big one, the way an editor files a fraud trial at a bank under Business.
 */
function classPriors(weights: Float64Array, K: number): Float64Array {
  const mass = new Float64Array(K);
  // Made before the loop, which V8 compiles in mid-run: an allocation it had not yet seen would undo that.
  const prior = new Float64Array(K);
  let total = 0;
  for (let i = 0; i < weights.length; i++) {
    mass[i % K]! += weights[i]!;
    total += weights[i]!;
  }
  for (let k = 0; k < K; k++) prior[k] = Math.log((mass[k]! + 1) / (total + K));
  return prior;
}

/** Index of the highest score in row d; ties go to the earlier topic, so output is deterministic. */
function argmax(scores: Float64Array, d: number, K: number): number {
  let best = 0;
  for (let k = 1; k < K; k++) if (scores[d * K + k]! > scores[d * K + best]!) best = k;
  return best;
}

/** Topic indices by descending score; ties go to the earlier topic. */
function rankTopics(scores: Float64Array, d: number, K: number): number[] {
  const order = Array.from({ length: K }, (_, k) => k);
  return order.sort((a, b) => scores[d * K + b]! - scores[d * K + a]! || a - b);
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
