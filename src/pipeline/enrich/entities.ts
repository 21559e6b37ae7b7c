// People, places and organisations named in one article (entityTagger.ts), with the word lists
// made from compromise's lexicon and the gazetteers as installed.
import { compromiseLexicon } from './compromiseLexicon';
import { gazetteerFrom, type Gazetteer } from './gazetteer';
import type { TaggedEntities } from './entityNames';
import { tagEntities, type EntityInput } from './entityTagger';
import { worldPlaces } from './worldPlaces';

export type { EntityInput } from './entityTagger';

let built: Gazetteer | null = null;

export function extractEntities(doc: EntityInput): TaggedEntities {
  built ??= gazetteerFrom(compromiseLexicon(), worldPlaces());
  return tagEntities(doc, built);
}
