import { queryOptions, useQuery } from '@tanstack/react-query';
import { decodeAscending } from '../../model/compactInts';
import { dataPaths, type ArticleIds } from '../../model/data';
import { readData } from '../lib/fetchData';

export function fetchArticleIds(): Promise<ArticleIds> {
  return readData<ArticleIds>(dataPaths.articleIds());
}

export function articleIdsQueryOptions() {
  return queryOptions({
    queryKey: ['article-ids'],
    queryFn: fetchArticleIds,
    select: (ids): ReadonlySet<number> => new Set(decodeAscending(ids.hashes)),
  });
}

/** The `idHash`es of this build's articles; fetched only when `enabled` (the reader has read marks). */
export function useArticleIdHashes(enabled: boolean): ReadonlySet<number> | undefined {
  return useQuery({ ...articleIdsQueryOptions(), enabled }).data;
}
