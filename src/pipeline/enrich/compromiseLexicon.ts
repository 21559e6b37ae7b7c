// What the gazetteer reads of compromise's lexicon. Importing compromise expands its whole lexicon
// (about a second), so a build keeps this result between runs (lexiconCache.ts).
import nlp from 'compromise';
import type { Lexicon } from './gazetteer';

export function compromiseLexicon(): Lexicon {
  const model = nlp.model() as unknown as {
    one: { lexicon: Record<string, string | string[]>; frozenLex?: Record<string, string | string[]> };
    two: { orgWords: Record<string, unknown> };
  };
  return { words: model.one.lexicon, frozen: model.one.frozenLex ?? {}, orgWords: Object.keys(model.two.orgWords) };
}
