// People, places and organisations named in one article (entityTagger.ts), with the word lists
// made from compromise's lexicon and the gazetteers as installed: for a run without the build's
// saved copies (corpus.ts, loadEntityExtractor).
import { compromiseLexicon } from './compromiseLexicon';
import { gazetteerFrom } from './gazetteer';
import type { TaggedEntities } from './entityNames';
import { tagEntities, type EntityInput } from './entityTagger';
import { worldPlaces } from './worldPlaces';

export type { EntityInput } from './entityTagger';

/** Asynchronous because compromise is imported only when a tagger is made (compromiseLexicon.ts). */
export async function installedEntityExtractor(): Promise<(doc: EntityInput) => TaggedEntities> {
  const gaz = gazetteerFrom(await compromiseLexicon(), worldPlaces());
  return (doc) => tagEntities(doc, gaz);
}
