// compromise's lexicon as the gazetteer reads it: reading it back takes a few hundredths of a
// second, importing compromise about one.
import { compromiseLexicon } from '../enrich/compromiseLexicon';
import type { Lexicon } from '../enrich/gazetteer';
import { loadSavedTable } from './savedTable';

export function loadLexicon(file: string, key: string): Promise<Lexicon> {
  return loadSavedTable(file, key, compromiseLexicon);
}
