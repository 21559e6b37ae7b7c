// A site's data files and its search engine over the index the pipeline writes for the same
// articles, both in memory: component tests search exactly as the browser does, minus fetch.
import type { SearchEngine } from '../../../src/app/features/search/engine/engine';
import { createTermEngine } from '../../../src/app/features/search/engine/termEngine';
import { searchPaths, type SearchIndexMeta } from '../../../src/model/searchIndex';
import { searchIndexFiles } from '../../../src/pipeline/emit/searchIndex';
import { buildSiteData, siteArticles, type ArticleSpec } from './site';

/** An article spec with its body as one paragraph of text. */
export type TextSpec = ArticleSpec & { text?: string };

export interface CountingEngine extends SearchEngine {
  /** How many result records were fetched with `record()`. */
  fetched: () => number;
}

function withBody(spec: TextSpec): ArticleSpec {
  return spec.text === undefined ? spec : { ...spec, body: [{ type: 'p', children: [spec.text] }] };
}

export function searchSite(specs: readonly TextSpec[]): { data: Map<string, unknown>; engine: CountingEngine } {
  const articleSpecs = specs.map(withBody);
  const files = searchIndexFiles(siteArticles(articleSpecs));
  const meta = JSON.parse(files.get(searchPaths.meta())!) as SearchIndexMeta;
  const readIndex = async (path: string) => {
    const text = files.get(path);
    if (text === undefined) throw new Error(`HTTP 404 for search-index/${path}`);
    return JSON.parse(text) as unknown;
  };
  const engine = createTermEngine(meta, readIndex);
  let fetched = 0;
  return {
    data: buildSiteData(articleSpecs),
    engine: {
      search: async (term, options) => {
        const response = await engine.search(term, options);
        const record = (ordinal: number) => {
          fetched++;
          return response.record(ordinal);
        };
        return { ...response, record };
      },
      months: engine.months,
      fetched: () => fetched,
    },
  };
}
