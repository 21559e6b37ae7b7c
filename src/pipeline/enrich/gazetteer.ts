// Word lists for entity recognition, from real sources: countries, aliases, capitals and continents
// from countries-list; first and last names, cities, regions, organisations, demonyms and the
// grammatical class of common words from compromise's lexicon. Built once, on first use.
import nlp from 'compromise';
import { continents, countries } from 'countries-list';

export interface Gazetteer {
  /** Lower-case place name or alias → canonical place name. */
  places: Map<string, string>;
  /** Lower-case names of countries (canonical or alias), for "US President …" prefixes. */
  countries: Set<string>;
  /** Lower-case known organisation name → its usual spelling. */
  organisations: Map<string, string>;
  firstNames: Set<string>;
  lastNames: Set<string>;
  demonyms: Set<string>;
  /** Words that are ordinary English (verbs, adjectives, function words, dates…), never a name alone. */
  common: Set<string>;
  /** Words that make a capitalised phrase an organisation: Department, Council, Bank, Party… */
  orgWords: Set<string>;
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
  'gulf': 'Gulf',
  'the balkans': 'Balkans',
  'balkans': 'Balkans',
  'scandinavia': 'Scandinavia',
  'caribbean': 'Caribbean',
  'the caribbean': 'Caribbean',
  'siberia': 'Siberia',
  'gaza strip': 'Gaza',
  'west bank': 'West Bank',
  'northern ireland': 'Northern Ireland',
  'washington dc': 'Washington',
  'washington d.c.': 'Washington',
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

let built: Gazetteer | null = null;

export function gazetteer(): Gazetteer {
  built ??= build();
  return built;
}

function titleCase(phrase: string): string {
  return phrase.replace(/(^|[\s-])([a-z])/g, (_, sep: string, c: string) => sep + c.toUpperCase());
}

function build(): Gazetteer {
  const places = new Map<string, string>();
  const countryNames = new Set<string>();
  for (const c of Object.values(countries)) {
    const names = [c.name, ...(c.alias ?? [])];
    for (const n of names) {
      places.set(n.toLowerCase(), c.name);
      countryNames.add(n.toLowerCase());
    }
    if (c.capital) places.set(c.capital.toLowerCase(), c.capital);
  }
  // "U.S." and "U.K." are tokenised with their dots.
  places.set('u.s.', 'United States');
  places.set('u.s.a.', 'United States');
  places.set('u.k.', 'United Kingdom');
  for (const a of ['u.s.', 'u.s.a.', 'u.k.']) countryNames.add(a);
  for (const name of Object.values(continents)) places.set(name.toLowerCase(), name);
  for (const [k, v] of Object.entries(EXTRA_PLACES)) if (!places.has(k)) places.set(k, v);

  const organisations = new Map<string, string>();
  const firstNames = new Set<string>();
  const lastNames = new Set<string>();
  const demonyms = new Set<string>();
  const common = new Set<string>();
  const model = nlp.model() as unknown as {
    one: { lexicon: Record<string, string | string[]> };
    two: { orgWords: Record<string, unknown> };
  };
  const lexicon = model.one.lexicon;
  for (const word in lexicon) {
    const raw = lexicon[word]!;
    const tags = typeof raw === 'string' ? [raw] : raw;
    const has = (t: string): boolean => tags.includes(t);
    if (has('Country') || has('City') || has('Region') || has('Place')) {
      // Fragments such as "las" (of Las Vegas) are tagged as places too; a real one is longer.
      if (!places.has(word) && (word.length > 3 || has('Country'))) places.set(word, titleCase(word));
      if (has('Country')) countryNames.add(word);
    } else if (has('Organization') || has('SportsTeam')) {
      organisations.set(word, word.length <= 4 && !word.includes(' ') ? word.toUpperCase() : titleCase(word));
    }
    if (has('FirstName') || has('MaleName') || has('FemaleName')) firstNames.add(word);
    if (has('LastName')) lastNames.add(word);
    if (has('Demonym')) demonyms.add(word);
    if (!tags.some((t) => NAME_TAGS.has(t))) common.add(word);
  }
  // Names of months and weekdays are dates, whatever the lexicon's other tags say.
  for (const d of ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']) common.add(d);
  for (const m of ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']) common.add(m);
  for (const d of ['british', 'english', 'scottish', 'welsh', 'irish', 'european', 'african', 'asian', 'arab', 'latin']) demonyms.add(d);

  const orgWords = new Set<string>([...Object.keys(model.two.orgWords), ...EXTRA_ORG_WORDS].filter((w) => !WEAK_ORG_WORDS.has(w)));
  let longest = 1;
  for (const k of [...places.keys(), ...organisations.keys()]) longest = Math.max(longest, k.split(' ').length);
  return { places, countries: countryNames, organisations, firstNames, lastNames, demonyms, common, orgWords, longest };
}
