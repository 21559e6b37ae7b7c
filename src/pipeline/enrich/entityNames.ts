// One name per entity: canonical spellings inside an article, and merging across a corpus.
import { ENTITY_KINDS, type Entities, type EntityKind, type EntityRef } from '../../model/article';
import { slugify } from '../../model/routes';

const ABBREVIATED: Record<string, string> = { 'U.S.': 'US', 'U.S.A.': 'USA', 'U.K.': 'UK', 'U.N.': 'UN', 'E.U.': 'EU' };
/** Government bodies written both ways: "Department of Justice" is the "Justice Department". */
const BODY_WORDS = new Set(['Department', 'Ministry']);
/** Company-form suffixes that do not change which company is meant. */
const CORPORATE_SUFFIXES = new Set([
  'inc',
  'corp',
  'corporation',
  'ltd',
  'plc',
  'llc',
  'co',
  'limited',
  'sa',
  'ag',
  'nv',
]);

/** "US Department of Justice", "U.S. Justice Department" → "US Justice Department". */
export function canonicalOrganisation(words: string[]): string {
  let w = words.map((x) => ABBREVIATED[x] ?? x);
  if (w[0]?.toLowerCase() === 'the') w = w.slice(1);
  const body = w.findIndex((x, i) => BODY_WORDS.has(x) && w[i + 1] === 'of');
  if (body >= 0) {
    let rest = w.slice(body + 2);
    if (rest[0] === 'the') rest = rest.slice(1);
    if (rest.length > 0) w = [...w.slice(0, body), ...rest, w[body]!];
  }
  while (w.length > 1 && CORPORATE_SUFFIXES.has(w[w.length - 1]!.toLowerCase().replace(/\.$/, ''))) w = w.slice(0, -1);
  return w.join(' ');
}

/**
 * Initials of a multi-word name, ignoring "of", "the" and "and": National Security Council → NSC;
 * a short all-capital word gives all its letters: UK Independence Party → UKIP.
 */
export function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => !/^(of|the|and|for|de|&)$/i.test(w))
    .map((w) => (/^\p{Lu}{2,3}$/u.test(w) ? w : w[0]!.toUpperCase()))
    .join('');
}

/** A given name written as initials: "J", "J.", "J.R.", "JR" (two capitals at most, so "JOHN" is a name). */
const isInitials = (word: string): boolean => /^(?:\p{Lu}\.)+$|^\p{Lu}{1,2}$/u.test(word);

/**
 * Whether `short` is a shortened way to write the person `long` names in full: the surname alone
 * ("Blair" for "Tony Blair") or initials and the surname ("T. Blair", "J.R. Smith" for "John
 * Robert Smith"), each initial the first letter of a given name, in order. A name whose given
 * names are themselves initials is no full name, so "T. Blair" never stands for "Blair" either way.
 */
export function shortensPersonName(short: string, long: string): boolean {
  const full = long.split(' ');
  const given = full.slice(0, -1);
  if (given.length === 0 || given.some(isInitials)) return false;
  const words = short.split(' ');
  if (words[words.length - 1] !== full[full.length - 1]) return false;
  const initials = words.slice(0, -1);
  if (!initials.every(isInitials)) return false;
  const letters = [...initials.join('').replace(/\./g, '')];
  return letters.length <= given.length && letters.every((letter, i) => given[i]!.startsWith(letter));
}

/**
 * One article's tagging, before the corpus-wide merge (mergeEntityNames): its entities, plus what
 * only the corpus can settle. `acronyms`: short acronyms used as names but neither spelled out in
 * the article nor known to the lexicon ("CES", "GDP"); `works`: person-shaped names the article
 * uses as the title of a film, show or book ("the film Vera Drake"); `clubs`: places it uses as
 * sports clubs ("Everton manager David Moyes"), listed among its organisations.
 */
export interface TaggedEntities extends Entities {
  acronyms: EntityRef[];
  /** Acronyms the article spells out ("Regional Transport Authority (RTA)"). */
  spelledOut: string[];
  works: string[];
  clubs: string[];
  /** [place, the words the article used for it (null: its adjective), how often] where they differ from its name. */
  placeForms: [string, string | null, number][];
  /** A sports report (three sport words), where a town the corpus uses as a club is the club. */
  sport: boolean;
}

interface Tally {
  name: string;
  count: number;
  first: number;
}

// The same names recur in article after article; slugify's Unicode normalising showed in profiles.
const slugs = new Map<string, string>();
function slugOf(name: string): string {
  let slug = slugs.get(name);
  if (slug === undefined) {
    if (slugs.size >= 100_000) slugs.clear();
    slug = slugify(name);
    slugs.set(name, slug);
  }
  return slug;
}

/** Counts by canonical name; most mentioned first, ties by first mention. */
export class EntityTally {
  private readonly byKind: Record<EntityKind, Map<string, Tally>> = {
    people: new Map(),
    places: new Map(),
    organisations: new Map(),
  };
  private order = 0;

  add(kind: EntityKind, name: string, count = 1): void {
    const key = name.toLowerCase();
    const map = this.byKind[kind];
    const found = map.get(key);
    if (found) found.count += count;
    else map.set(key, { name, count, first: this.order++ });
  }

  names(kind: EntityKind): string[] {
    return [...this.byKind[kind].values()].map((t) => t.name);
  }

  has(kind: EntityKind, name: string): boolean {
    return this.byKind[kind].has(name.toLowerCase());
  }

  count(kind: EntityKind, name: string): number {
    return this.byKind[kind].get(name.toLowerCase())?.count ?? 0;
  }

  /** Removes a name, returning its count (0 if absent). */
  remove(kind: EntityKind, name: string): number {
    const count = this.count(kind, name);
    this.byKind[kind].delete(name.toLowerCase());
    return count;
  }

  toEntities(): Entities {
    const list = (kind: EntityKind): EntityRef[] =>
      [...this.byKind[kind].values()]
        .sort((a, b) => b.count - a.count || a.first - b.first)
        .map((t) => ({ name: t.name, slug: slugOf(t.name), count: t.count }));
    return { people: list('people'), places: list('places'), organisations: list('organisations') };
  }
}

/** Why a name was folded into another across the corpus, or dropped (`to` null), for mergeEntityNames. */
export interface Merge {
  kind: EntityKind;
  from: string;
  to: string | null;
  why: string;
}

/**
 * Across a corpus: a bare surname ("Blair") becomes the full name that the corpus uses for it
 * ("Tony Blair") when one full name clearly dominates; a shortened organisation ("Justice
 * Department") becomes a longer name that contains it only when the corpus uses the longer one at
 * least as often, so one odd mention ("European Commission Code") never names a frequent body.
 * Counts of merged names add up. `explain` hears each merge or drop and the rule behind it.
 */
export function mergeEntityNames(perDoc: TaggedEntities[], explain: (merge: Merge) => void = () => {}): Entities[] {
  const settled = settle(perDoc, explain);
  const rename: Record<EntityKind, Map<string, Renamed>> = {
    people: dominantExpansion(
      settled,
      'people',
      'surname or initials of the usual full name',
      (short, long, docs) => shortensPersonName(short, long) && docs(long) * 2 >= docs(short),
    ),
    places: placeNamesAsWritten(perDoc),
    organisations: new Map([
      ...dominantExpansion(settled, 'organisations', 'words of a longer name used as often', (short, long, docs) => {
        const a = short.toLowerCase().split(' ');
        const b = long.split(' ');
        return (
          a.length >= 2 &&
          b.length > a.length &&
          a.every((w) => b.some((x) => x.toLowerCase() === w)) &&
          docs(long) >= docs(short)
        );
      }),
      ...spelledOutAcronyms(settled),
    ]),
  };
  const spelling = usualSpellings(settled);
  for (const kind of ENTITY_KINDS) for (const [from, r] of rename[kind]) explain({ kind, from, to: r.to, why: r.why });
  return settled.map((entities) => {
    const tally = new EntityTally();
    for (const kind of ENTITY_KINDS) {
      for (const e of entities[kind]) {
        const name = rename[kind].get(e.name)?.to ?? e.name;
        tally.add(kind, spelling.get(name.toLowerCase()) ?? name, e.count);
      }
    }
    const merged = tally.toEntities();
    // Each place keeps where this article placed it, under the names the corpus reads.
    const placeName = (name: string): string => rename.places.get(name)?.to ?? name;
    const within = new Map(
      entities.places.filter((p) => p.within).map((p) => [placeName(p.name).toLowerCase(), p.within!.map(placeName)]),
    );
    for (const p of merged.places) {
      const w = within.get(p.name.toLowerCase());
      if (w) p.within = w;
    }
    return merged;
  });
}

/**
 * A place is shown under the name the corpus writes: its gazetteer name, unless the articles use
 * an alias of it ten times as often ("Turkey" for Türkiye, "Czech Republic" for Czechia, when the
 * texts predate the new names). Abbreviations ("US", "UAE") never name a page.
 */
function placeNamesAsWritten(perDoc: TaggedEntities[]): Map<string, Renamed> {
  const total = new Map<string, number>();
  const forms = new Map<string, Map<string, number>>();
  for (const e of perDoc) {
    for (const p of e.places) total.set(p.name, (total.get(p.name) ?? 0) + p.count);
    for (const [place, said, n] of e.placeForms) {
      const byForm = forms.get(place) ?? new Map<string, number>();
      byForm.set(said ?? '', (byForm.get(said ?? '') ?? 0) + n);
      forms.set(place, byForm);
    }
  }
  const out = new Map<string, Renamed>();
  for (const [place, byForm] of forms) {
    const own = (total.get(place) ?? 0) - [...byForm.values()].reduce((a, b) => a + b, 0);
    const written = [...byForm]
      .filter(([said]) => /\p{Ll}/u.test(said) && said.toLowerCase() !== place.toLowerCase())
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
    if (written && written[1] > 10 * Math.max(own, 0)) {
      out.set(place, { to: written[0], why: `written "${written[0]}" ${written[1]} times, "${place}" ${own}` });
    }
  }
  return out;
}

/**
 * What the corpus settles: an acronym is an organisation when some article spells it out (uses it
 * beside its expansion); a name
 * used as a work's title at least half as often as a person's is no person; a place that articles
 * use as a sports club twice as often as a place is the club everywhere, and one used as a club
 * (in two articles or more) at least as often as it is a place outside sports reports is the
 * club in every sports report ("Everton", "Tottenham", but never "London").
 */
function settle(perDoc: TaggedEntities[], explain: (merge: Merge) => void): Entities[] {
  const spelledOut = new Set<string>();
  const peopleDocs = new Map<string, number>();
  const placeDocs = new Map<string, number>();
  const otherPlaceDocs = new Map<string, number>();
  const workDocs = new Map<string, number>();
  const clubDocs = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string): void => void m.set(k, (m.get(k) ?? 0) + 1);
  for (const e of perDoc) {
    for (const a of e.spelledOut) spelledOut.add(a);
    for (const p of e.people) bump(peopleDocs, p.name);
    for (const p of e.places) {
      bump(placeDocs, p.name);
      if (!e.sport) bump(otherPlaceDocs, p.name);
    }
    for (const w of new Set(e.works)) bump(workDocs, w);
    for (const c of new Set(e.clubs)) bump(clubDocs, c);
  }
  const works = new Set(
    [...workDocs].filter(([w, n]) => peopleDocs.has(w) && n * 2 >= peopleDocs.get(w)!).map(([w]) => w),
  );
  const clubs = new Set(
    [...clubDocs].filter(([c, n]) => placeDocs.has(c) && n >= 2 * placeDocs.get(c)!).map(([c]) => c),
  );
  const sportClubs = new Set(
    [...clubDocs].filter(([c, n]) => placeDocs.has(c) && n >= 2 && n >= (otherPlaceDocs.get(c) ?? 0)).map(([c]) => c),
  );
  const noted = new Set<string>();
  const note = (kind: EntityKind, from: string, to: string | null, why: string): void => {
    if (noted.has(`${kind} ${from}`)) return;
    noted.add(`${kind} ${from}`);
    explain({ kind, from, to, why });
  };
  return perDoc.map((e) => {
    const people = e.people.filter(
      (p) => !works.has(p.name) || (note('people', p.name, null, 'the title of a work'), false),
    );
    const isClub = (name: string): boolean => clubs.has(name) || (e.sport && sportClubs.has(name));
    const moved = e.places.filter((p) => isClub(p.name)).map(({ name, slug, count }) => ({ name, slug, count }));
    for (const p of moved)
      note(
        'places',
        p.name,
        p.name,
        clubs.has(p.name) ? 'a sports club in most articles' : 'a sports club in sports reports',
      );
    const known = e.acronyms.filter((a) => spelledOut.has(a.name));
    for (const a of e.acronyms)
      if (!spelledOut.has(a.name)) note('organisations', a.name, null, 'an acronym no article spells out');
    return {
      people,
      places: e.places.filter((p) => !isClub(p.name)),
      organisations: [...e.organisations, ...known, ...moved],
    };
  });
}

export interface Renamed {
  to: string;
  why: string;
}

/**
 * "EU" → "European Union": an acronym becomes the multi-word name with those initials that the
 * corpus uses in at least two articles, when no other such name is nearly as common.
 */
function spelledOutAcronyms(perDoc: Entities[]): Map<string, Renamed> {
  const acronyms = new Set<string>();
  const longDocs = new Map<string, number>();
  for (const e of perDoc) {
    for (const o of e.organisations) {
      if (/^\p{Lu}{2,6}$/u.test(o.name)) acronyms.add(o.name);
      else if (o.name.includes(' ')) longDocs.set(o.name, (longDocs.get(o.name) ?? 0) + 1);
    }
  }
  const byInitials = new Map<string, [string, number][]>();
  for (const [long, docs] of longDocs) {
    const short = initials(long);
    if (!acronyms.has(short)) continue;
    const list = byInitials.get(short) ?? [];
    list.push([long, docs]);
    byInitials.set(short, list);
  }
  const out = new Map<string, Renamed>();
  for (const [short, list] of byInitials) {
    const ranked = list.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const total = ranked.reduce((s, [, n]) => s + n, 0);
    if (ranked[0]![1] >= 2 && ranked[0]![1] * 3 >= total * 2)
      out.set(short, { to: ranked[0]![0], why: 'acronym of the usual spelled-out name' });
  }
  return out;
}

/** "SONY" and "Sony" are one name: the spelling the corpus uses most, ties to the first in order. */
function usualSpellings(perDoc: Entities[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const e of perDoc) {
    for (const kind of ['people', 'places', 'organisations'] as const) {
      for (const r of e[kind]) {
        const key = r.name.toLowerCase();
        const forms = counts.get(key) ?? new Map<string, number>();
        forms.set(r.name, (forms.get(r.name) ?? 0) + r.count);
        counts.set(key, forms);
      }
    }
  }
  const out = new Map<string, string>();
  for (const [key, forms] of counts) {
    const best = [...forms.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
    out.set(key, best[0]);
  }
  return out;
}

/** short → long among the names of one kind in `perDoc`, by expandShortNames' `dominant` rule. */
function dominantExpansion(
  perDoc: Entities[],
  kind: EntityKind,
  why: string,
  expands: (short: string, long: string, docs: (name: string) => number) => boolean,
): Map<string, Renamed> {
  const docs = new Map<string, number>();
  for (const e of perDoc) for (const r of e[kind]) docs.set(r.name, (docs.get(r.name) ?? 0) + 1);
  return expandShortNames(docs, why, expands, 'dominant');
}

/**
 * short → long, among names with the number of articles that use each (`docs`), where `expands`
 * says a long name may stand for a short one. `dominant`: when one long name covers at least two
 * thirds of the articles that use any long form (entities, where a bare "Blair" in the news is
 * nearly always the one Blair). `sole`: only when there is exactly one long form, so two different
 * people never meet (bylines, where a name is a credit). Long names are indexed by their words,
 * so this stays linear-ish in the number of names; the result is the same whatever the map's order.
 */
export function expandShortNames(
  docs: ReadonlyMap<string, number>,
  why: string,
  expands: (short: string, long: string, docs: (name: string) => number) => boolean,
  rule: 'dominant' | 'sole',
): Map<string, Renamed> {
  const names = [...docs.keys()].sort();
  const byWord = new Map<string, string[]>();
  for (const name of names) {
    for (const w of new Set(name.toLowerCase().split(' '))) {
      const list = byWord.get(w);
      if (list) list.push(name);
      else byWord.set(w, [name]);
    }
  }
  const out = new Map<string, Renamed>();
  const count = (name: string): number => docs.get(name) ?? 0;
  for (const short of names) {
    // Every long form holds the short one's last word: a surname, or an organisation's last word.
    const lastWord = short.toLowerCase().split(' ').pop()!;
    const candidates = (byWord.get(lastWord) ?? []).filter((long) => long !== short && expands(short, long, count));
    if (candidates.length === 0 || (rule === 'sole' && candidates.length > 1)) continue;
    const total = candidates.reduce((s, c) => s + count(c), 0);
    const best = candidates.sort((a, b) => count(b) - count(a) || (a < b ? -1 : 1))[0]!;
    if (count(best) * 3 >= total * 2) out.set(short, { to: best, why });
  }
  return out;
}
