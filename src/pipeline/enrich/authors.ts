// Author pages come from bylines: one byline may name several people ("By A and B"), add a role
// ("A, Political correspondent") or a place ("A in Paris"). Only the names are kept; variants in
// case and punctuation meet on one page because pages are keyed by slug (indexFacets).
import type { PlaceLink } from '../../model/data';
import { slugify } from '../../model/routes';

/** Words that make a byline part a role or a desk rather than a person. */
const ROLE_WORDS =
  /\b(?:correspondents?|editors?|reporters?|writers?|staff|contributors?|columnists?|analysts?|producers?|photographers?|desk|bureau|team|news|agency|agencies|online)\b/i;
/** Lower-case words a name may hold ("Ludwig van Beethoven", "Ali bin Said"). */
const PARTICLES = new Set([
  'de',
  'da',
  'di',
  'del',
  'della',
  'der',
  'den',
  'van',
  'von',
  'le',
  'la',
  'du',
  'bin',
  'al',
  'el',
  'ibn',
  'y',
]);
const MAX_NAME_WORDS = 5;

/** Where or for whom the part after these words says: "A in Paris", "A for Reuters", "A at Westminster". */
const TAIL = /\s+(?:in|at|for|from|reporting from)\s.*$/i;

function isName(part: string): boolean {
  const words = part.split(' ');
  if (words.length > MAX_NAME_WORDS || ROLE_WORDS.test(part)) return false;
  return words.every((word) => PARTICLES.has(word) || /^\p{Lu}/u.test(word)) && /\p{L}/u.test(part);
}

/** The people a byline names, in its order, each once. */
export function bylineNames(byline: string): string[] {
  const text = byline
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^by\b\s*:?\s*/i, '');
  const names: string[] = [];
  for (const raw of text.split(/\s*(?:[,;&]|\band\b|\bwith\b)\s*/i)) {
    const part = raw
      .replace(/^by\s+/i, '')
      .replace(TAIL, '')
      .replace(/^[^\p{L}]+|[^\p{L}.]+$/gu, '');
    if (part !== '' && isName(part) && !names.some((name) => name.toLowerCase() === part.toLowerCase()))
      names.push(part);
  }
  return names;
}

/** A source's name as pages show it: spaces squashed; variants in case meet on one page by slug. */
export function sourceName(source: string): string {
  return source.replace(/\s+/g, ' ').trim();
}

/** `authors` for an article: the byline's people with their pages' slugs, or nothing when it names none. */
export function authorsOf(byline: string | null): { authors?: PlaceLink[] } {
  const names = byline === null ? [] : bylineNames(byline);
  return names.length === 0 ? {} : { authors: names.map((name) => ({ slug: slugify(name), name })) };
}
