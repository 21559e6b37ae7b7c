// Word lists for entity recognition, from real sources: countries, aliases, capitals and continents
// from countries-list; first and last names, cities, regions, organisations, demonyms and the
// grammatical class of common words from compromise's lexicon. The lexicon is consulted word by
// word (and remembered) rather than copied into sets up front: building sets of its 25,000 entries
// would cost more than tagging a few hundred articles.
import nlp from 'compromise';
import { continents, countries } from 'countries-list';

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
};

// Organisation words compromise's list lacks but news uses constantly.
const EXTRA_ORG_WORDS = [
  'party', 'parliament', 'congress', 'senate', 'assembly', 'cabinet', 'court', 'tribunal', 'commission',
  'council', 'union', 'federation', 'league', 'agency', 'authority', 'department', 'ministry', 'office',
  'bureau', 'committee', 'corporation', 'company', 'group', 'inc', 'ltd', 'plc', 'llc', 'corp', 'co',
  'bank', 'fund', 'institute', 'university', 'college', 'school', 'hospital', 'trust', 'foundation',
  'association', 'society', 'organisation', 'organization', 'alliance', 'movement', 'forces',
  'army', 'navy', 'police', 'service', 'services', 'airlines', 'airways', 'motors', 'fc', 'united',
  'rovers', 'athletic', 'wanderers', 'albion', 'records', 'studios', 'pictures', 'network', 'exchange',
  'reserve', 'board', 'administration', 'guard', 'command', 'secretariat', 'directorate', 'parliamentary',
  'conference', 'club', 'orchestra', 'industries', 'holdings', 'partners', 'labs', 'technologies',
];

// compromise's organisation words that are as often plain nouns in news: "US TV", "Chinese oil".
const WEAK_ORG_WORDS = new Set([
  'boys', 'girls', 'care', 'capital', 'data', 'design', 'development', 'education', 'electric', 'electricity',
  'energy', 'entertainment', 'estate', 'financial', 'gas', 'government', 'international', 'investment',
  'investments', 'investors', 'management', 'marine', 'marketing', 'markets', 'media', 'military', 'mobile',
  'news', 'oil', 'power', 'radio', 'resources', 'tv', 'television', 'workers', 'community', 'crew', 'coffee',
  'pizza', 'cafe', 'post', 'press', 'computers', 'communications', 'machines', 'chemicals', 'containers',
  'drilling', 'optical', 'petrol', 'interstate', 'collective', 'ensemble', 'memorial', 'faction', 'petroleum',
  'pharmaceutical', 'insurance', 'savings', 'brands', 'consulting', 'aviation', 'motor', 'securities',
]);

const NAME_TAGS = new Set([
  'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'Place', 'Country', 'City', 'Region',
  'Organization', 'SportsTeam', 'ProperNoun', 'Honorific', 'Demonym', 'Actor',
]);
const PLACE_TAGS = ['Country', 'City', 'Region', 'Place'];
const DATES = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
];
const EXTRA_DEMONYMS = ['british', 'english', 'scottish', 'welsh', 'irish', 'european', 'african', 'asian', 'arab', 'latin'];

let built: Gazetteer | null = null;

export function gazetteer(): Gazetteer {
  built ??= build();
  return built;
}

function titleCase(phrase: string): string {
  return phrase.replace(/(^|[\s-])([a-z])/g, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/** A set whose answers are computed on first use and then remembered. */
function memoSet(test: (word: string) => boolean): WordSet {
  const seen = new Map<string, boolean>();
  return {
    has(word) {
      let known = seen.get(word);
      if (known === undefined) {
        known = test(word);
        seen.set(word, known);
      }
      return known;
    },
  };
}

function build(): Gazetteer {
  const model = nlp.model() as unknown as {
    one: { lexicon: Record<string, string | string[]>; frozenLex?: Record<string, string | string[]> };
    two: { orgWords: Record<string, unknown> };
  };
  const lexicon = model.one.lexicon;
  const frozen = model.one.frozenLex ?? {};
  const tagsOf = (word: string): string[] => {
    const raw = Object.hasOwn(lexicon, word) ? lexicon[word] : Object.hasOwn(frozen, word) ? frozen[word] : undefined;
    return raw === undefined ? [] : typeof raw === 'string' ? [raw] : raw;
  };
  const tagged = (...tags: string[]) => (word: string) => tagsOf(word).some((t) => tags.includes(t));

  const knownPlaces = new Map<string, string>();
  const countryNames = new Set<string>();
  for (const c of Object.values(countries)) {
    for (const n of [c.name, ...(c.alias ?? [])]) {
      knownPlaces.set(n.toLowerCase(), c.name);
      countryNames.add(n.toLowerCase());
    }
    if (c.capital) knownPlaces.set(c.capital.toLowerCase(), c.capital);
  }
  for (const name of Object.values(continents)) knownPlaces.set(name.toLowerCase(), name);
  for (const [k, v] of Object.entries(EXTRA_PLACES)) if (!knownPlaces.has(k)) knownPlaces.set(k, v);
  for (const a of ['u.s.', 'u.s.a.', 'u.k.']) countryNames.add(a);

  const placeNames = new Map<string, string | null>();
  const placeOf = (word: string): string | undefined => {
    let name = placeNames.get(word);
    if (name === undefined) {
      const tags = tagsOf(word);
      // Fragments such as "las" (of Las Vegas) are tagged as places too; a real one is longer.
      const isPlace = tags.some((t) => PLACE_TAGS.includes(t)) && (word.length > 3 || tags.includes('Country'));
      name = knownPlaces.get(word) ?? (isPlace ? titleCase(word) : null);
      placeNames.set(word, name);
    }
    return name ?? undefined;
  };
  const places: WordMap = { get: placeOf, has: (word) => placeOf(word) !== undefined };

  const isFirstName = tagged('FirstName', 'MaleName', 'FemaleName');
  const isDemonym = tagged('Demonym');
  const orgWords = new Set([...Object.keys(model.two.orgWords), ...EXTRA_ORG_WORDS].filter((w) => !WEAK_ORG_WORDS.has(w)));
  return {
    places,
    countries: memoSet((w) => countryNames.has(w) || tagsOf(w).includes('Country')),
    organisations: memoSet((w) => !places.has(w) && tagged('Organization', 'SportsTeam')(w)),
    firstNames: memoSet(isFirstName),
    lastNames: memoSet(tagged('LastName')),
    demonyms: memoSet((w) => EXTRA_DEMONYMS.includes(w) || isDemonym(w)),
    common: memoSet((w) => DATES.includes(w) || (Object.hasOwn(lexicon, w) && !tagsOf(w).some((t) => NAME_TAGS.has(t)))),
    orgWords,
    longest: 5,
  };
}
