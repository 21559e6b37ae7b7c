// Capitalised spans of text: the candidates for names. A small hand-rolled tokenizer, because a full
// NLP pass (compromise on whole articles) runs at tens of articles per second, not thousands.
import { STATE_ABBREVIATIONS } from './placeWords';

export interface Token {
  text: string;
  /** text in lower case, made once here: the tagger looks most words up several times. */
  lower: string;
  /** A word (letters or digits), as opposed to punctuation. */
  word: boolean;
  /** Starts with an upper-case letter (or is an abbreviation such as U.S.). */
  cap: boolean;
  /** First word of a sentence, where capitals say nothing about names. */
  sentenceStart: boolean;
  /** Written with 's, which ends a name: "Mexico's President" is two names. */
  possessive: boolean;
}

export interface Span {
  tokens: Token[];
  /** Lower-case word just before and after the span ('' at the edge of a sentence). */
  before: string;
  after: string;
}

const SENTENCE_END = new Set(['.', '!', '?', ':', ';', '—', '|']);
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '«', '-', '–', '•']);
/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'gen',
  'sen',
  'rep',
  'gov',
  'lt',
  'col',
  'capt',
  'prof',
  'jr',
  'sr',
  'inc',
  'co',
  'corp',
  'ltd',
  'vs',
  'no',
  'mt',
  'ft',
  'rev',
  'sgt',
  'maj',
  'supt',
  'insp',
  'det',
]);
/**
 * Lower-case words that may sit inside a name: "Department of Justice", "Ludwig van Beethoven",
 * "Securities and Exchange Commission" (the reader splits "Blair and Brown" again).
 */
const CONNECTORS = new Set([
  'of',
  'the',
  'de',
  'van',
  'von',
  'der',
  'den',
  'al',
  'bin',
  'la',
  'le',
  'du',
  'del',
  'da',
  'dos',
  'di',
  'y',
  'and',
]);

const wideWordChars = new Map<number, boolean>();
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  let known = wideWordChars.get(c);
  if (known === undefined) {
    known = LETTER_OR_DIGIT.test(String.fromCharCode(c));
    wideWordChars.set(c, known);
  }
  return known;
}

function isUpper(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Characters that may join two runs of letters into one word: O'Brien, Coca-Cola, AT&T, Amazon.com. */
function isJoiner(c: number): boolean {
  return c === 39 || c === 8217 || c === 45 || c === 46 || c === 38;
}

/** One token for each punctuation mark, shared: nothing changes a mark's token, and most tokens are marks. */
const marks = new Map<string, Token>();

function markToken(mark: string): Token {
  let token = marks.get(mark);
  if (!token)
    marks.set(
      mark,
      (token = { text: mark, lower: mark, word: false, cap: false, sentenceStart: false, possessive: false }),
    );
  return token;
}

/**
 * Opening quotes and brackets do not end the sentence start: "“Mexico comes first" starts with
 * Mexico. True when the word about to follow `out` comes after such an opener.
 */
function afterOpener(out: Token[]): boolean {
  const k = out.length;
  const prev = out[k - 1];
  if (prev === undefined || prev.word || !OPENERS.has(prev.text)) return false;
  return k === 1 || out[k - 2]!.sentenceStart || SENTENCE_END.has(out[k - 2]!.text);
}

/** "U.S." or "Calif.": one capitalised word token, full stops kept. */
function abbreviationToken(text: string, sentenceStart: boolean): Token {
  return { text, lower: text.toLowerCase(), word: true, cap: true, sentenceStart, possessive: false };
}

/** Words (with U.S.-style abbreviations kept whole) and single punctuation characters. Hand-rolled for speed. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let sentenceStart = true;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 160) {
      i++;
      continue;
    }
    if (!isWordChar(c)) {
      const mark = text[i]!;
      i++;
      // Guarded: reading out[-1] would deoptimise V8's compiled tokenizer.
      const prev = out.length > 0 ? out[out.length - 1] : undefined;
      // A full stop after an initial or a title abbreviation ("George W. Bush", "Mr. Smith") is not an end.
      const keepsSentence =
        mark === '.' &&
        prev !== undefined &&
        prev.word &&
        ((prev.text.length === 1 && prev.cap) || ABBREVIATIONS.has(prev.lower));
      if (keepsSentence) continue;
      if (SENTENCE_END.has(mark)) sentenceStart = true;
      out.push(markToken(mark));
      continue;
    }
    const start = i;
    if (!sentenceStart && afterOpener(out)) sentenceStart = true;
    // U.S., U.K., U.S.A.: capital, dot, capital, dot…
    let j = i;
    while (j + 1 < n && isUpper(text[j]!) && text.charCodeAt(j + 1) === 46) j += 2;
    if (j - i >= 4 && !(j < n && isWordChar(text.charCodeAt(j)))) {
      out.push(abbreviationToken(text.slice(start, j), sentenceStart));
      sentenceStart = false;
      i = j;
      continue;
    }
    while (i < n) {
      const d = text.charCodeAt(i);
      if (isWordChar(d)) i++;
      else if (isJoiner(d) && i + 1 < n && isWordChar(text.charCodeAt(i + 1))) i += 2;
      else break;
    }
    let word = text.slice(start, i);
    // "Calif.", "Mass.": a state's abbreviation keeps its full stop, which may or may not end the
    // sentence, so a capital after it is read as a sentence start would be. Written in capitals
    // it is something else: "in LA." is Los Angeles.
    if (
      i < n &&
      text.charCodeAt(i) === 46 &&
      i - start <= 5 &&
      word.length > 1 &&
      isUpper(word[0]!) &&
      !isUpper(word[1]!) &&
      Object.hasOwn(STATE_ABBREVIATIONS, `${word.toLowerCase()}.`)
    ) {
      out.push(abbreviationToken(`${word}.`, sentenceStart));
      sentenceStart = true;
      i++;
      continue;
    }
    let possessive = false;
    const last2 = word.length > 2 ? word.charCodeAt(word.length - 2) : 0;
    // Worked out for every word, not only after an apostrophe, so V8 has seen it before it compiles this.
    const last = word.charCodeAt(word.length - 1);
    const endsInS = last === 115 || last === 83;
    if ((last2 === 39 || last2 === 8217) && endsInS) {
      word = word.slice(0, -2);
      possessive = true;
    }
    out.push({ text: word, lower: word.toLowerCase(), word: true, cap: isUpper(word[0]!), sentenceStart, possessive });
    sentenceStart = false;
  }
  return out;
}

function isWordToken(t: Token | undefined): t is Token {
  return t !== undefined && t.word;
}

/** Maximal runs of capitalised words, with connectors allowed between them. */
export function capitalisedSpans(tokens: Token[]): Span[] {
  const spans: Span[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (!isWordToken(t) || !t.cap) {
      i++;
      continue;
    }
    const span: Token[] = [t];
    let j = i + 1;
    if (!t.possessive) {
      while (j < tokens.length) {
        const next = tokens[j]!;
        if (isWordToken(next) && next.cap) {
          span.push(next);
          j++;
          if (next.possessive) break;
          continue;
        }
        // Up to two connectors, and only when a capitalised word follows them.
        let k = j;
        while (
          k < tokens.length &&
          k - j < 2 &&
          (tokens[k]!.text === '&' || (isWordToken(tokens[k]) && CONNECTORS.has(tokens[k]!.text)))
        )
          k++;
        const follow = tokens[k];
        if (k > j && isWordToken(follow) && follow.cap && joinsHere(tokens.slice(j, k))) {
          for (let m = j; m < k; m++) span.push(tokens[m]!);
          j = k;
          continue;
        }
        break;
      }
    }
    const before = tokens[i - 1];
    const after = tokens[j];
    spans.push({
      tokens: span,
      before: isWordToken(before) ? before.text.toLowerCase() : '',
      after: isWordToken(after) ? after.text.toLowerCase() : '',
    });
    i = j;
  }
  return spans;
}

/** "of", "de", "van" join alone; "the" only as "of the" ("Department of the Interior"). */
function joinsHere(connectors: Token[]): boolean {
  if (connectors.length === 1) return connectors[0]!.text !== 'the';
  return connectors[0]!.text === 'of' && connectors[1]!.text === 'the';
}
