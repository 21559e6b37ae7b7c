// The reader's query language: plain words, "quoted phrases", and -word or -"phrase" exclusions.
// The engine matches words and phrases in one search; exclusions are planned here as extra
// searches whose result sets the hits are checked against, so the lists and totals stay exact.

export interface ParsedQuery {
  /** Words every hit must contain (the same word or another form of it: "ran" is not "run", "runs" is). Lower case. */
  words: string[];
  /** Phrases every hit must contain word for word, words joined by one space. Lower case. */
  phrases: string[];
  /** Words or phrases no hit may contain. Lower case. */
  excluded: string[];
}

export interface QueryPlan {
  /** What the engine matches and ranks by (words and "phrases"); null when nothing is asked for but filters (or exclusions). */
  term: string | null;
  /** Engine terms no hit may be found by. */
  excluded: string[];
  /** The words to mark in headlines. */
  highlight: string[];
}

const QUOTE = /["“”„‟]/;
const SPACE = /\s/;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/** A token without the punctuation around it ("(Mexico)," → "mexico"); empty when nothing is left. */
function cleanWord(token: string): string {
  return token.replace(EDGE_PUNCTUATION, '').toLowerCase();
}

function cleanPhrase(text: string): string {
  return text.split(/\s+/).map(cleanWord).filter(Boolean).join(' ');
}

function pushUnique(list: string[], value: string): void {
  if (value && !list.includes(value)) list.push(value);
}

export function parseQuery(input: string): ParsedQuery {
  const parsed: ParsedQuery = { words: [], phrases: [], excluded: [] };
  let i = 0;
  while (i < input.length) {
    if (SPACE.test(input[i]!)) {
      i++;
      continue;
    }
    // A minus starts an exclusion only at the start of a token and only when something follows it.
    let negated = false;
    if (input[i] === '-' && i + 1 < input.length && !SPACE.test(input[i + 1]!)) {
      negated = true;
      while (input[i] === '-') i++;
    }
    if (QUOTE.test(input[i] ?? '')) {
      // An unclosed quote runs to the end: the reader is probably still typing the phrase.
      let end = i + 1;
      while (end < input.length && !QUOTE.test(input[end]!)) end++;
      const phrase = cleanPhrase(input.slice(i + 1, end));
      pushUnique(negated ? parsed.excluded : parsed.phrases, phrase);
      i = end + 1;
      continue;
    }
    let end = i;
    while (end < input.length && !SPACE.test(input[end]!) && !QUOTE.test(input[end]!)) end++;
    const word = cleanWord(input.slice(i, end));
    if (WORD_CHAR.test(word)) pushUnique(negated ? parsed.excluded : parsed.words, word);
    i = end;
  }
  return parsed;
}

export function isBlankQuery(query: ParsedQuery): boolean {
  return query.words.length === 0 && query.phrases.length === 0 && query.excluded.length === 0;
}

function quoted(text: string): string {
  return `"${text}"`;
}

export function planQuery(query: ParsedQuery): QueryPlan {
  const { words, phrases } = query;
  const highlight: string[] = [];
  for (const word of [...words, ...phrases.flatMap((p) => p.split(' '))]) pushUnique(highlight, word);
  // An excluded word is quoted too: the engine then takes it as it is, never as part of a phrase.
  const excluded = query.excluded.map(quoted);
  if (words.length === 0 && phrases.length === 0) return { term: null, excluded, highlight };
  return { term: [...words, ...phrases.map(quoted)].join(' '), excluded, highlight };
}

/** Whether results need checking beyond the engine's one search (and its filter counts are then upper bounds). */
export function isConstrained(plan: QueryPlan): boolean {
  return plan.excluded.length > 0;
}
