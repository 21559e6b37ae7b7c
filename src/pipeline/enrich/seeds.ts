// Seed terms for each topic: its describing words, or, for a topic given by name only,
// the name's own word forms plus words the user's corpus uses alongside them.
import type { Topic } from './taxonomy';
import type { TermMatrix } from './termMatrix';
import { terms } from './terms';

/** Term id → weight, per topic. */
export type Seeds = Map<number, number>[];

const EXPANSION_SIZE = 40;
const CORE_WEIGHT = 3;

export function topicSeeds(topics: Topic[], matrix: TermMatrix, knowledge: readonly Topic[]): Seeds {
  const seeds: Seeds = topics.map(() => new Map());
  const namesOnly: number[] = [];
  topics.forEach((topic, k) => {
    const seed = seeds[k]!;
    for (const id of nameForms(topic, matrix)) seed.set(id, CORE_WEIGHT);
    const words = topic.words.length > 0 ? topic.words : borrowedWords(topic, knowledge);
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
 * A name that matches a topic the program already knows (its slug, display name, label or one of
 * its words) borrows that topic's describing words: "tech" finds Science & Tech. This is general
 * knowledge of news, not of any corpus; names it does not know rely on the corpus alone.
 */
function borrowedWords(topic: Topic, knowledge: readonly Topic[]): string[] {
  const name = terms(topic.name).join(' ');
  if (!name) return [];
  const exact = knowledge.find(
    (t) => terms(t.name).join(' ') === name || terms(t.slug.replace(/-/g, ' ')).join(' ') === name,
  );
  const found = exact ?? knowledge.find((t) => terms(t.label).includes(name) || terms(t.name).includes(name));
  if (found) return found.words;
  // A describing word of exactly one known topic ("film", "football"); a word several share says too little.
  const byWord = knowledge.filter((t) => t.words.some((w) => terms(w).join(' ') === name));
  return byWord.length === 1 ? byWord[0]!.words : [];
}

/**
 * Documents that use a topic's name are its first evidence; words far more common in them
 * than in the rest of the corpus describe the topic. Each word goes to the one topic it favours most.
 */
function expandFromCorpus(seeds: Seeds, namesOnly: number[], matrix: TermMatrix): void {
  const N = matrix.docs.length;
  const V = matrix.vocab.length;
  const best = new Float64Array(V);
  const owner = new Int32Array(V).fill(-1);
  for (const k of namesOnly) {
    const core = seeds[k]!;
    const inside: number[] = [];
    matrix.docs.forEach((doc, d) => {
      for (let i = 0; i < doc.ids.length; i++) {
        if ((core.get(doc.ids[i]!) ?? 0) >= CORE_WEIGHT) {
          inside.push(d);
          break;
        }
      }
    });
    if (inside.length === 0 || inside.length === N) continue;
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
