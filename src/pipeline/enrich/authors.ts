// Author pages come from bylines: one byline may name several people ("By A and B"), add a role
// ("A, Political correspondent") or a place ("A in Paris"). Only the names are kept; variants in
// case and punctuation meet on one page because pages are keyed by slug (indexFacets), and short
// forms ("J. Smith", "Smith") join the full name with the care people get (entityNames.ts).
import type { PlaceLink } from '../../model/data';
import { slugify } from '../../model/routes';
import { expandShortNames, shortensPersonName } from './entityNames';

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

/** The name each byline name's author page goes by, where it is not the name itself. */
export type AuthorNames = ReadonlyMap<string, string>;

/**
 * Across a corpus's bylines, in list order: names that differ only in case or accents are one
 * author, shown as most bylines write it (the first written, on a tie); then initials and a surname ("J. Smith"), or a surname alone, join the
 * full name with that surname and those initials ("John Smith") when the bylines hold exactly one
 * such full name, and stay apart when they hold two ("John Smith", "Jane Smith") or none.
 */
export function authorNames(bylines: Iterable<string | null>): AuthorNames {
  const forms = new Map<string, Map<string, number>>();
  for (const byline of bylines) {
    for (const name of byline === null ? [] : bylineNames(byline)) {
      const slug = slugify(name);
      const bySpelling = forms.get(slug) ?? new Map<string, number>();
      bySpelling.set(name, (bySpelling.get(name) ?? 0) + 1);
      forms.set(slug, bySpelling);
    }
  }
  const usual = new Map<string, string>();
  const docs = new Map<string, number>();
  for (const [slug, bySpelling] of forms) {
    // Ties go to the spelling met first (the sort is stable): listed articles come before copies.
    const ranked = [...bySpelling].sort((a, b) => b[1] - a[1]);
    usual.set(slug, ranked[0]![0]);
    docs.set(
      ranked[0]![0],
      ranked.reduce((sum, [, n]) => sum + n, 0),
    );
  }
  const joined = expandShortNames(docs, 'initials or surname of the one full name', shortensPersonName, 'sole');
  const out = new Map<string, string>();
  for (const bySpelling of forms.values()) {
    for (const name of bySpelling.keys()) {
      const shown = usual.get(slugify(name))!;
      const page = joined.get(shown)?.to ?? shown;
      if (page !== name) out.set(name, page);
    }
  }
  return out;
}

/**
 * `authors` for an article: the byline's people with their pages' slugs, under the names
 * `pages` gives them (authorNames), each page once; nothing when the byline names none.
 */
export function authorsOf(byline: string | null, pages: AuthorNames = new Map()): { authors?: PlaceLink[] } {
  const authors = new Map<string, PlaceLink>();
  for (const name of byline === null ? [] : bylineNames(byline)) {
    const shown = pages.get(name) ?? name;
    const slug = slugify(shown);
    if (!authors.has(slug)) authors.set(slug, { slug, name: shown });
  }
  return authors.size === 0 ? {} : { authors: [...authors.values()] };
}
