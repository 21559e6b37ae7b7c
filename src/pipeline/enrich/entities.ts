// People, places and organisations named in one article (entityTagger.ts), with the word lists
// made from compromise's lexicon as installed.
import type { Entities } from '../../model/article';
import { compromiseLexicon } from './compromiseLexicon';
import { gazetteerFrom, type Gazetteer } from './gazetteer';
import { tagEntities, type EntityInput } from './entityTagger';

export type { EntityInput } from './entityTagger';

let built: Gazetteer | null = null;

export function extractEntities(doc: EntityInput): Entities {
  built ??= gazetteerFrom(compromiseLexicon());
  return tagEntities(doc, built);
}
