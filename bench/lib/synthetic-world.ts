// The invented cast of a synthetic corpus: people, organisations and cities drawn once per seed,
// so the same names recur across articles the way they do in real news.
import { TOPICS } from './topic-vocabulary';
import { mulberry32, pick, type Random } from './prng';

export interface Person {
  first: string;
  last: string;
  role: string;
}

export interface City {
  name: string;
  country: string;
}

export interface TopicCast {
  people: Person[];
  orgs: string[];
}

export interface World {
  casts: Map<string, TopicCast>;
  cities: City[];
  reporters: string[];
  photoCredits: string[];
}

const FIRST_NAMES = [
  'Anna',
  'David',
  'Maria',
  'James',
  'Sofia',
  'Omar',
  'Lena',
  'Tomas',
  'Priya',
  'Kwame',
  'Elena',
  'Hiro',
  'Fatima',
  'Lucas',
  'Ingrid',
  'Mateo',
  'Amara',
  'Viktor',
  'Chloe',
  'Rafael',
  'Nadia',
  'Samuel',
  'Yara',
  'Felix',
  'Irene',
  'Kofi',
  'Mei',
  'Daniel',
  'Leila',
  'Oscar',
  'Grace',
  'Ivan',
  'Rosa',
  'Martin',
  'Aisha',
];

// Surnames are stitched from syllables so none belongs to a real public figure.
const SURNAME_HEADS = [
  'Vel',
  'Kor',
  'Dran',
  'Ost',
  'Brev',
  'Tal',
  'Quin',
  'Hal',
  'Sor',
  'Lund',
  'Pra',
  'Zar',
  'Ket',
  'Mor',
  'Ilv',
  'Fen',
  'Gast',
  'Rul',
];
const SURNAME_TAILS = [
  'ova',
  'strom',
  'ane',
  'ello',
  'berg',
  'wick',
  'ski',
  'ard',
  'enko',
  'ley',
  'ez',
  'ani',
  'mann',
  'ton',
  'ida',
  'ovic',
];

// Invented words used as the distinctive part of organisation and city names.
const PLACE_WORDS = [
  'Ardent',
  'Brightwater',
  'Calder',
  'Dunmore',
  'Elmstead',
  'Fenwick',
  'Greyhaven',
  'Holloway',
  'Ironbridge',
  'Juniper',
  'Kingsmere',
  'Larkspur',
  'Marlow',
  'Northgate',
  'Oakridge',
  'Pellham',
  'Quarrington',
  'Redfern',
  'Stonebrook',
  'Thornbury',
  'Umberley',
  'Vantor',
  'Westmoor',
  'Yardley',
  'Zephyrine',
  'Ashcombe',
  'Bramwell',
  'Corrin',
  'Dovemere',
  'Eskdale',
];
const CITY_HEADS = ['Port ', 'San ', 'New ', '', '', '', ''];
const CITY_STEMS = [
  'Kalv',
  'Ves',
  'Mir',
  'Tor',
  'Ald',
  'Bel',
  'Cas',
  'Dor',
  'Lum',
  'Nar',
  'Oss',
  'Ravel',
  'Sund',
  'Tamb',
];
const CITY_ENDS = ['ora', 'ingham', 'avia', 'enburg', 'ton', 'ada', 'mouth', 'ovo', 'ania', 'eth'];

// Real country names are public knowledge and give place extraction something a gazetteer knows.
export const COUNTRIES = [
  'Mexico',
  'Canada',
  'Brazil',
  'Argentina',
  'Chile',
  'Peru',
  'Colombia',
  'France',
  'Germany',
  'Spain',
  'Italy',
  'Portugal',
  'Poland',
  'Sweden',
  'Norway',
  'Finland',
  'Ireland',
  'Greece',
  'Turkey',
  'Egypt',
  'Kenya',
  'Nigeria',
  'Ghana',
  'South Africa',
  'Ethiopia',
  'India',
  'Pakistan',
  'Bangladesh',
  'Japan',
  'South Korea',
  'Vietnam',
  'Indonesia',
  'Australia',
  'New Zealand',
  'Morocco',
  'Ukraine',
  'Romania',
  'Austria',
  'Netherlands',
  'Belgium',
];

const CREDITS = [
  'Northwire',
  'Lantern Agency',
  'Corvid Images',
  'Harbourline Photo',
  'Meridian Press',
  'Staff photographer',
];

const PEOPLE_PER_TOPIC = 40;
const ORGS_PER_TOPIC = 14;
const CITY_COUNT = 80;
const REPORTER_COUNT = 50;

function personName(rand: Random): { first: string; last: string } {
  return { first: pick(rand, FIRST_NAMES), last: pick(rand, SURNAME_HEADS) + pick(rand, SURNAME_TAILS) };
}

function uniqueList<T>(count: number, make: () => T, key: (item: T) => string): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  // Bounded attempts: the name spaces are far larger than the counts asked for.
  for (let attempt = 0; out.length < count && attempt < count * 50; attempt++) {
    const item = make();
    const k = key(item);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(item);
  }
  return out;
}

export function createWorld(seed: number): World {
  const rand = mulberry32(seed ^ 0x5eed);
  const usedSurnames = new Set<string>();
  const casts = new Map<string, TopicCast>();
  for (const topic of TOPICS) {
    const people = uniqueList(
      PEOPLE_PER_TOPIC,
      () => ({ ...personName(rand), role: pick(rand, topic.roles) }),
      (p) => p.last,
    ).filter((p) => {
      // A surname belongs to one person across the corpus, so surname-only mentions stay unambiguous.
      if (usedSurnames.has(p.last)) return false;
      usedSurnames.add(p.last);
      return true;
    });
    const orgs = uniqueList(
      ORGS_PER_TOPIC,
      () => pick(rand, topic.orgPatterns).replace('{W}', pick(rand, PLACE_WORDS)),
      (o) => o,
    );
    casts.set(topic.key, { people, orgs });
  }
  const cities = uniqueList(
    CITY_COUNT,
    () => ({
      name: pick(rand, CITY_HEADS) + pick(rand, CITY_STEMS) + pick(rand, CITY_ENDS),
      country: pick(rand, COUNTRIES),
    }),
    (c) => c.name,
  );
  const reporters = uniqueList(
    REPORTER_COUNT,
    () => {
      const n = personName(rand);
      return `${n.first} ${n.last}`;
    },
    (r) => r,
  );
  return { casts, cities, reporters, photoCredits: CREDITS };
}
