// People, places and organisations named in one article (entityTagger.ts), with the word lists
// made from compromise's lexicon as installed.
import { compromiseLexicon } from './compromiseLexicon';
import { gazetteerFrom, type Gazetteer } from './gazetteer';
import type { TaggedEntities } from './entityNames';
import { tagEntities, type EntityInput } from './entityTagger';

export type { EntityInput } from './entityTagger';

let built: Gazetteer | null = null;

export function extractEntities(doc: EntityInput): TaggedEntities {
  built ??= gazetteerFrom(compromiseLexicon());
  return tagEntities(doc, built);
}
