// What the gazetteer reads of compromise's lexicon. Importing compromise expands its whole lexicon
// (about a second), so a build keeps this result between runs (lexiconCache.ts).
import type { Lexicon } from './gazetteer';

export async function compromiseLexicon(): Promise<Lexicon> {
  // Imported here, not at the top: vite.config.ts bundles the dev plugin with everything it reaches,
  // and a static import would load compromise on every `npm run dev`, which reads the saved lexicon.
  const { default: nlp } = await import('compromise');
  const model = nlp.model() as unknown as {
    one: { lexicon: Record<string, string | string[]>; frozenLex?: Record<string, string | string[]> };
    two: { orgWords: Record<string, unknown> };
  };
  return { words: model.one.lexicon, frozen: model.one.frozenLex ?? {}, orgWords: Object.keys(model.two.orgWords) };
}
