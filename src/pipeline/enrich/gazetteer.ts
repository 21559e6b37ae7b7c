// Word lists for entity recognition, from real sources: countries, aliases, capitals and continents
// from countries-list; first and last names, cities, regions, organisations, demonyms and the
// grammatical class of common words from compromise's lexicon (compromiseLexicon.ts, or a build's
// saved copy of it). The lexicon is consulted word by
// word (and remembered) rather than copied into sets up front: building sets of its 25,000 entries
// would cost more than tagging a few hundred articles.
import { continents, countries } from 'countries-list';
import { DEMONYMS, STATE_ABBREVIATIONS, UK_NATIONS } from './placeWords';
import type { WorldPlaces } from './worldPlaces';
import { MONTHS, WEEKDAYS } from '../common/calendarNames';

/** The parts of compromise's lexicon the gazetteer reads (compromiseLexicon.ts). */
export interface Lexicon {
  /** Word → its tag or tags. */
  words: Record<string, string | string[]>;
  /** Multi-word and other fixed entries, consulted after words. */
  frozen: Record<string, string | string[]>;
  /** Words that make a phrase an organisation's name. */
  orgWords: string[];
}

export interface WordSet {
  has(word: string): boolean;
}

export interface WordMap extends WordSet {
  get(word: string): string | undefined;
}

export interface Gazetteer {
  /** Lower-case place name or alias → canonical place name. */
  places: WordMap;
  /** Lower-case names of countries (canonical or alias), for "US President …" prefixes. */
  countries: WordSet;
  /**
   * A country name that countries-list does not know as one country ("Korea", of South and North) →
   * the countries it may mean, most populous first (the cities the gazetteer knows, summed; by ISO
   * code without it); [] for any other word.
   */
  vagueCountry(word: string): string[];
  /** Lower-case known organisation names. */
  organisations: WordSet;
  firstNames: WordSet;
  lastNames: WordSet;
  demonyms: WordSet;
  /** Words that are ordinary English (verbs, adjectives, function words, dates…), never a name alone. */
  common: WordSet;
  /** Words that make a capitalised phrase an organisation: Department, Council, Bank, Party… */
  orgWords: WordSet;
  /** Longest place or organisation name, in words, so lookups know how far to look ahead. */
  longest: number;
  /** The country a lower-case demonym is a mention of: "british" → United Kingdom. */
  demonymCountry: WordMap;
  /**
   * Where a place (canonical name) lies, outermost first: its country and, for a US city, its
   * state; [] for a country, a continent or a place no gazetteer locates. `mentioned` holds the
   * article's places, lower-case: a city of that country or state wins ("Paris, Texas"), else
   * the most populous of the name.
   */
  within(place: string, mentioned: ReadonlySet<string>): string[];
}

// A few places news mentions that are not countries, capitals or in compromise's city list.
const EXTRA_PLACES: Record<string, string> = {
  'middle east': 'Middle East',
  'latin america': 'Latin America',
  'central america': 'Central America',
  'south east asia': 'South East Asia',
  'southeast asia': 'South East Asia',
  'east asia': 'East Asia',
  'west africa': 'West Africa',
  'east africa': 'East Africa',
  'southern africa': 'Southern Africa',
  'sub-saharan africa': 'Sub-Saharan Africa',
  'eastern europe': 'Eastern Europe',
  'western europe': 'Western Europe',
  'the gulf': 'Gulf',
  gulf: 'Gulf',
  'the balkans': 'Balkans',
  balkans: 'Balkans',
  scandinavia: 'Scandinavia',
  caribbean: 'Caribbean',
  'the caribbean': 'Caribbean',
  siberia: 'Siberia',
  'gaza strip': 'Gaza',
  'west bank': 'West Bank',
  'northern ireland': 'Northern Ireland',
  'washington dc': 'Washington',
  'washington d.c.': 'Washington',
  // "U.S." and "U.K." are tokenised with their dots.
  'u.s.': 'United States',
  'u.s.a.': 'United States',
  'u.k.': 'United Kingdom',
  // countries-list lists neither, and "Union" would make an organisation of it.
  'soviet union': 'Soviet Union',
  ussr: 'Soviet Union',
};

/** Countries whose states or provinces news names as places by themselves: "Texas", "Ontario". */
const NAMED_REGIONS = new Set(['US', 'CA', 'AU']);
/** A region counts as this populous against a city of the same name ("New York", "Victoria"). */
const REGION_WEIGHT = 1_000_000;

// Organisation words compromise's list lacks but news uses constantly.
const EXTRA_ORG_WORDS = [
  'party',
  'parliament',
  'congress',
  'senate',
  'assembly',
  'cabinet',
  'court',
  'tribunal',
  'commission',
  'council',
  'union',
  'federation',
  'league',
  'agency',
  'authority',
  'department',
  'ministry',
  'office',
  'bureau',
  'committee',
  'corporation',
  'company',
  'group',
  'inc',
  'ltd',
  'plc',
  'llc',
  'corp',
  'co',
  'bank',
  'fund',
  'institute',
  'university',
  'college',
  'school',
  'hospital',
  'trust',
  'foundation',
  'association',
  'society',
  'organisation',
  'organization',
  'alliance',
  'movement',
  'forces',
  'army',
  'navy',
  'police',
  'service',
  'services',
  'airlines',
  'airways',
  'motors',
  'fc',
  'united',
  'rovers',
  'athletic',
  'wanderers',
  'albion',
  'records',
  'studios',
  'pictures',
  'network',
  'exchange',
  'reserve',
  'board',
  'administration',
  'guard',
  'command',
  'secretariat',
  'directorate',
  'parliamentary',
  'conference',
  'club',
  'orchestra',
  'industries',
  'holdings',
  'partners',
  'labs',
  'technologies',
];

// compromise's organisation words that are as often plain nouns in news: "US TV", "Chinese oil".
const WEAK_ORG_WORDS = new Set([
  'boys',
  'girls',
  'care',
  'capital',
  'data',
  'design',
  'development',
  'education',
  'electric',
  'electricity',
  'energy',
  'entertainment',
  'estate',
  'financial',
  'gas',
  'government',
  'international',
  'investment',
  'investments',
  'investors',
  'management',
  'marine',
  'marketing',
  'markets',
  'media',
  'military',
  'mobile',
  'news',
  'oil',
  'power',
  'radio',
  'resources',
  'tv',
  'television',
  'workers',
  'community',
  'crew',
  'coffee',
  'pizza',
  'cafe',
  'post',
  'press',
  'computers',
  'communications',
  'machines',
  'chemicals',
  'containers',
  'drilling',
  'optical',
  'petrol',
  'interstate',
  'collective',
  'ensemble',
  'memorial',
  'faction',
  'petroleum',
  'pharmaceutical',
  'insurance',
  'savings',
  'brands',
  'consulting',
  'aviation',
  'motor',
  'securities',
]);

const NAME_TAGS = new Set([
  'FirstName',
  'MaleName',
  'FemaleName',
  'LastName',
  'Person',
  'Place',
  'Country',
  'City',
  'Region',
  'Organization',
  'SportsTeam',
  'ProperNoun',
  'Honorific',
  'Demonym',
  'Actor',
]);
const PLACE_TAGS = ['Country', 'City', 'Region', 'Place'];
const DATES = [...WEEKDAYS, ...MONTHS];
const EXTRA_DEMONYMS = [
  'british',
  'english',
  'scottish',
  'welsh',
  'irish',
  'european',
  'african',
  'asian',
  'arab',
  'latin',
];

/** Joining words stay lower-case inside a name: "Republic of Ireland", "Stratford-upon-Avon". */
const NAME_JOINERS = new Set(['of', 'and', 'the', 'upon', 'on', 'in', 'de', 'del', 'da', 'du', 'la', 'le', 'y']);

function titleCase(phrase: string): string {
  return phrase.replace(/(^|[\s-])([a-z]+)/g, (_, sep: string, word: string) =>
    sep !== '' && NAME_JOINERS.has(word) ? sep + word : sep + word[0]!.toUpperCase() + word.slice(1),
  );
}

// What the lexicon says about one word, as bits, looked up once per distinct word.
const COUNTRY = 1;
const ORGANISATION = 2;
const FIRST_NAME = 4;
const LAST_NAME = 8;
const DEMONYM = 16;
const COMMON = 32;

interface WordInfo {
  flags: number;
  place: string | null;
}

/** `world` (worldPlaces.ts) places cities and regions in their countries; without it, none is. */
export function gazetteerFrom(source: Lexicon, world?: WorldPlaces): Gazetteer {
  const lexicon = source.words;
  const frozen = source.frozen;

  const knownPlaces = new Map<string, string>();
  const countryNames = new Set<string>();
  const countryByCode = new Map<string, string>();
  const capitalOf = new Map<string, string>();
  for (const [code, c] of Object.entries(countries)) {
    countryByCode.set(code, c.name);
    for (const n of [c.name, ...(c.alias ?? [])]) {
      knownPlaces.set(n.toLowerCase(), c.name);
      countryNames.add(n.toLowerCase());
    }
    if (c.capital) {
      knownPlaces.set(c.capital.toLowerCase(), c.capital);
      capitalOf.set(c.capital.toLowerCase(), c.name);
    }
  }
  for (const name of Object.values(continents)) knownPlaces.set(name.toLowerCase(), name);
  for (const [k, v] of Object.entries(EXTRA_PLACES)) if (!knownPlaces.has(k)) knownPlaces.set(k, v);
  for (const nation of UK_NATIONS) knownPlaces.set(nation.toLowerCase(), nation);
  for (const [abbreviation, state] of Object.entries(STATE_ABBREVIATIONS)) knownPlaces.set(abbreviation, state);
  for (const [name, list] of Object.entries(world?.regions ?? {})) {
    const named = list.find(([code]) => NAMED_REGIONS.has(code));
    if (named && !knownPlaces.has(name)) knownPlaces.set(name, named[1]);
  }
  const demonyms = new Map(Object.entries(DEMONYMS));
  const within = placeFinder(world, countryByCode, countryNames, capitalOf);
  const fullCountries = countriesEndingIn(countryByCode, world);
  for (const a of ['u.s.', 'u.s.a.', 'u.k.']) countryNames.add(a);

  const infos = new Map<string, WordInfo>();
  // Two functions, so the look-up V8 copies into every caller stays small (readWord is compiled once).
  const info = (word: string): WordInfo => infos.get(word) ?? readWord(word);
  const readWord = (word: string): WordInfo => {
    const inLexicon = Object.hasOwn(lexicon, word);
    const raw = inLexicon ? lexicon[word] : Object.hasOwn(frozen, word) ? frozen[word] : undefined;
    const tags = raw === undefined ? [] : typeof raw === 'string' ? [raw] : raw;
    let flags = 0;
    let isPlace = false;
    let nameLike = false;
    for (const t of tags) {
      if (t === 'Country') flags |= COUNTRY;
      else if (t === 'Organization' || t === 'SportsTeam') flags |= ORGANISATION;
      else if (t === 'FirstName' || t === 'MaleName' || t === 'FemaleName') flags |= FIRST_NAME;
      else if (t === 'LastName') flags |= LAST_NAME;
      else if (t === 'Demonym') flags |= DEMONYM;
      if (PLACE_TAGS.includes(t)) isPlace = true;
      if (NAME_TAGS.has(t)) nameLike = true;
    }
    if (countryNames.has(word)) flags |= COUNTRY;
    if (EXTRA_DEMONYMS.includes(word)) flags |= DEMONYM;
    if (DATES.includes(word) || (inLexicon && !nameLike)) flags |= COMMON;
    // Fragments such as "las" (of Las Vegas) are tagged as places too; a real one is longer.
    const place =
      knownPlaces.get(word) ?? (isPlace && (word.length > 3 || (flags & COUNTRY) !== 0) ? titleCase(word) : null);
    if (place !== null) flags &= ~ORGANISATION;
    const found = { flags, place };
    infos.set(word, found);
    return found;
  };
  const bit = (mask: number): WordSet => ({ has: (word) => (info(word).flags & mask) !== 0 });
  const orgWords = new Set([...source.orgWords, ...EXTRA_ORG_WORDS].filter((w) => !WEAK_ORG_WORDS.has(w)));
  return {
    places: { get: (word) => info(word).place ?? undefined, has: (word) => info(word).place !== null },
    countries: bit(COUNTRY),
    vagueCountry: (word) => ((info(word).flags & COUNTRY) !== 0 && !knownPlaces.has(word) ? fullCountries(word) : []),
    organisations: bit(ORGANISATION),
    firstNames: bit(FIRST_NAME),
    lastNames: bit(LAST_NAME),
    demonyms: bit(DEMONYM),
    common: bit(COMMON),
    orgWords,
    longest: 5,
    demonymCountry: demonyms,
    within,
  };
}

interface Candidate {
  within: string[];
  /** The lower-case state a US city is in: named in the article, it picks this city. */
  state: string | null;
  weight: number;
}

/** Gazetteer.within, with the candidates of each name worked out once. */
/** "korea" → ["South Korea", "North Korea"]: the countries named "<something> Korea", most populous first. */
function countriesEndingIn(
  countryByCode: Map<string, string>,
  world: WorldPlaces | undefined,
): (vague: string) => string[] {
  let people: Map<string, number> | null = null;
  const found = new Map<string, string[]>();
  return (vague) => {
    const known = found.get(vague);
    if (known) return known;
    if (people === null) {
      people = new Map();
      for (const rows of Object.values(world?.cities ?? {}))
        for (const [code, , population] of rows) people.set(code, (people.get(code) ?? 0) + population);
    }
    const sizes = people;
    const codes = [...countryByCode.keys()].filter((code) =>
      countryByCode.get(code)!.toLowerCase().endsWith(` ${vague}`),
    );
    const out = codes
      .sort((a, b) => (sizes.get(b) ?? 0) - (sizes.get(a) ?? 0) || a.localeCompare(b))
      .map((code) => countryByCode.get(code)!);
    found.set(vague, out);
    return out;
  };
}

function placeFinder(
  world: WorldPlaces | undefined,
  countryByCode: Map<string, string>,
  countryNames: Set<string>,
  capitalOf: Map<string, string>,
): Gazetteer['within'] {
  const nations = new Set(UK_NATIONS.map((n) => n.toLowerCase()));
  const known = new Map<string, Candidate[]>();
  const candidates = (key: string): Candidate[] => {
    const found = known.get(key);
    if (found) return found;
    const out: Candidate[] = [];
    if (nations.has(key)) out.push({ within: ['United Kingdom'], state: null, weight: Infinity });
    const capital = capitalOf.get(key);
    if (capital) out.push({ within: [capital], state: null, weight: Infinity });
    for (const [code, admin, population] of world?.cities[key] ?? []) {
      const country = countryByCode.get(code);
      const state = code === 'US' ? world!.usStates[admin] : undefined;
      if (!country) continue;
      if (state === undefined || state.toLowerCase() === key)
        out.push({ within: [country], state: null, weight: population });
      else out.push({ within: [country, state], state: state.toLowerCase(), weight: population });
    }
    for (const [code] of world?.regions[key] ?? []) {
      const country = countryByCode.get(code);
      if (country) out.push({ within: [country], state: null, weight: REGION_WEIGHT });
    }
    out.sort((a, b) => b.weight - a.weight);
    known.set(key, out);
    return out;
  };
  return (place, mentioned) => {
    const key = place.toLowerCase();
    if (countryNames.has(key)) return [];
    const list = candidates(key);
    // Only a named state outweighs population: a country named proves little ("Paris" in a story
    // that also mentions the US is still Paris, France).
    const named = list.length > 1 ? list.find((c) => c.state !== null && mentioned.has(c.state)) : undefined;
    return (named ?? list[0])?.within ?? [];
  };
}
